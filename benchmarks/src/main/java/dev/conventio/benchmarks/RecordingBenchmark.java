package dev.conventio.benchmarks;

import dev.conventio.history.History;
import dev.conventio.testkit.Gen;
import dev.conventio.testkit.HistoryGen;
import dev.conventio.testkit.shrink.RecordingRandom;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What recording the choices costs over plain generation (issue 16: under 10 %), in the same run:
 * the same histories generated from the same seeds, by a {@link SplittableRandom} and by a
 * {@link RecordingRandom} around one. A passing case of a property is generated plainly (its
 * choices are recorded only once it fails, by generating it again), so {@code plain} is the passing
 * path and {@code recording} what every shrink candidate and a failing case pay.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 6, time = 1)
public class RecordingBenchmark {

    /** The histories: those of the property suites (size 10), and long ones (size 50, up to 50 amendments). */
    @Param({"10", "50"})
    public int size;

    private long next;

    private Gen<History> generator() {
        return size == 10 ? HistoryGen.histories() : ShrinkBenchmark.LONG_HISTORIES;
    }

    /** The seeds of successive operations, the same sequence for both benchmarks. */
    private long seed() {
        next = next * 6364136223846793005L + 1442695040888963407L;
        return next;
    }

    /**
     * Generates a history from a seed, as a passing case is.
     *
     * @return the history
     */
    @Benchmark
    public History plain() {
        return generator().generate(new SplittableRandom(seed()), size);
    }

    /**
     * Generates the same history, recording its choices.
     *
     * @return the history
     */
    @Benchmark
    public Object recording() {
        RecordingRandom random = RecordingRandom.of(new SplittableRandom(seed()));
        History history = generator().generate(random, size);
        return random.choices().size() > 0 ? history : random;
    }
}
