package dev.conventio.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.conventio.benchmarks.baseline.HandCodec;
import dev.conventio.benchmarks.baseline.Mappers;
import dev.conventio.benchmarks.baseline.Records.ConventionDoc;
import dev.conventio.convention.Convention;
import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.JsonDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The baselines do the same work as the library, and B0 is as strict as it says: otherwise the
 * ratios compare different things.
 */
class BaselinesTest {

    private static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(Document.class)
    void everyBaselineReadsTheValuesOfTheLibrary(Document document) throws IOException {
        Convention convention = ConventioJson.compact().read(JsonDocument.CONVENTION, document.bytes());
        ConventionDoc expected = ToRecords.of(convention);

        assertThat(Mappers.strictReader().<ConventionDoc>readValue(document.bytes())).isEqualTo(expected);
        assertThat(HandCodec.read(document.bytes())).isEqualTo(expected);
        assertThat(Mappers.defaultReader().<ConventionDoc>readValue(document.bytes())).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Document.class)
    void everyWriterWritesTheSameBytesAsTheLibrary(Document document) throws IOException {
        Convention convention = ConventioJson.compact().read(JsonDocument.CONVENTION, document.bytes());
        ConventionDoc records = ToRecords.of(convention);

        assertThat(ConventioJson.compact().writeBytes(JsonDocument.CONVENTION, convention)).isEqualTo(document.bytes());
        assertThat(Mappers.strictWriter().writeValueAsBytes(records)).isEqualTo(document.bytes());
        assertThat(HandCodec.write(records)).isEqualTo(document.bytes());
        assertThat(Mappers.defaultWriter().writeValueAsBytes(records)).isEqualTo(document.bytes());
    }

    @ParameterizedTest
    @EnumSource(Document.class)
    void bothModulesReadAndWriteWhatTheFacadeDoes(Document document) throws IOException {
        Convention convention = ConventioJson.compact().read(JsonDocument.CONVENTION, document.bytes());

        assertThat(Modules.jackson2Reader().<Convention>readValue(document.bytes())).isEqualTo(convention);
        assertThat(Modules.jackson3Reader().<Convention>readValue(document.bytes())).isEqualTo(convention);
        assertThat(Modules.jackson2Writer().writeValueAsBytes(convention)).isEqualTo(document.bytes());
        assertThat(Modules.jackson3Writer().writeValueAsBytes(convention)).isEqualTo(document.bytes());
    }

    @Test
    void theStrictBaselinesHaveTheLibrarysLimits() {
        assertThat(Mappers.CONSTRAINTS).isSameAs(ConventioJson.readConstraints());
        assertThat(Mappers.strictFactory().streamReadConstraints()).isSameAs(ConventioJson.readConstraints());
    }

    /** Members of the small document, with one thing wrong at its end. */
    private static String small(String replace, String with) {
        String json = new String(Document.SMALL.bytes(), StandardCharsets.UTF_8);
        assertThat(json).contains(replace);
        return json.replace(replace, with);
    }

    @ParameterizedTest
    @ValueSource(strings = {"duplicate", "unknown", "trailing", "stringForInt", "floatForInt", "nullForInt",
        "numberForEnum", "tooLongNumber", "tooDeep"})
    void b0RejectsWhatTheFormatRejects(String problem) {
        byte[] json = utf8(hostile(problem));
        assertThatThrownBy(() -> Mappers.strictReader().readValue(json)).isInstanceOf(JsonProcessingException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"duplicate", "unknown", "trailing", "stringForInt", "floatForInt", "nullForInt",
        "numberForEnum", "tooLongNumber", "tooDeep"})
    void b1RejectsWhatTheFormatRejects(String problem) {
        byte[] json = utf8(hostile(problem));
        assertThatThrownBy(() -> HandCodec.read(json)).isInstanceOf(JsonProcessingException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"duplicate", "trailing", "stringForInt", "floatForInt", "nullForInt"})
    void bdAcceptsWhatJacksonsDefaultsAccept(String problem) throws IOException {
        // Bd is the lenient yardstick: if it rejected these too, it would not be Jackson's defaults.
        assertThat(Mappers.defaultReader().<ConventionDoc>readValue(utf8(hostile(problem)))).isNotNull();
    }

    private static String hostile(String problem) {
        switch (problem) {
            case "duplicate":
                return small("\"capacity\":", "\"capacity\":\"x\",\"capacity\":");
            case "unknown":
                return small("\"capacity\":", "\"signedAt\":\"Marseille\",\"capacity\":");
            case "trailing":
                return small("", "") + " {}";
            case "stringForInt":
                return small("\"number\":1", "\"number\":\"1\"");
            case "floatForInt":
                return small("\"number\":1", "\"number\":1.9");
            case "nullForInt":
                return small("\"number\":1", "\"number\":null");
            case "numberForEnum":
                return small("\"status\":\"completed\"", "\"status\":3");
            case "tooLongNumber":
                // One digit over the library's limit on number length.
                return small("\"number\":1", "\"number\":1" + "0".repeat(
                        ConventioJson.readConstraints().getMaxNumberLength()));
            case "tooDeep":
                int depth = ConventioJson.readConstraints().getMaxNestingDepth();
                return small("\"legalBases\":[]", "\"legalBases\":" + "[".repeat(depth) + "]".repeat(depth));
            default:
                throw new IllegalArgumentException(problem);
        }
    }
}
