package dev.conventio.benchmarks;

import dev.conventio.convention.Convention;
import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.ConventioJsonException;
import dev.conventio.serialization.JsonDocument;
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
 * Rejecting hostile documents: the time from the bytes to the library's exception. The yardstick,
 * the valid read of the document each was made from, is {@link ReadBenchmark#conventio()} in the
 * same run.
 *
 * <p>The exception is part of the cost (a user pays for its message, pointer and location), so it
 * is built and returned, never short-circuited. A document that is not rejected fails the
 * benchmark: a hostile document that reads is a bug, not a measurement. Which exception the
 * library throws is {@code DocumentsTest}'s business, not this benchmark's: any exception ends the
 * read and is timed, so that a wrong exception type does not also hide the time.
 *
 * <p>Eight warm-up seconds rather than five: on 2 cores the rejection paths, which run only
 * through exceptions, reached their compiled speed after 5 to 6 s, and a run that measured from
 * the sixth second timed some of them ten times slower.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 6, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class HostileBenchmark {

    /** The hostile document. */
    @Param({"AMOUNT_EXPONENT_STRING", "AMOUNT_EXPONENT_NUMBER", "AMOUNT_1000_DIGITS", "INTEGER_1000_DIGITS",
        "DEEP_NESTING", "DUPLICATE_KEY", "UNKNOWN_FIELD", "TRAILING_CONTENT", "NONEXISTENT_DATE", "DOMAIN_VIOLATION"})
    public Hostile hostile;

    private byte[] json;
    private ConventioJson conventio;

    /** Loads the document. */
    @Setup
    public void setup() {
        json = hostile.bytes();
        conventio = ConventioJson.compact();
    }

    /**
     * Reads the hostile document, expecting the library's rejection.
     *
     * @return the rejection
     */
    @Benchmark
    public Exception reject() {
        Convention convention;
        try {
            convention = conventio.read(JsonDocument.CONVENTION, json);
        } catch (ConventioJsonException | RuntimeException e) {
            return e;
        }
        throw new AssertionError(hostile + " was read: " + convention.identification());
    }
}
