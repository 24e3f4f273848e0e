package dev.conventio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the kind of a document is found, in the one place that knows. */
class DocumentKindTest {

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource(delimiter = '|', value = {
        // Version 1: by shape.
        "{\"formatVersion\": 1, \"base\": {}, \"amendments\": []}        | history",
        "{\"formatVersion\": 1, \"amendments\": [], \"base\": {}}        | history",
        "{\"formatVersion\": 1, \"type\": \"amendment\", \"number\": 2}  | amendment",
        "{\"formatVersion\": 1, \"number\": 1, \"type\": \"x\"}          | amendment",
        "{\"formatVersion\": 1, \"reference\": \"R\", \"parties\": []}   | convention",
        "{\"formatVersion\": 1, \"reference\": {\"base\": 1}}            | convention",
        "{}                                                              | convention",
        // Version 2: by name, whatever the shape.
        "{\"formatVersion\": 2, \"document\": \"history\", \"type\": 1}  | history",
        "{\"formatVersion\": 2, \"document\": \"amendment\"}             | amendment",
        "{\"formatVersion\": 2, \"document\": \"convention\", \"base\": 1} | convention",
        "{\"formatVersion\": 2, \"document\": \"other\", \"base\": 1}    | history",
        // Not an object, or not JSON: read as a convention, whose reader says what is wrong.
        "[1, 2]                                                          | convention",
        "{\"formatVersion\": 1, \"reference\":                           | convention",
        "''                                                              | convention",
    })
    void theKindIsNamedOrRecognisedByShape(String json, String kind) {
        assertThat(DocumentKind.of(json.getBytes(StandardCharsets.UTF_8)).id()).isEqualTo(kind);
        assertThat(DocumentKind.of(json.getBytes(StandardCharsets.UTF_8))).hasToString(kind);
    }
}
