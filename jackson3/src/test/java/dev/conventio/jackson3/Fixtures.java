package dev.conventio.jackson3;

import dev.conventio.format.DocumentKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The format's version-1 fixtures, read where {@code conventio-format} keeps them (tests run in
 * this module's folder, beside the repository's root): documents of every kind, compact and pretty,
 * as the library writes them.
 */
final class Fixtures {

    static final Path DIRECTORY = Path.of("..", "format", "src", "test", "resources", "dev", "conventio", "format",
            "fixtures", "v1");

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

    static List<Fixture> all() {
        try {
            List<Fixture> fixtures = new ArrayList<>();
            for (String line : Files.readAllLines(DIRECTORY.resolve("MANIFEST"))) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(" ");
                fixtures.add(new Fixture(fields[2], DocumentKind.ofWireName(fields[1]).orElseThrow(),
                        Files.readString(DIRECTORY.resolve(fields[2]))));
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
