package dev.conventio.cli;

import dev.conventio.history.History;
import dev.conventio.serialization.ConventioJsonException;
import dev.conventio.validation.Violation;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/** What validating one input found: valid, invalid with its problems, or an error that stopped it. */
final class Outcome {

    /** The three verdicts, by their names in the JSON report. */
    enum Status {
        /** The document was read: it is valid. */
        VALID("valid"),
        /** The document was rejected: it has problems. */
        INVALID("invalid"),
        /** The input could not be read (a missing file, a directory that cannot be walked). */
        ERROR("error");

        private final String id;

        Status(String id) {
            this.id = id;
        }

        /** The name in the JSON report. */
        String id() {
            return id;
        }
    }

    private final String file;
    private final Status status;
    private final DocumentKind kind;
    private final List<Problem> problems;
    private final List<Violation> undetermined;
    private final String error;

    private Outcome(String file, Status status, DocumentKind kind, List<Problem> problems,
            List<Violation> undetermined, String error) {
        this.file = Objects.requireNonNull(file, "file");
        this.status = status;
        this.kind = kind;
        this.problems = List.copyOf(problems);
        this.undetermined = List.copyOf(undetermined);
        this.error = error;
    }

    /** An input that could not be read. */
    static Outcome error(String file, String error) {
        return new Outcome(file, Status.ERROR, null, List.of(), List.of(), error);
    }

    /** Reads a document and says what was found; never throws for what the document or its file holds. */
    static Outcome of(Source source) {
        DocumentKind kind = null;
        try {
            Source.Input input = source.open();
            kind = DocumentKind.of(input.head());
            Object value = kind.read(input);
            List<Violation> undetermined = value instanceof History ? ((History) value).undetermined() : List.of();
            return new Outcome(source.name(), Status.VALID, kind, List.of(), undetermined, null);
        } catch (ConventioJsonException e) {
            return new Outcome(source.name(), Status.INVALID, kind, Problem.of(e), List.of(), null);
        } catch (IOException e) {
            return error(source.name(), describe(e));
        } catch (RuntimeException e) {
            // A bug of the reader: reported against its file, so that the other files are still judged.
            return error(source.name(), "internal error while reading: " + e);
        }
    }

    /** An I/O failure in words: "no such file" rather than the exception's class name. */
    static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return "cannot be read: " + (message == null ? e.getClass().getSimpleName() : message);
    }

    /** The name of the input, as the user gave it (or {@code <stdin>}). */
    String file() {
        return file;
    }

    /** The verdict. */
    Status status() {
        return status;
    }

    /** The kind the document was read as; null for an error. */
    DocumentKind kind() {
        return kind;
    }

    /** The problems, empty unless invalid. */
    List<Problem> problems() {
        return problems;
    }

    /**
     * The undetermined outcomes a valid history was accepted with (rules its facts cannot decide),
     * with their paths in the model; empty otherwise.
     */
    List<Violation> undetermined() {
        return undetermined;
    }

    /** What stopped the reading, for an error; null otherwise. */
    String error() {
        return error;
    }
}
