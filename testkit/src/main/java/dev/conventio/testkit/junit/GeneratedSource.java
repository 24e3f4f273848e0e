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
 * <p>Each invocation is named after its seed ({@code seed=0x…}). When one fails, its case is shrunk
 * to a simpler one that still fails the same way ({@link dev.conventio.testkit.shrink.Shrinker}),
 * by calling the test method again on the test instance with simpler arguments, within the
 * invocation's own {@code @BeforeEach} and {@code @AfterEach}; the invocation then fails with a
 * {@link dev.conventio.testkit.property.PropertyFailure} whose message reports the original seed,
 * the shrunk case (a history as its JSON document when {@code conventio-serialization} is on the
 * class path), the number of shrink steps and the system properties that replay the shrunk case
 * and the original one; its cause is the failure of the shrunk case. The report is printed on
 * standard error too. Arguments a {@code ParameterResolver} supplies after the generated ones are
 * passed again as they were; aggregators and converters are not applied to shrunk candidates. These
 * system properties change a run:
 * <ul>
 *   <li>{@value GeneratedArgumentsProvider#REPLAY_PROPERTY}: replays the one case with those
 *       choices, as a report prints them ({@code c1.…}), or from a file holding them ({@code @path});</li>
 *   <li>{@value GeneratedArgumentsProvider#SEED_PROPERTY}: replays the one case with that seed,
 *       such as {@code -Dconventio.testkit.seed=0x9e3779b97f4a7c15} (with {@code -Dtest=Class#method});</li>
 *   <li>{@value GeneratedArgumentsProvider#RUN_SEED_PROPERTY}: the seed that draws every case's
 *       seed, to repeat a whole run; random when absent;</li>
 *   <li>{@value GeneratedArgumentsProvider#COUNT_PROPERTY}: runs that many cases instead of
 *       {@link #count()}, to search longer;</li>
 *   <li>{@value dev.conventio.testkit.shrink.ShrinkBudget#CANDIDATES_PROPERTY} and
 *       {@value dev.conventio.testkit.shrink.ShrinkBudget#TIME_PROPERTY}: the shrinking budget,
 *       instead of {@link #shrinkCandidates()} and {@link #shrinkTime()}; 0 candidates turns
 *       shrinking off.</li>
 * </ul>
 *
 * <p>{@link #classifiers()} names static methods returning a
 * {@link dev.conventio.testkit.stats.Classifier}: the distribution of the generated cases is then
 * printed on standard output once they have all run.
 *
 * @since 0.1
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(GeneratedArgumentsProvider.class)
@ExtendWith(GeneratedCaseShrinker.class)
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

    /**
     * Gets the most candidates the shrinker tries on a failing case, each one a call of the test
     * method; 0 does not shrink.
     *
     * @return the number of candidates, zero or positive
     */
    int shrinkCandidates() default dev.conventio.testkit.shrink.ShrinkBudget.DEFAULT_CANDIDATES;

    /**
     * Gets the longest time the shrinker spends on a failing case, as an ISO-8601 duration such as
     * {@code PT30S} or in seconds such as {@code 30s}.
     *
     * @return the time, never null
     */
    String shrinkTime() default "PT60S";

    /**
     * Gets the names of static methods without parameters, named like {@link #value()}, that each
     * return a {@link dev.conventio.testkit.stats.Classifier} of the generated values: the
     * distribution of the cases is printed once they have all run.
     *
     * @return the names, empty for no statistics, never null
     */
    String[] classifiers() default {};
}
