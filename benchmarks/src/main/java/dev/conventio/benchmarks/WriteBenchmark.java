package dev.conventio.benchmarks;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.conventio.benchmarks.baseline.HandCodec;
import dev.conventio.benchmarks.baseline.Mappers;
import dev.conventio.benchmarks.baseline.Records.ConventionDoc;
import dev.conventio.convention.Convention;
import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.JsonDocument;
import java.io.IOException;
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
 * Writing a convention document to UTF-8 bytes, compact: the library from its model (its facade,
 * its Jackson 2 module, its Jackson 3 module) against B0, B1 and Bd from the equivalent records.
 * All of them write the same bytes, the checked-in document
 * ({@code BaselinesTest} checks it), so they do the same work on the output side.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 6, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class WriteBenchmark {

    /** The document written. */
    @Param({"SMALL", "MEDIUM", "LARGE"})
    public Document document;

    private Convention convention;
    private ConventionDoc records;
    private ConventioJson conventio;
    private ObjectWriter strict;
    private ObjectWriter defaults;
    private ObjectWriter jackson2Module;
    private tools.jackson.databind.ObjectWriter jackson3Module;

    /**
     * Reads the document into the model and into records, once.
     *
     * @throws IOException never, the document being valid
     */
    @Setup
    public void setup() throws IOException {
        conventio = ConventioJson.compact();
        convention = conventio.read(JsonDocument.CONVENTION, document.bytes());
        records = Mappers.strictReader().readValue(document.bytes());
        strict = Mappers.strictWriter();
        defaults = Mappers.defaultWriter();
        jackson2Module = Modules.jackson2Writer();
        jackson3Module = Modules.jackson3Writer();
    }

    /**
     * The library's compact writer.
     *
     * @return the document
     */
    @Benchmark
    public byte[] conventio() {
        return conventio.writeBytes(JsonDocument.CONVENTION, convention);
    }

    /**
     * The library's Jackson 2 module in a Jackson 2 mapper.
     *
     * @return the document
     * @throws IOException never
     */
    @Benchmark
    public byte[] jackson2Module() throws IOException {
        return jackson2Module.writeValueAsBytes(convention);
    }

    /**
     * The library's Jackson 3 module in a Jackson 3 mapper.
     *
     * @return the document
     */
    @Benchmark
    public byte[] jackson3Module() {
        return jackson3Module.writeValueAsBytes(convention);
    }

    /**
     * B0: Jackson data binding of the records, with B0's configuration.
     *
     * @return the document
     * @throws IOException never
     */
    @Benchmark
    public byte[] b0Strict() throws IOException {
        return strict.writeValueAsBytes(records);
    }

    /**
     * B1: a hand-written generator of the records.
     *
     * @return the document
     * @throws IOException never
     */
    @Benchmark
    public byte[] b1Hand() throws IOException {
        return HandCodec.write(records);
    }

    /**
     * Bd: Jackson data binding of the records with Jackson's defaults (dates as text).
     *
     * @return the document
     * @throws IOException never
     */
    @Benchmark
    public byte[] bdDefault() throws IOException {
        return defaults.writeValueAsBytes(records);
    }
}
