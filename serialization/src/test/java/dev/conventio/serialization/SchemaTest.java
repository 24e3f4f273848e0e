package dev.conventio.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.conventio.format.FormatVersions;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON Schema resource accepts every example document, and is not vacuous. */
class SchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;
    private static JsonSchema version1;

    @BeforeAll
    static void loadTheSchemaFromTheJarResource() throws Exception {
        try (InputStream in = ConventioJson.schema().openStream()) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        try (InputStream in = FormatVersions.schema(1).openStream()) {
            version1 = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    /**
     * Validates a document against the schema of the version it declares: version 1's for the
     * rejection corpus, made of version-1 documents; the written version's for any other.
     */
    private static Set<ValidationMessage> validate(String json) throws Exception {
        JsonNode node = MAPPER.readTree(json);
        return (node.path("formatVersion").asInt() == 1 ? version1 : schema).validate(node);
    }

    @Test
    void theSchemaIsDraft202012() throws Exception {
        JsonNode node;
        try (InputStream in = ConventioJson.schema().openStream()) {
            node = MAPPER.readTree(in);
        }
        assertThat(node.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    static Stream<Path> documents() throws Exception {
        return ExampleDocumentsTest.documents().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyExampleDocumentIsValid(Path file) throws Exception {
        assertThat(validate(Files.readString(file))).isEmpty();
    }

    @Test
    void theExampleConsolidatedViewIsValid() throws Exception {
        Path file = Path.of(SchemaTest.class.getResource("/views/consolidated-2020-06-30.json").toURI());
        assertThat(validate(Files.readString(file))).isEmpty();
    }

    static Stream<String> baseDocuments() {
        return Stream.of(RejectionTest.CONVENTION, RejectionTest.WITH_MONEY, RejectionTest.WITH_PHASE,
                RejectionTest.WITH_TERM, RejectionTest.AMENDMENT);
    }

    @ParameterizedTest
    @MethodSource("baseDocuments")
    void everyBaseDocumentOfTheRejectionCorpusIsValid(String json) throws Exception {
        assertThat(validate(json)).isEmpty();
    }

    static Stream<Arguments> invalidDocuments() {
        return Stream.of(
                Arguments.of("unknown member", RejectionTest.replace(RejectionTest.CONVENTION, "\"object\":",
                        "\"objet\":\"x\",\"object\":")),
                Arguments.of("unknown nested member", RejectionTest.replace(RejectionTest.CONVENTION, "\"kind\":\"gip\"",
                        "\"kind\":\"gip\",\"x\":1")),
                Arguments.of("no formatVersion", RejectionTest.replace(RejectionTest.CONVENTION, "\"formatVersion\":1,", "")),
                Arguments.of("version 2", RejectionTest.replace(RejectionTest.CONVENTION, "\"formatVersion\":1", "\"formatVersion\":2")),
                Arguments.of("null", RejectionTest.replace(RejectionTest.CONVENTION, "\"Objet\"", "null")),
                Arguments.of("missing member", RejectionTest.replace(RejectionTest.CONVENTION, "\"object\":\"Objet\",", "")),
                Arguments.of("change typed by class name", RejectionTest.replace(RejectionTest.AMENDMENT,
                        "change-object", "ChangeObject")),
                Arguments.of("amount with exponent", RejectionTest.replace(RejectionTest.WITH_MONEY, "\"100000.00\"", "\"1e5\"")),
                Arguments.of("lower-case currency", RejectionTest.replace(RejectionTest.WITH_MONEY, "\"EUR\"", "\"eur\"")),
                Arguments.of("amount as number", RejectionTest.replace(RejectionTest.WITH_MONEY, "\"100000.00\"", "100000")),
                Arguments.of("period in weeks", RejectionTest.replace(RejectionTest.WITH_TERM, "\"P1Y\"", "\"P2W\"")),
                Arguments.of("end with both", RejectionTest.replace(RejectionTest.WITH_TERM, "\"end\":{\"date\":\"2022-12-31\"}",
                        "\"end\":{\"date\":\"2022-12-31\",\"duration\":\"P1Y\"}")),
                Arguments.of("string for integer", RejectionTest.replace(RejectionTest.WITH_PHASE, "\"number\":1", "\"number\":\"1\"")),
                Arguments.of("array root", "[]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    void theSchemaRejectsWhatTheReaderRejects(String rule, String json) throws Exception {
        assertThat(validate(json)).as(rule).isNotEmpty();
    }
}
