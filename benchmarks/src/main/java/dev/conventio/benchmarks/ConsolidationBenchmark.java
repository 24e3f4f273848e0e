package dev.conventio.benchmarks;

import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.History;
import dev.conventio.history.TimelineEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Consolidation on histories of 10 to 10 000 amendments ({@link Histories}): the convention as in
 * force on a date on which every amendment applies, the same on the day before the last amendment
 * takes effect, the timeline, and the money totals of that consolidated convention. The cost must
 * grow linearly with the number of amendments.
 *
 * <p>The history is built once per fork, in the setup, outside the measurement, by
 * {@link History#of}, which checks every amendment ({@link HistoryBuildBenchmark} measures that).
 * Such a history keeps the state its last amendment left: {@link #asOf()} is the query on a date
 * with the same amendments in force, which that state answers, and {@link #asOfBeforeLast()} the
 * query on any other date, which applies the amendments after the nearest state the history kept.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 6, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class ConsolidationBenchmark {

    /** The number of amendments of the history. */
    @Param({"10", "100", "1000", "10000"})
    public int amendments;

    private History history;
    private ConsolidatedConvention consolidated;

    private LocalDate beforeLast;
    private LocalDate midway;

    /** Builds the history and its consolidation on {@link Histories#IN_FORCE}. */
    @Setup
    public void setup() {
        history = Histories.of(amendments);
        consolidated = history.asOf(Histories.IN_FORCE);
        beforeLast = Histories.beforeLast(amendments);
        midway = Histories.beforeLast(amendments / 2 + 1);
        if (consolidated.amendmentsInForce().size() != amendments
                || history.asOf(beforeLast).amendmentsInForce().size() != amendments - 1
                || history.asOf(midway).amendmentsInForce().size() != amendments / 2) {
            throw new IllegalStateException("expected every amendment in force, all but the last the day before,"
                    + " and the first half midway, found " + consolidated.amendmentsInForce().size());
        }
    }

    /**
     * The convention as in force on a date on which every amendment applies.
     *
     * @return the consolidated convention
     */
    @Benchmark
    public ConsolidatedConvention asOf() {
        return history.asOf(Histories.IN_FORCE);
    }

    /**
     * The convention as in force on the day before the last amendment takes effect: every other
     * amendment is in force, and those after the nearest state the history kept are applied again.
     *
     * @return the consolidated convention
     */
    @Benchmark
    public ConsolidatedConvention asOfBeforeLast() {
        return history.asOf(beforeLast);
    }

    /**
     * The convention as in force midway, the day before amendment n / 2 + 1 takes effect: the first
     * half of the amendments in force, applied again after the nearest state the history kept, the
     * others not yet in force.
     *
     * @return the consolidated convention
     */
    @Benchmark
    public ConsolidatedConvention asOfMidway() {
        return history.asOf(midway);
    }

    /**
     * The timeline of the history.
     *
     * @return the events in date order
     */
    @Benchmark
    public List<TimelineEvent> timeline() {
        return history.timeline();
    }

    /**
     * The money queries of the consolidated convention: total, by contributor, by beneficiary and
     * by budget period.
     *
     * @param blackhole  consumes the results
     */
    @Benchmark
    public void moneyTotals(Blackhole blackhole) {
        blackhole.consume(consolidated.commitments().total());
        blackhole.consume(consolidated.commitments().byContributor());
        blackhole.consume(consolidated.commitments().byBeneficiary());
        blackhole.consume(consolidated.commitments().byBudgetPeriod());
    }
}
