package dev.conventio.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example documents under {@code documents/}: each is exactly what the library writes for its
 * value (a golden file: a change of the format shows up here), and reads back to that value.
 */
class ExampleDocumentsTest {

    /** Each example document, by file name, with its kind and value. */
    static final Map<String, Object[]> EXAMPLES = Map.of(
            "convention.json", new Object[] {JsonDocument.CONVENTION, Samples.convention(), ConventioJson.pretty()},
            "minimal-convention.json", new Object[] {JsonDocument.CONVENTION, Samples.minimalConvention(), ConventioJson.compact()},
            "amendment.json", new Object[] {JsonDocument.AMENDMENT, Samples.amendment(), ConventioJson.pretty()},
            "unrecorded-amendment.json", new Object[] {JsonDocument.AMENDMENT, Samples.unrecorded(), ConventioJson.pretty()},
            "history.json", new Object[] {JsonDocument.HISTORY, Samples.history(), ConventioJson.pretty()});

    static Path directory() throws URISyntaxException {
        return Path.of(ExampleDocumentsTest.class.getResource("/documents").toURI());
    }

    static List<Path> documents() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(directory())) {
            return files.sorted().collect(Collectors.toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    @SuppressWarnings("unchecked")
    <T> void eachDocumentIsWhatTheLibraryWritesAndReadsBackToItsValue(Path file) throws Exception {
        Object[] example = EXAMPLES.get(file.getFileName().toString());
        assertThat(example).as("every document has its value").isNotNull();
        JsonDocument<T> document = (JsonDocument<T>) example[0];
        T value = (T) example[1];
        ConventioJson json = (ConventioJson) example[2];
        String text = Files.readString(file);
        assertThat(json.write(document, value)).isEqualTo(text);
        assertThat(json.read(document, file)).isEqualTo(value);
        assertThat(json.write(document, json.read(document, text))).isEqualTo(text);
    }
}
