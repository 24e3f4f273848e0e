package dev.conventio.testkit.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.conventio.convention.Convention;
import dev.conventio.testkit.ConventionGen;
import dev.conventio.testkit.EdgeCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fuzz test of the JSON reader at its limits: generated convention documents one step either side
 * of the nesting depth (64), the length of a string (1 MiB), of a member name (64 characters), of
 * the document (16 MiB) and the number of tokens (1 000 000), as {@link JsonLimits} makes them.
 * Within a limit the document reads as what it says; over it, the reader rejects it with
 * {@code json.limit-exceeded}, nothing else.
 *
 * <p>In {@code ./mvnw verify} the fuzz test runs in regression mode on the inputs kept under
 * {@code src/test/resources/dev/conventio/testkit/fuzz/JsonLimitsFuzzTestInputs}, and the table below
 * checks each limit at and just over it; with {@code JAZZER_FUZZ=1} it fuzzes (see docs/testkit.md).
 */
class JsonLimitsFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void documentsNearTheLimitsAreReadOrRejected(FuzzedDataProvider data) {
        JsonLimits limit = data.pickValue(JsonLimits.values());
        int delta = data.consumeInt(-8, 8);
        Convention convention = EdgeCases.withProbability(0.2, ConventionGen.conventions())
                .generate(new FuzzedRandom(data), 6);
        limit.readNear(convention, delta);
    }

    @ParameterizedTest
    @CsvSource({"STRING, 0", "STRING, 1", "NAME, 0", "NAME, 1", "NESTING, 0", "NESTING, 1", "NESTING, -62",
            "DOCUMENT, 0", "DOCUMENT, 1", "TOKENS, 0", "TOKENS, 1"})
    void eachLimitHoldsAtItsValueAndRejectsOneMore(JsonLimits limit, int delta) {
        limit.readNear(ConventionGen.conventions().sample(42, 6), delta);
    }
}
