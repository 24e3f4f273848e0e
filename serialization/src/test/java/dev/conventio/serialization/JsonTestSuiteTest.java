package dev.conventio.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.conventio.format.RejectionCode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nicolas Seriot's JSONTestSuite parsing corpus (MIT, see {@code JSONTestSuite/LICENSE}): none of its
 * files is a convention, so each must be answered with the module's exception, quickly; the files
 * that are not JSON ({@code n_}) as JSON problems, never as format or domain ones.
 */
class JsonTestSuiteTest {

    /**
     * The malformed files whose first problem is not a syntax error: a second root value, and
     * unclosed nesting that breaks the depth limit before the end of input can show it is unclosed.
     */
    private static final Map<String, RejectionCode> NOT_PLAIN_SYNTAX_ERRORS = Map.of(
            "n_structure_double_array.json", RejectionCode.TRAILING_CONTENT,
            "n_structure_object_with_trailing_garbage.json", RejectionCode.TRAILING_CONTENT,
            "n_structure_100000_opening_arrays.json", RejectionCode.LIMIT_EXCEEDED,
            "n_structure_open_array_object.json", RejectionCode.LIMIT_EXCEEDED);

    static List<Path> files() throws IOException, URISyntaxException {
        Path directory = Path.of(JsonTestSuiteTest.class.getResource("/JSONTestSuite/test_parsing").toURI());
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().collect(Collectors.toList());
        }
    }

    @Test
    void theCorpusIsComplete() throws Exception {
        List<String> names = files().stream().map(file -> file.getFileName().toString()).collect(Collectors.toList());
        assertThat(names).hasSize(318);
        assertThat(names).filteredOn(name -> name.startsWith("y_")).hasSize(95);
        assertThat(names).filteredOn(name -> name.startsWith("n_")).hasSize(188);
        assertThat(names).filteredOn(name -> name.startsWith("i_")).hasSize(35);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyFileIsRejectedWithTheModulesException(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> catchThrowable(() -> ConventioJson.compact().read(JsonDocument.CONVENTION, bytes)));
        assertThat(thrown).isExactlyInstanceOf(ConventioJsonException.class);
        ConventioJsonException rejection = (ConventioJsonException) thrown;
        String name = file.getFileName().toString();
        if (name.startsWith("n_")) {
            assertThat(rejection.code().kind()).as(rejection.getMessage()).isEqualTo(RejectionCode.Kind.JSON);
            assertThat(rejection.code()).as(rejection.getMessage())
                    .isEqualTo(NOT_PLAIN_SYNTAX_ERRORS.getOrDefault(name, RejectionCode.MALFORMED_JSON));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyFileIsRejectedTheSameWayFromBytesAndFromAStream(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ConventioJsonException fromBytes = (ConventioJsonException) catchThrowable(
                () -> ConventioJson.compact().read(JsonDocument.AMENDMENT, bytes));
        ConventioJsonException fromFile = (ConventioJsonException) catchThrowable(
                () -> ConventioJson.compact().read(JsonDocument.AMENDMENT, file));
        assertThat(fromFile.code()).isEqualTo(fromBytes.code());
        assertThat(fromFile.pointer()).isEqualTo(fromBytes.pointer());
    }
}
