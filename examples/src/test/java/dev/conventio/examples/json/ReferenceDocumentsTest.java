package dev.conventio.examples.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.examples.ReferenceConvention;
import dev.conventio.examples.ReferenceHistory;
import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.JsonDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reference convention of the seed document, its Avenant n° 2 and its history as JSON files
 * under {@code json/}: each file is what the library writes, and reads back equal to the value.
 */
class ReferenceDocumentsTest {

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("convention.json", JsonDocument.CONVENTION, ReferenceConvention.convention()),
                Arguments.of("avenant-2-draft.json", JsonDocument.AMENDMENT, ReferenceConvention.avenant2Draft()),
                Arguments.of("avenant-2-signed.json", JsonDocument.AMENDMENT, ReferenceConvention.avenant2Signed()),
                Arguments.of("history.json", JsonDocument.HISTORY, ReferenceHistory.asSigned()));
    }

    static Path file(String name) throws Exception {
        return Path.of(ReferenceDocumentsTest.class.getResource("/json/" + name).toURI());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    <T> void theFileIsWhatTheLibraryWrites(String name, JsonDocument<T> document, T value) throws Exception {
        assertThat(Files.readString(file(name))).isEqualTo(ConventioJson.pretty().write(document, value));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    <T> void theFileReadsBackEqualToTheValue(String name, JsonDocument<T> document, T value) throws Exception {
        assertThat(ConventioJson.pretty().read(document, file(name))).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    <T> void writingTheValueReadFromTheFileGivesTheFile(String name, JsonDocument<T> document, T value) throws Exception {
        String text = Files.readString(file(name));
        assertThat(ConventioJson.pretty().write(document, ConventioJson.pretty().read(document, text))).isEqualTo(text);
    }
}
