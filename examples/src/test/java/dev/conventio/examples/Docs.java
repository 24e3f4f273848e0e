package dev.conventio.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's README and the pages of {@code docs/}, which the tests keep in step with the code they show. */
public final class Docs {

    private Docs() {
    }

    /**
     * Reads the README; tests run in the examples module's folder, beside the repository root.
     *
     * @return the README's text
     * @throws IOException if it cannot be read
     */
    public static String readme() throws IOException {
        return Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    }

    /**
     * Reads a page of {@code docs/}.
     *
     * @param page  the file name, such as {@code codes.md}
     * @return the page's text
     * @throws IOException if it cannot be read
     */
    public static String page(String page) throws IOException {
        return Files.readString(Path.of("..", "docs", page), StandardCharsets.UTF_8);
    }
}
