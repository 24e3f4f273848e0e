package dev.conventio.format.codec;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.convention.Convention;
import dev.conventio.format.DocumentKind;
import dev.conventio.format.FormatVersions;
import dev.conventio.format.RejectionCode;
import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.History;
import java.io.IOException;
import java.util.Objects;

/**
 * Reads and writes one kind of document over a {@link TokenSource} and a {@link TokenSink}: the
 * codec's entry point for the adapters. Every document is an object whose first member is
 * {@code formatVersion}; from version 2 on, its second is {@code document}, the kind's wire name;
 * then come the members of its value. Unsupported: for the adapter modules only.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T>  the type of value the document holds
 */
public final class DocumentCodec<T> {

    /** Convention documents. */
    public static final DocumentCodec<Convention> CONVENTION = new DocumentCodec<>(DocumentKind.CONVENTION,
            Convention.class, ConventionCodec.CONVENTION);

    /** Amendment documents: an amendment record, recorded or unrecorded. */
    public static final DocumentCodec<AmendmentRecord> AMENDMENT = new DocumentCodec<>(DocumentKind.AMENDMENT,
            AmendmentRecord.class, AmendmentCodecs.RECORD);

    /** Amendment documents read as a recorded amendment only: for a reader asking for that type. */
    public static final DocumentCodec<Amendment> RECORDED_AMENDMENT = new DocumentCodec<>(DocumentKind.AMENDMENT,
            Amendment.class, AmendmentCodecs.RECORD.only(Amendment.class));

    /** Amendment documents read as an unrecorded amendment only: for a reader asking for that type. */
    public static final DocumentCodec<UnrecordedAmendment> UNRECORDED_AMENDMENT = new DocumentCodec<>(
            DocumentKind.AMENDMENT, UnrecordedAmendment.class, AmendmentCodecs.RECORD.only(UnrecordedAmendment.class));

    /** History documents. */
    public static final DocumentCodec<History> HISTORY = new DocumentCodec<>(DocumentKind.HISTORY, History.class,
            HistoryCodec.HISTORY);

    /** Consolidated views: written, never read. */
    public static final DocumentCodec<ConsolidatedConvention> CONSOLIDATED = new DocumentCodec<>(
            DocumentKind.CONSOLIDATED, ConsolidatedConvention.class, ConsolidatedCodec.VIEW);

    /** The name of a document's own members, formatVersion and document, in docs/format-2.md. */
    static final String DOCUMENT = "document";

    private final DocumentKind kind;
    private final Class<T> type;
    private final MembersCodec<T> members;

    private DocumentCodec(DocumentKind kind, Class<T> type, MembersCodec<T> members) {
        this.kind = kind;
        this.type = type;
        this.members = members;
    }

    /**
     * Gets the kind of document.
     *
     * @return the kind, never null
     */
    public DocumentKind kind() {
        return kind;
    }

    /**
     * Gets the type of value the document holds.
     *
     * @return the type, never null
     */
    public Class<T> type() {
        return type;
    }

    /**
     * Reads a whole input as one document: its root value, then nothing else. The JSON is judged
     * first: malformed text, trailing content and broken limits win over any other problem, even one
     * found earlier, which the rest of the input is read for.
     *
     * @param source  the input, before its first token, not null
     * @return the value, never null
     * @throws Rejection if the document is rejected, for any reason
     * @throws IOException if the input fails
     */
    public T readInput(TokenSource source) throws IOException {
        return readInput(source, null);
    }

    /**
     * Reads a whole input as {@link #readInput(TokenSource)} does, without noting where each value
     * starts: what locates a violation of the model, and was 30 % of what a valid 4 KB document
     * allocated (BENCHMARKS.md).
     * For an input that can be read again: when the document is rejected for a reason that needs
     * a position this reading did not note, it returns null, and the caller reads the input again
     * with {@link #readInput(TokenSource)}, which gives the rejection its line and column. Any
     * other rejection is the same, at the same place, as that reading's.
     *
     * @param source  the input, before its first token, not null
     * @return the value, or null when the input must be read again to be located
     * @throws Rejection if the document is rejected at a place this reading knows
     * @throws IOException if the input fails
     */
    public T readInputQuickly(TokenSource source) throws IOException {
        try {
            return readInput(source, null, false);
        } catch (Reader.PositionsNeeded e) {
            return null;
        }
    }

    /** Reads a whole input, telling an observer of each member read: for the codec's tests. */
    T readInput(TokenSource source, Reader.MemberObserver observer) throws IOException {
        return readInput(source, observer, true);
    }

    private T readInput(TokenSource source, Reader.MemberObserver observer, boolean locating) throws IOException {
        Reader in = new Reader(source, observer, locating);
        if (source.next() == null) {
            throw in.reject(RejectionCode.MALFORMED_JSON, "the input holds no JSON value", "", source.location());
        }
        return readToEnd(in);
    }

