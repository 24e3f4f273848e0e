package dev.conventio.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A document to read: a file, or standard input for {@code -}.
 *
 * <p>A document is read into memory up to the reader's own document limit, 16 MiB; past it the
 * first 16 MiB are kept for {@link DocumentKind#of} and the reader is handed a stream over the
 * whole, which it rejects with {@code json.limit-exceeded} without the rest ever being held in memory.
 */
final class Source {

    /** The reader's limit on the length of a document, {@code ConventioJson.readConstraints()}. */
    static final int MAX_BYTES = 16 << 20;

    private final String name;
    private final Path path;
    private final InputStream stdin;

    private Source(String name, Path path, InputStream stdin) {
        this.name = name;
        this.path = path;
        this.stdin = stdin;
    }

    /** A file, named as the user named it. */
    static Source file(String name, Path path) {
        return new Source(Objects.requireNonNull(name, "name"), Objects.requireNonNull(path, "path"), null);
    }

    /** Standard input, named {@code <stdin>}. */
    static Source stdin(InputStream stdin) {
        return new Source("<stdin>", null, Objects.requireNonNull(stdin, "stdin"));
    }

    /** The name to report the document under. */
    String name() {
        return name;
    }

    /** Opens the document: its bytes, or the first {@link #MAX_BYTES} and a stream over all of them. */
    Input open() throws IOException {
        if (path != null && Files.isRegularFile(path) && Files.size(path) <= MAX_BYTES) {
            return new Input(Files.readAllBytes(path), null);
        }
        InputStream in = path != null ? Files.newInputStream(path) : stdin;
        byte[] head = in.readNBytes(MAX_BYTES + 1);
        if (head.length <= MAX_BYTES) {
            if (path != null) {
                in.close();
            }
            return new Input(head, null);
        }
        return new Input(head, new SequenceInputStream(new ByteArrayInputStream(head), in));
    }

    @Override
    public String toString() {
        return name;
    }

    /** The bytes of a document: whole, or the first ones and a stream over the whole. */
    static final class Input {

        private final byte[] head;
        private final InputStream whole;

        Input(byte[] head, InputStream whole) {
            this.head = head;
            this.whole = whole;
        }

        /** The document's bytes, or its first {@link #MAX_BYTES} + 1 when it is longer. */
        byte[] head() {
            return head;
        }

        /** Whether {@link #head()} is the whole document. */
        boolean isComplete() {
            return whole == null;
        }

        /** A stream over the whole document, when it is not complete. */
        InputStream whole() {
            return whole;
        }
    }
}
