package dev.conventio.serialization;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.convention.Convention;
import dev.conventio.format.DocumentKind;
import dev.conventio.format.RejectionCode;
import dev.conventio.format.codec.DocumentCodec;
import dev.conventio.format.codec.Rejection;
import dev.conventio.history.History;
import java.io.IOException;
import java.util.Objects;

/**
 * A kind of document of the format, and the type of value it holds: what to read a document as, and
 * what to write a value as.
 *
 * <pre>{@code
 * Convention convention = ConventioJson.compact().read(JsonDocument.CONVENTION, json);
 * }</pre>
 *
 * <p>Every document is a JSON object that starts with {@code formatVersion}; see {@code docs/format.md}
 * and the schema ({@link ConventioJson#schema()}) for the members of each kind.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T>  the type of value the document holds
 *
 * @since 0.1
 */
public final class JsonDocument<T> {

    /** A convention: {@code {"formatVersion": 1, "reference": …, "parties": […], …}}. */
    public static final JsonDocument<Convention> CONVENTION = new JsonDocument<>(DocumentCodec.CONVENTION);

    /**
     * An amendment, recorded ({@code "type": "amendment"}) or known only by its number
     * ({@code "type": "unrecorded-amendment"}).
     */
    public static final JsonDocument<AmendmentRecord> AMENDMENT = new JsonDocument<>(DocumentCodec.AMENDMENT);

    /**
     * A history: {@code {"formatVersion": 1, "base": {convention}, "amendments": [records]}}. Reading
     * checks the amendment rules; the history read has no policies, which are code, not data.
     */
    public static final JsonDocument<History> HISTORY = new JsonDocument<>(DocumentCodec.HISTORY);

    /** An amendment document read as a recorded amendment: for the module, when asked for that type. */
    static final JsonDocument<Amendment> RECORDED_AMENDMENT = new JsonDocument<>(DocumentCodec.RECORDED_AMENDMENT);

    /** An amendment document read as an unrecorded amendment: for the module, when asked for that type. */
    static final JsonDocument<UnrecordedAmendment> UNRECORDED_AMENDMENT = new JsonDocument<>(
            DocumentCodec.UNRECORDED_AMENDMENT);

    private final DocumentCodec<T> codec;

    private JsonDocument(DocumentCodec<T> codec) {
        this.codec = codec;
    }

    /**
     * Gets the type of value this document holds.
     *
     * @return the type, never null
     */
    public Class<T> type() {
        return codec.type();
    }

    /**
     * Gets the kind of document, as the format names it.
     *
     * @return the kind, never null
     */
    public DocumentKind kind() {
        return codec.kind();
    }

    DocumentCodec<T> codec() {
        return codec;
    }

    /**
     * Reads the whole input of a parser as this document, noting where each value starts, and
     * closes the parser.
     *
     * @param bytes  whether the input is bytes, which must then be UTF-8
     */
    T read(JsonParser parser, boolean bytes) throws IOException {
        try (parser) {
            return readInput(source(parser, bytes));
        }
    }

    /**
     * Reads an in-memory document without noting where each value starts, which only a violation
     * of the model needs, and again, noting them, when one does: a valid document, by far the
     * common case, is read once.
     *
     * @param opening  opens a parser on the document, each time it is called
     * @param bytes  whether the input is bytes, which must then be UTF-8
     */
    T readTwice(JacksonFactory.Io<JsonParser> opening, boolean bytes) throws IOException {
        try (JsonParser parser = JacksonFactory.open(opening)) {
            T value = readInputQuickly(source(parser, bytes));
            if (value != null) {
                return value;
            }
        }
        return read(JacksonFactory.open(opening), bytes);
    }

    private static JacksonTokenSource source(JsonParser parser, boolean bytes) throws ConventioJsonException {
        JacksonTokenSource source = new JacksonTokenSource(parser);
        if (bytes && !(parser instanceof UTF8StreamJsonParser)) {
            throw source.exception(Rejection.of(RejectionCode.MALFORMED_JSON, "a document is UTF-8 (RFC 8259), "
                    + "this is UTF-16 or UTF-32", source.pointer(), source.tokenLocation(), null));
        }
        return source;
    }

    /** Reads the whole input of a parser as this document, nothing after it. */
    private T readInput(JacksonTokenSource source) throws IOException {
        try {
            return codec.readInput(source);
        } catch (Rejection e) {
            throw source.exception(e);
        }
    }

    /**
     * Reads the whole input as {@link #readInput}, without noting positions: null when the input
     * must be read again with {@link #readInput} to locate its rejection.
     */
    private T readInputQuickly(JacksonTokenSource source) throws IOException {
        try {
            return codec.readInputQuickly(source);
        } catch (Rejection e) {
            throw source.exception(e);
        }
    }

    /**
     * Reads the value that starts at the parser's current token; ends on its last token or, when it
     * is the whole input, at the end of the input.
     */
    T readValue(JsonParser parser, boolean wholeInput) throws IOException {
        JacksonTokenSource source = new JacksonTokenSource(parser);
        try {
            return codec.readValue(source, wholeInput);
        } catch (Rejection e) {
            throw source.exception(e);
        }
    }

    /** Writes the value as a document of the version writers write. */
    void write(T value, JsonGenerator generator) throws IOException {
        Objects.requireNonNull(value, "value");
        codec.write(value, new JacksonTokenSink(generator));
    }

    /**
     * Returns the name of this kind of document, such as {@code convention}.
     *
     * @return the name, never null
     */
    @Override
    public String toString() {
        return codec.kind().wireName();
    }
}
