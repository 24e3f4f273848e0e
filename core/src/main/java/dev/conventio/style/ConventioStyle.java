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
 * <p>{@code allowedClasspathAnnotations} names only {@code Override}, which the generated code carries
 * anyway, so that Immutables adds none of the annotations it finds on the build's class path. Without
 * it every generated class carries {@code @org.immutables.value.Generated}, kept in the class file
 * (class retention): a consumer compiling against the jar, which has no Immutables on its class path,
 * gets a "Cannot find annotation method 'from()' in type 'Generated'" warning for every generated
 * class it reaches, and a build with {@code -Xlint:all -Werror} fails. An empty list would mean "all
 * allowed". The cost: coverage tools that skip classes annotated {@code @Generated} now count the
 * generated code.
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
    allowedClasspathAnnotations = Override.class)
public @interface ConventioStyle {
}
