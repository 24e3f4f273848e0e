package dev.conventio.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The three benchmark documents, checked in under {@code benchmarks/src/main/resources/documents}
 * and written by the library from {@link Conventions#of(Document)} (see {@link DocumentGenerator}).
 */
public enum Document {
    /** About 1 KB: two parties, one phase, one contribution. */
    SMALL("small.json", "1 KB"),
    /** About 4 KB: the reference convention's shape, with every optional element. */
    MEDIUM("medium.json", "4 KB"),
    /** About 32 KB: eight parties, eight phases, 24 contributions with schedules. */
    LARGE("large.json", "32 KB");

    private final String file;
    private final String label;
    private byte[] bytes;

    Document(String file, String label) {
        this.file = file;
        this.label = label;
    }

    /**
     * Gets the file name under {@code documents/}.
     *
     * @return the file name, never null
     */
    public String file() {
        return file;
    }

    /**
     * Gets the nominal size, for tables.
     *
     * @return the label, such as {@code 4 KB}, never null
     */
    public String label() {
        return label;
    }

    /**
     * Gets the bytes of the checked-in document; callers must not change the array.
     *
     * @return the UTF-8 bytes, never null
     */
    public synchronized byte[] bytes() {
        if (bytes == null) {
            bytes = resource("documents/" + file);
        }
        return bytes;
    }

    /**
     * Gets the size of the document.
     *
     * @return the number of bytes
     */
    public int size() {
        return bytes().length;
    }

    static byte[] resource(String path) {
        try (InputStream in = Document.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path
                        + ": regenerate the documents with DocumentGenerator");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
