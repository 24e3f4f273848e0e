package dev.conventio.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.conventio.format.FormatVersions;
import dev.conventio.format.RejectionCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every version-1 fixture that the library promises to read forever (the format module's
 * {@code fixtures/v1/MANIFEST}) upgrades to a version-2 document that reads equal to it, follows
 * the version-2 schema, and upgrades again to itself.
 */
class UpgradeTest {

    private static final Path FIXTURES = Path.of("..", "format", "src", "test", "resources", "dev", "conventio",
            "format", "fixtures", "v1");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Arguments> fixtures() throws IOException {
        List<String> lines = Files.readAllLines(FIXTURES.resolve("MANIFEST"), StandardCharsets.UTF_8);
        return lines.stream().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split(" "))
                .map(fields -> Arguments.of(fields[2], kind(fields[1])));
    }

    private static JsonDocument<?> kind(String wireName) {
        return switch (wireName) {
            case "convention" -> JsonDocument.CONVENTION;
            case "amendment" -> JsonDocument.AMENDMENT;
            case "history" -> JsonDocument.HISTORY;
            default -> throw new IllegalArgumentException("no document kind " + wireName);
        };
    }

    private static String fixture(String file) {
        try {
            return Files.readString(FIXTURES.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema schema(int version) throws IOException {
        try (InputStream in = FormatVersions.schema(version).openStream()) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    <T> void anUpgradedVersion1DocumentReadsEqualToTheOriginal(String file, JsonDocument<T> document)
            throws IOException {
        String original = fixture(file);
        assertThat(original).contains("\"formatVersion\"").doesNotContain("\"document\"");
        for (ConventioJson json : List.of(ConventioJson.compact(), ConventioJson.pretty())) {
            String upgraded = json.upgrade(document, original);
            assertThat(MAPPER.readTree(upgraded).path("formatVersion").asInt()).isEqualTo(FormatVersions.LATEST);
            assertThat(MAPPER.readTree(upgraded).path("document").asText()).isEqualTo(document.kind().wireName());
            assertThat(json.read(document, upgraded)).isEqualTo(json.read(document, original));
            assertThat(json.upgrade(document, upgraded)).isEqualTo(upgraded);
            assertThat(schema(FormatVersions.LATEST).validate(MAPPER.readTree(upgraded))).isEmpty();
        }
    }

    @Test
    void aDocumentThatDoesNotReadIsNotUpgraded() {
        String broken = fixture("serialization-convention.json").replace("\"formatVersion\": 1",
                "\"formatVersion\": 1, \"unknown\": true").replace("\"formatVersion\":1", "\"formatVersion\":1,\"unknown\":true");
        ConventioJsonException rejection = catchThrowableOfType(ConventioJsonException.class,
                () -> ConventioJson.compact().upgrade(JsonDocument.CONVENTION, broken));
        assertThat(rejection.code()).isEqualTo(RejectionCode.UNKNOWN_FIELD);
    }
}
