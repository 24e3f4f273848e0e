package dev.conventio.benchmarks;

import dev.conventio.convention.Convention;
import dev.conventio.history.History;
import dev.conventio.history.Life;
import java.time.LocalDate;
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

/**
 * "Is the convention in force on D?" with {@link History#lifeOn}, which answers without building a
 * view: a history whose every amendment prolongs the term from a day of its own has as many days on
 * which the term changes, and the answer must cost the logarithm of their number. The days asked
 * cycle over the whole history, so that no branch or cache line is always the same.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class LifeOnBenchmark {

    /** The number of amendments, each changing the term from its own day. */
    @Param({"100", "10000"})
    public int changes;

    private History history;
    private LocalDate[] days;
    private int next;

    /** Builds the history and its lifeline, once. */
    @Setup
    public void setup() {
        Convention base = Histories.base();
        history = History.of(base, Histories.prolongations(base, changes));
        days = new LocalDate[1024];
        for (int i = 0; i < days.length; i++) {
            days[i] = Conventions.CONCLUDED_ON.plusDays((long) i * (changes + 60) / days.length);
        }
        history.lifeOn(days[0]);
    }

    /**
     * Tells the life on the next day of the cycle.
     *
     * @return the life
     */
    @Benchmark
    public Life lifeOn() {
        next = (next + 1) & (days.length - 1);
        return history.lifeOn(days[next]);
    }
}
