package dev.conventio.benchmarks;

import dev.conventio.history.History;
import dev.conventio.opendata.csv.ScdlWriter;
import dev.conventio.opendata.export.OnRefusal;
import dev.conventio.opendata.export.ScdlExport;
import dev.conventio.testkit.SubsidyGen;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The SCDL « subventions » export of a portfolio of 10 000 generated subsidy conventions
 * ({@link SubsidyGen}, seeds 0 to 9 999), built once per fork: the typed rows alone, and the rows
 * written as CSV to a writer that discards them. One operation is the whole portfolio: rows per
 * second are {@link #rowCount} divided by the time of an operation, and the allocation of a row the GC
 * profiler's bytes per operation divided by {@link #rowCount}; the setup prints the count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 6, time = 1)
public class ExportBenchmark {

    /** The number of conventions of the portfolio. */
    static final int CONVENTIONS = 10_000;
    /** The date of the export: after every generated convention is concluded. */
    static final LocalDate DATE = LocalDate.of(2025, 1, 1);

    private List<History> portfolio;
    private ScdlExport export;
    /** The number of rows one export of the portfolio gives. */
    public long rowCount;

    /** Generates the portfolio and counts its rows. */
    @Setup
    public void setup() {
        portfolio = new ArrayList<>(CONVENTIONS);
        for (int seed = 0; seed < CONVENTIONS; seed++) {
            portfolio.add(SubsidyGen.subsidyHistories().sample(seed, 10));
        }
        export = ScdlExport.asOf(DATE).onRefusal(OnRefusal.SKIP);
        long[] refused = {0};
        rowCount = export.export(portfolio, row -> { }, refusal -> refused[0]++);
        if (rowCount == 0 || refused[0] != 0) {
            throw new IllegalStateException("expected every attribution exported, got " + rowCount + " rows and "
                    + refused[0] + " refusals");
        }
        System.out.println("ExportBenchmark: " + CONVENTIONS + " conventions, " + rowCount + " rows");
    }

    /**
     * The typed rows of the portfolio.
     *
     * @param sink  takes each row
     * @return the number of rows
     */
    @Benchmark
    public long rows(Blackhole sink) {
        return export.export(portfolio, sink::consume, sink::consume);
    }

    /**
     * The portfolio written as SCDL CSV to a writer that discards it.
     *
     * @return the number of rows written
     * @throws IOException never: the writer discards
     */
    @Benchmark
    public long csv() throws IOException {
        try (ScdlWriter writer = ScdlWriter.to(Writer.nullWriter())) {
            export.write(portfolio, writer);
            return writer.rowsWritten();
        }
    }
}
