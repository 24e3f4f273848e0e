package dev.conventio.format.codec;

/**
 * One writing of one document to a {@link TokenSink}, in one version of the format.
 *
 * <p>Not thread-safe: one instance per write.
 */
final class Writer {

    private final TokenSink sink;
    private final int version;
    private final Reader.MemberObserver observer;

    Writer(TokenSink sink, int version, Reader.MemberObserver observer) {
        this.sink = sink;
        this.version = version;
        this.observer = observer;
    }

    /** Tells the observer, if any, of a member written; the pointer is the sink's, if it knows it. */
    void observe(String object, String member) {
        if (observer != null) {
            observer.member(object, member, sink instanceof PointerAware ? ((PointerAware) sink).pointer() : "");
        }
    }

    /** A sink that knows the JSON Pointer of what it writes, as a test's may. */
    interface PointerAware {
        String pointer();
    }

    TokenSink sink() {
        return sink;
    }

    /** The version of the document being written. */
    int version() {
        return version;
    }
}
