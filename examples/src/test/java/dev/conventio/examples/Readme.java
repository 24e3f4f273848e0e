package dev.conventio.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's README, which the tests keep in step with the code it shows. */
public final class Readme {

    private Readme() {
    }

    /**
     * Reads the README; tests run in the examples module's folder, beside the repository root.
     *
     * @return the README's text
     * @throws IOException if it cannot be read
     */
    public static String text() throws IOException {
        return Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    }
}
