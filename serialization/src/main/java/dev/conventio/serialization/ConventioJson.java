package dev.conventio.serialization;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.conventio.history.ConsolidatedConvention;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes documents of the format — conventions, amendments and histories — from and to
 * bytes, strings, streams and files, and writes consolidated views.
 *
 * <pre>{@code
 * ConventioJson json = ConventioJson.pretty();
 * String text = json.write(JsonDocument.CONVENTION, convention);
 * Convention same = json.read(JsonDocument.CONVENTION, text);
 * }</pre>
 *
 * <p>Reading is strict. Every rejection is a {@link ConventioJsonException} with a stable
 * {@linkplain RejectionCode code}; the JSON is judged first (malformed text, trailing content and
 * broken limits win over any other problem, even one met earlier), then the format, then the model.
 * The input must be UTF-8 (RFC 8259); read limits are {@link #readConstraints()}.
 *
 * <p>Writing gives the canonical form: members in a fixed order, absent optional values left out,
 * no other whitespace than the pretty form's two-space indents and line feeds. Reading a canonical
 * document and writing the value back gives the same bytes.
 *
 * <p>An instance holds one configured {@link JsonFactory} and keeps no other state: reads and writes
 * may run concurrently from any number of threads. This class is immutable and thread-safe.
 */
public final class ConventioJson {

    /** The version of the format this library writes, and the highest it reads. */
    public static final int FORMAT_VERSION = Format.VERSION;

    /** The name of the schema resource, beside this class. */
    static final String SCHEMA_RESOURCE = "conventio-format-1.schema.json";

    private static final StreamReadConstraints READ_CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(64)
            .maxNumberLength(20)
            .maxStringLength(1 << 20)
            .maxNameLength(64)
            .maxDocumentLength(16L << 20)
            .maxTokenCount(1_000_000L)
            .build();

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(READ_CONSTRAINTS)
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(64).build())
            .build();

    private static final DefaultPrettyPrinter PRETTY_PRINTER = prettyPrinter();

    private static final ConventioJson COMPACT = new ConventioJson(false);
    private static final ConventioJson PRETTY = new ConventioJson(true);

    private final boolean pretty;

    private ConventioJson(boolean pretty) {
        this.pretty = pretty;
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        // Line feeds whatever the platform, "name": value, and [] / {} when empty: one form everywhere.
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /**
     * Obtains the instance that writes compact documents, without any whitespace.
     *
     * @return the shared instance, never null
     */
    public static ConventioJson compact() {
        return COMPACT;
    }

    /**
     * Obtains the instance that writes pretty documents: two-space indents, one member or element a
     * line, line feeds, and a final line feed.
     *
     * @return the shared instance, never null
     */
    public static ConventioJson pretty() {
        return PRETTY;
    }

    /**
     * Gets the read limits of the facade, to apply to an application's own factory if wanted:
     * nesting 64, numbers 20 characters, strings 1 Mi characters, names 64 characters, documents
     * 16 MiB, 1 000 000 tokens.
     *
     * @return the constraints, never null
     */
    public static StreamReadConstraints readConstraints() {
        return READ_CONSTRAINTS;
    }

    /**
     * Gets the JSON Schema (draft 2020-12) of the format, a resource of this library.
     *
     * @return the location of the schema, never null
     */
    public static URL schema() {
        return Objects.requireNonNull(ConventioJson.class.getResource(SCHEMA_RESOURCE), SCHEMA_RESOURCE);
    }

    // ---- reading -------------------------------------------------------------------------------

    /**
     * Reads a document from UTF-8 bytes.
     *
     * @param <T>  the type of value
     * @param document  the kind of document, not null
     * @param json  the document, not null
     * @return the value, never null
     * @throws ConventioJsonException if the document is rejected, for any reason
     * @throws NullPointerException if an argument is null
     */
    public <T> T read(JsonDocument<T> document, byte[] json) throws ConventioJsonException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(json, "json");
        return inMemory(() -> read(document, openUtf8(() -> FACTORY.createParser(json)), true));
    }

    /**
     * Reads a document from a string.
     *
     * @param <T>  the type of value
     * @param document  the kind of document, not null
     * @param json  the document, not null
     * @return the value, never null
     * @throws ConventioJsonException if the document is rejected, for any reason
     * @throws NullPointerException if an argument is null
     */
    public <T> T read(JsonDocument<T> document, String json) throws ConventioJsonException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(json, "json");
        return inMemory(() -> read(document, FACTORY.createParser(json), false));
    }

    /**
     * Reads a document from a stream of UTF-8 bytes, to its end; the stream is closed.
     *
     * @param <T>  the type of value
     * @param document  the kind of document, not null
     * @param json  the document, not null
     * @return the value, never null
     * @throws ConventioJsonException if the document is rejected, for any reason
     * @throws IOException if the stream fails
     * @throws NullPointerException if an argument is null
     */
    public <T> T read(JsonDocument<T> document, InputStream json) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(json, "json");
        return read(document, openUtf8(() -> FACTORY.createParser(json)), true);
    }

    /**
     * Reads a document from a UTF-8 file.
     *
     * @param <T>  the type of value
     * @param document  the kind of document, not null
     * @param json  the file, not null
     * @return the value, never null
     * @throws ConventioJsonException if the document is rejected, for any reason
     * @throws IOException if the file cannot be read
     * @throws NullPointerException if an argument is null
     */
    public <T> T read(JsonDocument<T> document, Path json) throws IOException {
        Objects.requireNonNull(document, "document");
        return read(document, Files.newInputStream(Objects.requireNonNull(json, "json")));
    }

    /** Work on the parser or generator of an in-memory document. */
    @FunctionalInterface
    private interface Io<R> {
        R run() throws IOException;
    }

    /**
     * Runs the reading of an in-memory document: a {@link ConventioJsonException} is the document's
     * rejection; any other {@link IOException} cannot happen without a bug, and is not checked.
     */
    private static <R> R inMemory(Io<R> work) throws ConventioJsonException {
        try {
            return work.run();
        } catch (ConventioJsonException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
    }

    /** Runs the writing of an in-memory document, which cannot fail without a bug. */
    private static void writingInMemory(Io<?> work) {
        try {
            work.run();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }

    /**
     * Opens a parser on bytes, rejecting as malformed JSON the bytes that Jackson's encoding
     * detection refuses outright (UCS-4 in an unusual byte order): Jackson reports them with a
     * {@link CharConversionException} before any parser exists.
     */
    private static JsonParser openUtf8(Io<JsonParser> opening) throws IOException {
        try {
            return opening.run();
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            // Jackson checks the length of a byte array against the limit before any parser exists.
            throw new ConventioJsonException(RejectionCode.LIMIT_EXCEEDED, e.getOriginalMessage(), "",
                    new JsonLocation(ContentReference.unknown(), 0L, 1, 1), List.of(), e);
        } catch (CharConversionException e) {
            throw new ConventioJsonException(RejectionCode.MALFORMED_JSON, "a document is UTF-8 (RFC 8259), "
                    + "this is not: " + e.getMessage(), "", new JsonLocation(ContentReference.unknown(), 0L, 1, 1),
                    List.of(), e);
        }
    }

    private static <T> T read(JsonDocument<T> document, JsonParser parser, boolean bytes) throws IOException {
        try (parser) {
            JsonInput in = new JsonInput(parser);
            if (bytes && !(parser instanceof UTF8StreamJsonParser)) {
                throw in.reject(RejectionCode.MALFORMED_JSON, "a document is UTF-8 (RFC 8259), this is "
                        + "UTF-16 or UTF-32");
            }
            if (in.next() == null) {
                throw in.reject(RejectionCode.MALFORMED_JSON, "the input holds no JSON value", "",
                        parser.currentLocation());
            }
            T value;
            try {
                value = document.read(in);
            } catch (ConventioJsonException e) {
                if (e.code().kind() != RejectionCode.Kind.JSON) {
                    requireEndOfInput(in);
                }
                throw e;
            }
            requireEndOfInput(in);
            return value;
        }
    }

    /**
     * Reads what remains of the root value and checks nothing follows it, so that malformed JSON,
     * trailing content and broken limits are reported as such even after another problem.
     */
    private static void requireEndOfInput(JsonInput in) throws IOException {
        JsonParser parser = in.parser();
        while (!parser.getParsingContext().inRoot()) {
            in.next();
        }
        if (in.next() != null) {
            throw in.reject(RejectionCode.TRAILING_CONTENT, "the document goes on after its root value");
        }
    }

    // ---- writing -------------------------------------------------------------------------------

    /**
     * Writes a value as a document in a string.
     *
     * @param <T>  the type of value
     * @param document  the kind of document, not null
     * @param value  the value, not null
     * @return the document, never null
     * @throws NullPointerException if an argument is null
     */
    public <T> String write(JsonDocument<T> document, T value) {
        StringWriter out = new StringWriter();
        writingInMemory(() -> {
            write(document, value, FACTORY.createGenerator(out));
            return null;
        });
        return out.toString();
    }

    /**
     * Writes a value as a document in UTF-8 bytes.
     *
     * @param <T>  the type of value
     * @param document  the kind of document, not null
     * @param value  the value, not null
     * @return the document, never null
     * @throws NullPointerException if an argument is null
     */
    public <T> byte[] writeBytes(JsonDocument<T> document, T value) {
        // Jackson's segmented builder on a pooled recycler, as ObjectMapper.writeValueAsBytes does: a
        // ByteArrayOutputStream would copy the whole document at each doubling and once more at the end.
        BufferRecycler recycler = FACTORY._getBufferRecycler();
        try (ByteArrayBuilder out = new ByteArrayBuilder(recycler)) {
            writingInMemory(() -> {
                write(document, value, FACTORY.createGenerator(out, JsonEncoding.UTF8));
                return null;
            });
            return out.getClearAndRelease();
        } finally {
            recycler.releaseToPool();
        }
    }

    /**
     * Writes a value as a document to a stream, in UTF-8; the stream is flushed, not closed.
     *
     * @param <T>  the type of value
     * @param document  the kind of document, not null
     * @param value  the value, not null
     * @param out  the stream, not null
     * @throws IOException if the stream fails
     * @throws NullPointerException if an argument is null
     */
    public <T> void write(JsonDocument<T> document, T value, OutputStream out) throws IOException {
        write(document, value, streamGenerator(out));
    }

    /**
     * Writes a value as a document to a file, in UTF-8, replacing the file if it exists.
     *
     * @param <T>  the type of value
     * @param document  the kind of document, not null
     * @param value  the value, not null
     * @param file  the file, not null
     * @throws IOException if the file cannot be written
     * @throws NullPointerException if an argument is null
     */
    public <T> void write(JsonDocument<T> document, T value, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (OutputStream out = Files.newOutputStream(file)) {
            write(document, value, out);
        }
    }

    /**
     * Writes a consolidated view — the convention as in force on a date, with the provenance of each
     * element — as a document in a string. Views are written, not read: they are derived from a
     * history, which is what to exchange.
     *
     * @param view  the view, not null
     * @return the document, never null
     * @throws NullPointerException if the view is null
     */
    public String writeConsolidated(ConsolidatedConvention view) {
        StringWriter out = new StringWriter();
        writingInMemory(() -> {
            write(ModelWriter::consolidatedDocument, view, FACTORY.createGenerator(out));
            return null;
        });
        return out.toString();
    }

    /**
     * Writes a consolidated view as a document to a stream, in UTF-8; the stream is flushed, not closed.
     *
     * @param view  the view, not null
     * @param out  the stream, not null
     * @throws IOException if the stream fails
     * @throws NullPointerException if an argument is null
     */
    public void writeConsolidated(ConsolidatedConvention view, OutputStream out) throws IOException {
        write(ModelWriter::consolidatedDocument, view, streamGenerator(out));
    }

    /** A UTF-8 generator on a stream it flushes but does not close. */
    private static JsonGenerator streamGenerator(OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return generator;
    }

    private <T> void write(JsonDocument<T> document, T value, JsonGenerator generator) throws IOException {
        Objects.requireNonNull(document, "document");
        write(document.writing(), value, generator);
    }

    private <T> void write(JsonDocument.Writing<T> writing, T value, JsonGenerator generator) throws IOException {
        Objects.requireNonNull(value, "value");
        try (generator) {
            if (pretty) {
                generator.setPrettyPrinter(PRETTY_PRINTER.createInstance());
            }
            writing.write(new ModelWriter(generator), value);
            if (pretty) {
                generator.writeRaw('\n');
            }
        }
    }

    /**
     * Tells whether this instance writes the pretty form.
     *
     * @return true for the pretty form, false for the compact one
     */
    public boolean isPretty() {
        return pretty;
    }

    @Override
    public String toString() {
        return pretty ? "ConventioJson[pretty]" : "ConventioJson[compact]";
    }

}
