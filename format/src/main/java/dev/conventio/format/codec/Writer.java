package dev.conventio.format.codec;

/**
 * One writing of one document to a {@link TokenSink}, in one version of the format.
 *
 * <p>Not thread-safe: one instance per write.
 */
final class Writer {

    private final TokenSink sink;
    private final int version;

    Writer(TokenSink sink, int version) {
        this.sink = sink;
        this.version = version;
    }

    TokenSink sink() {
        return sink;
    }

    /** The version of the document being written. */
    int version() {
        return version;
    }
}
