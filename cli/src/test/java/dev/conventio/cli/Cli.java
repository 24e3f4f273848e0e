package dev.conventio.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the real command line — the main's picocli setup — with captured streams. */
final class Cli {

    /** What a run printed and returned. */
    static final class Run {
        final int exitCode;
        final String out;
        final String err;

        Run(int exitCode, String out, String err) {
            this.exitCode = exitCode;
            this.out = out;
            this.err = err;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private Cli() {
    }

    /** Runs with empty standard input, standard error not a terminal. */
    static Run run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), false, args);
    }

    /** Runs with the given standard input. */
    static Run withStdin(String stdin, String... args) {
        return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false, args);
    }

    /** Runs as if standard error were a terminal, or not. */
    static Run run(InputStream stdin, boolean stderrIsTerminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Conventio.commandLine(stdin, stderrIsTerminal, new PrintWriter(out), new PrintWriter(err),
                args).execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** A document of src/test/resources/documents, as text. */
    static String document(String name) {
        try (InputStream in = Cli.class.getResourceAsStream("/documents/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a document of src/test/resources/documents, or text, to a file of a directory. */
    static Path write(Path directory, String file, String text) {
        try {
            Path path = directory.resolve(file);
            Files.createDirectories(path.getParent());
            return Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
