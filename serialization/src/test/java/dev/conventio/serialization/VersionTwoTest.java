package dev.conventio.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.conventio.format.FormatVersions;
import dev.conventio.format.RejectionCode;
import java.io.InputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The version-2 skeleton through the facade: written with the codec-level switch, every kind of
 * document names its kind right after formatVersion, reads back equal, and follows the version-2
 * schema and not the version-1 one; the default writer still writes version 1.
 */
class VersionTwoTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(JsonDocument.CONVENTION, Samples.convention()),
                Arguments.of(JsonDocument.AMENDMENT, Samples.amendment()),
                Arguments.of(JsonDocument.AMENDMENT, Samples.unrecorded()),
                Arguments.of(JsonDocument.HISTORY, Samples.history()));
    }

    /** An article's text member in version 1's compact form. */
    private static final java.util.regex.Pattern ARTICLE_TEXT = java.util.regex.Pattern.compile(
            "\"text\":(\"(?:[^\"\\\\]|\\\\.)*\")");

    static JsonSchema schema(int version) throws Exception {
        try (InputStream in = FormatVersions.schema(version).openStream()) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @ParameterizedTest
    @MethodSource("values")
    <T> void aVersion2DocumentNamesItsKindReadsBackAndFollowsItsSchema(JsonDocument<T> document, T value)
            throws Exception {
        for (ConventioJson json : new ConventioJson[] {ConventioJson.compact().writing(2), ConventioJson.pretty().writing(2)}) {
            String text = json.write(document, value);
            String v1 = (json.isPretty() ? ConventioJson.pretty() : ConventioJson.compact()).writing(1).write(document, value);
            // Version 2 is version 1 with the kind named, and each article's text as its one paragraph.
            String compactV1 = ConventioJson.compact().writing(1).write(document, value);
            String expected = ARTICLE_TEXT.matcher(compactV1.replace("{\"formatVersion\":1,", "{\"formatVersion\":2,"
                    + "\"document\":\"" + document.kind().wireName() + "\",")).replaceAll(match -> java.util.regex.Matcher
                    .quoteReplacement("\"content\":{\"blocks\":[{\"type\":\"paragraph\",\"text\":" + match.group(1)
                            + ",\"recordedSentences\":[]}],\"complete\":true}"));
            assertThat(MAPPER.readTree(text)).isEqualTo(MAPPER.readTree(expected));
            if (!json.isPretty()) {
                assertThat(text).isEqualTo(expected);
            }
            assertThat(json.read(document, text)).isEqualTo(value);
            assertThat(json.write(document, json.read(document, text))).isEqualTo(text);
            assertThat(schema(2).validate(MAPPER.readTree(text))).isEmpty();
            assertThat(schema(1).validate(MAPPER.readTree(text))).isNotEmpty();
            assertThat(schema(2).validate(MAPPER.readTree(v1))).isNotEmpty();
        }
    }

    @Test
    void aVersion2ConsolidatedViewNamesItsKindAndFollowsItsSchema() throws Exception {
        String text = ConventioJson.compact().writing(2).writeConsolidated(ConsolidatedViewTest.view());
        assertThat(text).startsWith("{\"formatVersion\":2,\"document\":\"consolidated\",\"date\":\"2020-06-30\",");
        assertThat(schema(2).validate(MAPPER.readTree(text))).isEmpty();
    }

    @Test
    void theLibraryWritesVersion2() {
        assertThat(ConventioJson.FORMAT_VERSION).isEqualTo(FormatVersions.WRITTEN).isEqualTo(2);
        assertThat(ConventioJson.compact().write(JsonDocument.CONVENTION, Samples.convention()))
                .startsWith("{\"formatVersion\":2,\"document\":\"convention\",\"reference\":");
        assertThat(ConventioJson.schema()).isEqualTo(FormatVersions.schema(2));
    }

    @Test
    void aVersion2DocumentReadAsAnotherKindIsAMismatch() {
        String history = ConventioJson.compact().writing(2).write(JsonDocument.HISTORY, Samples.history());
        ConventioJsonException rejection = catchThrowableOfType(ConventioJsonException.class,
                () -> ConventioJson.compact().read(JsonDocument.CONVENTION, history));
        assertThat(rejection.code()).isEqualTo(RejectionCode.DOCUMENT_KIND_MISMATCH);
        assertThat(rejection.pointer()).isEqualTo("/document");
        assertThat(rejection.line()).isEqualTo(1);
        assertThat(rejection.column()).isEqualTo("{\"formatVersion\":2,\"document\":".length() + 1);
        assertThat(rejection.getMessage()).contains("this is read as a convention document, the document names 'history'");
    }

    @Test
    void theModuleReadsVersion2Documents() throws Exception {
        String text = ConventioJson.compact().writing(2).write(JsonDocument.AMENDMENT, Samples.amendment());
        assertThat(new ObjectMapper().findAndRegisterModules().readValue(text, dev.conventio.amendment.AmendmentRecord.class))
                .isEqualTo(Samples.amendment());
    }
}
