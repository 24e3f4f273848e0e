package dev.conventio.benchmarks;

import dev.conventio.amendment.Amendment;
import dev.conventio.convention.Convention;
import dev.conventio.history.History;
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

/**
 * Building a history with {@link History#of(Convention, List)}, which checks every amendment under
 * the amendment rules: what an application pays to load a history (reading a history document ends
 * here too). Each amendment is checked against the convention as it stands when it joins.
 *
 * <p>Two shapes: {@code growing}, the consolidation benchmarks' histories, where every fourth
 * amendment adds a contribution, so that checking an amendment costs the size of a convention that
 * grows with the history, and the build grows as the square of the number of amendments; and
 * {@code constant}, amendments that change an amount, record a decision and set orientations,
 * where the build must grow linearly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class HistoryBuildBenchmark {

    /** The number of amendments of the history. */
    @Param({"10", "100", "1000", "10000"})
    public int amendments;

    /** The shape of the history: {@code growing} or {@code constant}. */
    @Param({"growing", "constant"})
    public String shape;

    private Convention base;
    private List<Amendment> list;

    /** Builds the amendments, once. */
    @Setup
    public void setup() {
        base = Histories.base();
        list = shape.equals("constant") ? Histories.constantSizeAmendments(base, amendments)
                : Histories.amendments(base, amendments);
    }

    /**
     * Builds the history, checking each amendment.
     *
     * @return the history
     */
    @Benchmark
    public History build() {
        return History.of(base, list);
    }
}
