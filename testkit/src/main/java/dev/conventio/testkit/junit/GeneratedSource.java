package dev.conventio.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Runs a {@code @ParameterizedTest} on values drawn from a {@link dev.conventio.testkit.Gen}: one
 * invocation per generated case, each generated from its own seed.
 *
 * <pre>{@code
 * static Gen<History> histories() {
 *     return HistoryGen.histories();
 * }
 *
 * @ParameterizedTest
 * @GeneratedSource(value = "histories", count = 1000)
 * void numberingStaysContiguous(History history) { ... }
 * }</pre>
 *
 * <p>The generator is a static method without parameters that returns a {@code Gen}, named like
 * {@code @MethodSource} names one: a method of the test class, or {@code com.example.Cases#method}.
 * A generated {@link org.junit.jupiter.params.provider.Arguments} fills several parameters; any other
 * value fills one.
 *
 * <p>Each invocation is named after its seed ({@code seed=0x…}); when it fails, the seed and the
 * command that replays it are printed. These system properties change a run:
 * <ul>
 *   <li>{@value GeneratedArgumentsProvider#SEED_PROPERTY}: replays the one case with that seed,
 *       such as {@code -Dconventio.testkit.seed=0x9e3779b97f4a7c15} (with {@code -Dtest=Class#method});</li>
 *   <li>{@value GeneratedArgumentsProvider#RUN_SEED_PROPERTY}: the seed that draws every case's
 *       seed, to repeat a whole run; random when absent;</li>
 *   <li>{@value GeneratedArgumentsProvider#COUNT_PROPERTY}: runs that many cases instead of
 *       {@link #count()}, to search longer.</li>
 * </ul>
 *
 * @since 0.1
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(GeneratedArgumentsProvider.class)
@ExtendWith(SeedReporter.class)
public @interface GeneratedSource {

    /**
     * Gets the name of the static method that returns the generator: {@code method} in the test
     * class, or {@code fully.qualified.Class#method}.
     *
     * @return the method name, never null
     */
    String value();

    /**
     * Gets how many cases to generate.
     *
     * @return the number of cases, at least 1
     */
    int count() default 100;

    /**
     * Gets the size passed to the generator.
     *
     * @return the size, zero or positive
     */
    int size() default 10;
}
