package dev.conventio.benchmarks;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.conventio.benchmarks.baseline.HandCodec;
import dev.conventio.benchmarks.baseline.Mappers;
import dev.conventio.benchmarks.baseline.Records.ConventionDoc;
import dev.conventio.convention.Convention;
import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.ConventioJsonException;
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
 * Reading a convention document from UTF-8 bytes: the library (strict, every invariant checked,
 * the model built) — its facade, its Jackson 2 module and its Jackson 3 module — against B0, B1 and
 * Bd, which produce {@link ConventionDoc} records.
 *
 * <p>Every reader starts from the same byte array, already in memory, so that no I/O is measured;
 * each returns its value to JMH, which consumes it, so that nothing is optimised away.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 6, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class ReadBenchmark {

    /** The document read. */
    @Param({"SMALL", "MEDIUM", "LARGE"})
    public Document document;

    private byte[] json;
    private ConventioJson conventio;
    private ObjectReader strict;
    private ObjectReader defaults;
    private ObjectReader jackson2Module;
    private tools.jackson.databind.ObjectReader jackson3Module;

    /** Loads the document and the shared, configured readers, as an application holds them. */
    @Setup
    public void setup() {
        json = document.bytes();
        conventio = ConventioJson.compact();
        strict = Mappers.strictReader();
        defaults = Mappers.defaultReader();
        jackson2Module = Modules.jackson2Reader();
        jackson3Module = Modules.jackson3Reader();
    }

    /**
     * The library: strict reading with validation into the model.
     *
     * @return the convention
     * @throws ConventioJsonException never, the document being valid
     */
    @Benchmark
    public Convention conventio() throws ConventioJsonException {
        return conventio.read(JsonDocument.CONVENTION, json);
    }

    /**
     * The library's Jackson 2 module in a Jackson 2 mapper with the facade's limits.
     *
     * @return the convention
     * @throws IOException never, the document being valid
     */
    @Benchmark
    public Convention jackson2Module() throws IOException {
        return jackson2Module.readValue(json);
    }

    /**
     * The library's Jackson 3 module in a Jackson 3 mapper with the facade's limits.
     *
     * @return the convention
     */
    @Benchmark
    public Convention jackson3Module() {
        return jackson3Module.readValue(json);
    }

    /**
     * B0: Jackson data binding of records, with the same strict features and limits.
     *
     * @return the records
     * @throws IOException never, the document being valid
     */
    @Benchmark
    public ConventionDoc b0Strict() throws IOException {
        return strict.readValue(json);
    }

    /**
     * B1: a hand-written streaming parser producing the same records.
     *
     * @return the records
     * @throws IOException never, the document being valid
     */
    @Benchmark
    public ConventionDoc b1Hand() throws IOException {
        return HandCodec.read(json);
    }

    /**
     * Bd: Jackson data binding of the records with Jackson's defaults.
     *
     * @return the records
     * @throws IOException never, the document being valid
     */
    @Benchmark
    public ConventionDoc bdDefault() throws IOException {
        return defaults.readValue(json);
    }
}
