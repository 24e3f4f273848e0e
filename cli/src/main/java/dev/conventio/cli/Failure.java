package dev.conventio.cli;

import java.util.List;

/**
 * Ends a command with an exit code and the lines to print on standard error: a document that cannot
 * be read, or is of the wrong kind for the command.
 */
final class Failure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final transient List<String> lines;

    Failure(int exitCode, List<String> lines) {
        super(String.join("\n", lines), null, false, false);
        this.exitCode = exitCode;
        this.lines = List.copyOf(lines);
    }

    /** A usage or I/O error, exit code 2, with one line. */
    static Failure error(String line) {
        return new Failure(Conventio.ERROR, List.of("conventio: " + line));
    }

    /** The exit code the command ends with. */
    int exitCode() {
        return exitCode;
    }

    /** The lines to print on standard error. */
    List<String> lines() {
        return lines;
    }
}
