package dev.conventio.jackson3;

import dev.conventio.format.DocumentKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The format's fixtures, read where {@code conventio-format} keeps them (tests run in this
 * module's folder, beside the repository's root): version 1's, documents of every kind, compact and
 * pretty, which read forever; and version 2's, as the library writes them.
 */
final class Fixtures {

    static final Path FIXTURES = Path.of("..", "format", "src", "test", "resources", "dev", "conventio", "format",
            "fixtures");

    /** One fixture: its kind, the type it holds and its text. */
    record Fixture(String name, DocumentKind kind, String text) {

        Class<?> type() {
            return ConventioJackson3ModuleTest.type(kind);
        }

        boolean isPretty() {
            return text.startsWith("{\n");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private Fixtures() {
    }

    /** The version-1 fixtures. */
    static List<Fixture> all() {
        return all(1);
    }

    /** The fixtures of a version. */
    static List<Fixture> all(int version) {
        Path directory = FIXTURES.resolve("v" + version);
        try {
            List<Fixture> fixtures = new ArrayList<>();
            for (String line : Files.readAllLines(directory.resolve("MANIFEST"))) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(" ");
                fixtures.add(new Fixture(fields[2], DocumentKind.ofWireName(fields[1]).orElseThrow(),
                        Files.readString(directory.resolve(fields[2]))));
            }
            return fixtures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return all().stream().filter(fixture -> fixture.name().equals(name)).findFirst().orElseThrow().text();
    }
}
