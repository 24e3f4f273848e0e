package dev.conventio.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model, applied to each model package in its {@code package-info}.
 *
 * <p>The generated {@code Immutable*} classes are package-private and never appear in signatures:
 * {@code overshadowImplementation} makes builders and copy methods return the abstract type, and
 * each value exposes static factories ({@code of}, {@code builder()}) of its own. Collections are
 * JDK collections ({@code jdkOnly}) so that the library needs no Guava at run time.
 *
 * <p>{@code allowedClasspathAnnotations} names {@code Override}, which the generated code carries
 * anyway, and {@code org.immutables.value.Generated}, so that Immutables adds no other annotation it
 * finds on the build's class path. Every generated class carries {@code @Generated} (class
 * retention), which tools that measure hand-written code skip: PIT mutates none of it, coverage
 * tools count none of it. A consumer's compiler reads the annotation when it reaches a generated
 * class (a builder's superclass): core depends on the annotations jar at compile scope and requires
 * its module transitively, so that no consumer gets a "Cannot find annotation method 'from()'"
 * warning, which fails a build with {@code -Xlint:all -Werror}. An empty list would mean "all
 * allowed".
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"party:parties", "legalBasis:legalBases", "orientation:orientations"},
    defaults = @Value.Immutable(copy = true, prehash = false),
    get = {"get*", "*"},
    strictBuilder = false,
    privateNoargConstructor = false,
    allowedClasspathAnnotations = {Override.class, org.immutables.value.Generated.class})
public @interface ConventioStyle {
}