    /** Reads the document at the current token, the input's first, and checks nothing follows it. */
    private T readToEnd(Reader in) throws IOException {
        T value;
        try {
            value = read(in);
        } catch (Rejection e) {
            if (e.code().kind() != RejectionCode.Kind.JSON) {
                requireEndOfInput(in);
            }
            throw e;
        }
        requireEndOfInput(in);
        return value;
    }

    /** Reads what remains of the root value and checks nothing follows it. */
    private static void requireEndOfInput(Reader in) throws IOException {
        while (!in.source().inRoot()) {
            in.next();
        }
        if (in.next() != null) {
            throw in.reject(RejectionCode.TRAILING_CONTENT, "the document goes on after its root value");
        }
    }

    /**
     * Reads the document that starts at the current token, ending on its last token: a document
     * inside an application's own.
     *
     * @param source  the input, on the document's first token, not null
     * @return the value, never null
     * @throws Rejection if the document is rejected, for any reason
     * @throws IOException if the input fails
     */
    public T readValue(TokenSource source) throws IOException {
        return read(new Reader(source));
    }

    /**
     * Reads the document that starts at the current token, as {@link #readValue}, or — when it is
     * the whole input, as a Jackson module's is when the mapper fails on trailing tokens — as
     * {@link #readInput} does from its first token on: nothing may follow it, and malformed text,
     * trailing content and broken limits win over any other problem.
     *
     * @param source  the input, on the document's first token, not null
     * @param wholeInput  whether the document is the whole input, from its first token to its end
     * @return the value, never null
     * @throws Rejection if the document is rejected, for any reason
     * @throws IOException if the input fails
     */
    public T readValue(TokenSource source, boolean wholeInput) throws IOException {
        return wholeInput ? readToEnd(new Reader(source, null)) : readValue(source);
    }

    private T read(Reader in) throws IOException {
        if (!kind.isReadable()) {
            throw new UnsupportedOperationException(kind.wireName() + " documents are written, not read");
        }
        ObjectReading reading = in.object(null);
        reading.leading(Names.FORMAT_VERSION, RejectionCode.FORMAT_VERSION_MISSING,
                "a document starts with its formatVersion");
        in.observe(DOCUMENT, Names.FORMAT_VERSION.text());
        int version = in.integer();
        if (!FormatVersions.isRead(version)) {
            throw in.reject(RejectionCode.FORMAT_VERSION_UNSUPPORTED, "this reader knows format versions "
                    + FormatVersions.OLDEST + " to " + FormatVersions.LATEST + ", the document has version " + version);
        }
        in.version(version);
        if (version >= 2) {
            reading.leading(Names.DOCUMENT, RejectionCode.DOCUMENT_KIND_MISSING,
                    "a document of version " + version + " names its kind right after formatVersion");
            in.observe(DOCUMENT, Names.DOCUMENT.text());
            String named = in.text();
            if (!named.equals(kind.wireName())) {
                throw in.reject(RejectionCode.DOCUMENT_KIND_MISMATCH, "this is read as a " + kind.wireName()
                        + " document, the document names '" + Reader.abbreviate(named) + "'");
            }
        }
        T value = members.readMembers(in, reading);
        in.throwViolations();
        return value;
    }

    /**
     * Writes a value as a document of the version writers write, {@link FormatVersions#WRITTEN}.
     *
     * @param value  the value, not null
     * @param sink  the output, not null
     * @throws IOException if the output fails
     */
    public void write(T value, TokenSink sink) throws IOException {
        write(value, sink, FormatVersions.WRITTEN);
    }

    /**
     * Writes a value as a document of a given version: the switch that tests use to write version 2
     * before writers do.
     *
     * @param value  the value, not null
     * @param sink  the output, not null
     * @param version  a version that readers read
     * @throws IOException if the output fails
     * @throws IllegalArgumentException if readers do not read that version
     */
    public void write(T value, TokenSink sink, int version) throws IOException {
        write(value, sink, version, null);
    }

    /** Writes a value, telling an observer of each member written: for the codec's tests. */
    void write(T value, TokenSink sink, int version, Reader.MemberObserver observer) throws IOException {
        Objects.requireNonNull(value, "value");
        if (!FormatVersions.isRead(version)) {
            throw new IllegalArgumentException("no format version " + version);
        }
        Writer out = new Writer(sink, version, observer);
        sink.startObject();
        sink.name(Names.FORMAT_VERSION);
        sink.integer(version);
        out.observe(DOCUMENT, Names.FORMAT_VERSION.text());
        if (version >= 2) {
            sink.name(Names.DOCUMENT);
            sink.string(kind.wireName());
            out.observe(DOCUMENT, Names.DOCUMENT.text());
        }
        members.writeMembers(out, value);
        sink.endObject();
    }

    /** The members after the leading ones, for the codec's tests. */
    MembersCodec<T> members() {
        return members;
    }

    @Override
    public String toString() {
        return kind.wireName();
    }
}
