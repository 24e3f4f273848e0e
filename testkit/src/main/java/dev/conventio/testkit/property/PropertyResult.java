package dev.conventio.testkit.property;

import dev.conventio.testkit.stats.Statistics;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The outcome of running a property: whether it held on every case, how many cases ran, the run
 * seed that drew them, the shrunk counterexample if one failed, and the statistics of the cases if
 * classifiers were given.
 *
 * <pre>{@code
 * PropertyResult result = Property.forAll(HistoryGen.histories()).run(history -> ...);
 * if (!result.passed()) {
 *     System.err.println(result.report());
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe if the counterexample is.
 *
 * @since 0.1
 */
public final class PropertyResult {

    private final int cases;
    private final OptionalLong runSeed;
    private final Counterexample counterexample;
    private final Statistics<?> statistics;
    private final String report;

    PropertyResult(int cases, OptionalLong runSeed, Counterexample counterexample, Statistics<?> statistics,
            String report) {
        this.cases = cases;
        this.runSeed = Objects.requireNonNull(runSeed, "runSeed");
        this.counterexample = counterexample;
        this.statistics = statistics;
        this.report = Objects.requireNonNull(report, "report");
    }

    /**
     * Tells whether the property held on every case.
     *
     * @return true if no case failed
     */
    public boolean passed() {
        return counterexample == null;
    }

    /**
     * Gets the number of cases run, the failing one included.
     *
     * @return the number, at least 1
     */
    public int cases() {
        return cases;
    }

    /**
     * Gets the seed that drew every case's seed.
     *
     * @return the run seed, empty when one case was replayed, never null
     */
    public OptionalLong runSeed() {
        return runSeed;
    }

    /**
     * Gets the shrunk counterexample.
     *
     * @return the counterexample, empty if the property held, never null
     */
    public Optional<Counterexample> counterexample() {
        return Optional.ofNullable(counterexample);
    }

    /**
     * Gets the statistics of the cases run.
     *
     * @return the statistics, empty if no classifier was given, never null
     */
    public Optional<Statistics<?>> statistics() {
        return Optional.ofNullable(statistics);
    }

    /**
     * Gets the report: the counterexample's, or the number of cases that passed; then the statistics.
     *
     * @return the report, never null
     */
    public String report() {
        return report;
    }

    /**
     * Returns the report.
     *
     * @return the report, never null
     */
    @Override
    public String toString() {
        return report;
    }
}
