package dev.conventio.examples.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The public API of each published module is the one its golden list states: a type or a member
 * added, removed or changed in an exported package fails here until the list says so, so that
 * every change of the API is deliberate and shows in review. To accept the current API, run
 * {@code ./mvnw -pl examples -am verify -Dconventio.api.update=true} and commit the lists.
 */
class PublicApiTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "api");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "conventio-core, dev.conventio.convention.Convention",
        "conventio-format, dev.conventio.format.RejectionCode",
        "conventio-serialization, dev.conventio.serialization.ConventioJson",
        "conventio-jackson3, dev.conventio.jackson3.ConventioJackson3Module",
        "conventio-opendata, dev.conventio.opendata.export.ScdlExport",
        "conventio-testkit, dev.conventio.testkit.Gen",
        "conventio-render, dev.conventio.render.ConsolidatedHtml"})
    void thePublicApiIsTheGoldenList(String module, String anyClass) throws Exception {
        List<String> actual = PublicApi.of(Class.forName(anyClass));
        Path golden = GOLDEN.resolve(module + ".txt");
        if (Boolean.getBoolean("conventio.api.update")) {
            Files.createDirectories(GOLDEN);
            Files.write(golden, actual, StandardCharsets.UTF_8);
        }
        List<String> expected = Files.exists(golden) ? Files.readAllLines(golden, StandardCharsets.UTF_8) : List.of();
        List<String> added = new ArrayList<>(actual);
        added.removeAll(expected);
        List<String> removed = new ArrayList<>(expected);
        removed.removeAll(actual);
        assertThat(added).as("API of " + module + " not in " + golden + " (run with -Dconventio.api.update=true to"
                + " accept it)").isEmpty();
        assertThat(removed).as("API of " + module + " in " + golden + " but gone").isEmpty();
        assertThat(actual).as("classes of " + module + " found").isNotEmpty();
    }
}
