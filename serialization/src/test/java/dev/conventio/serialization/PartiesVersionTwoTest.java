package dev.conventio.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.conventio.format.FormatVersions;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The version-2 documents of issue #12 (who is bound, who signs, who is there) through the facade:
 * they follow the version-2 schema and not the version-1 one, read, and are written back the same;
 * the default writer, version 1, refuses what it cannot hold.
 */
class PartiesVersionTwoTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path FIXTURES = Path.of("..", "format", "src", "test", "resources", "dev", "conventio",
            "format", "fixtures", "v2");

    static Stream<Arguments> documents() {
        return Stream.of(Arguments.of("parties-convention.json", JsonDocument.CONVENTION),
                Arguments.of("parties-amendment.json", JsonDocument.AMENDMENT));
    }

    private static JsonSchema schema(int version) throws Exception {
        try (InputStream in = FormatVersions.schema(version).openStream()) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    <T> void theDocumentFollowsTheVersion2SchemaReadsAndIsWrittenBackTheSame(String name, JsonDocument<T> document)
            throws Exception {
        String text = Files.readString(FIXTURES.resolve(name)).strip();
        assertThat(schema(2).validate(MAPPER.readTree(text))).isEmpty();
        assertThat(schema(1).validate(MAPPER.readTree(text))).isNotEmpty();
        T value = ConventioJson.compact().read(document, text);
        assertThat(ConventioJson.compact().writing(2).write(document, value)).isEqualTo(text);
        String pretty = ConventioJson.pretty().writing(2).write(document, value);
        assertThat(schema(2).validate(MAPPER.readTree(pretty))).isEmpty();
        assertThat(ConventioJson.pretty().read(document, pretty)).isEqualTo(value);
        assertThatThrownBy(() -> ConventioJson.compact().writing(1).write(document, value))
                .hasMessageContaining("not in format version 1");
    }
}
