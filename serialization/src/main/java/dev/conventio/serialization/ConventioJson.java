package dev.conventio.serialization;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.conventio.format.FormatVersions;
import dev.conventio.format.RejectionCode;
import dev.conventio.format.codec.DocumentCodec;
import dev.conventio.format.codec.PrettyForm;
import dev.conventio.history.ConsolidatedConvention;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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
 *
 * @since 0.1
 */
public final class ConventioJson {

    /**
     * The version of the format this library writes; it reads every version from 1 to
     * {@link FormatVersions#LATEST}.
     */
    public static final int FORMAT_VERSION = FormatVersions.WRITTEN;


    private static final JsonFactory FACTORY = JacksonFactory.FACTORY;
    private static final DefaultPrettyPrinter PRETTY_PRINTER = JacksonFactory.PRETTY_PRINTER;

    private static final ConventioJson COMPACT = new ConventioJson(false, FormatVersions.WRITTEN);
    private static final ConventioJson PRETTY = new ConventioJson(true, FormatVersions.WRITTEN);

    private final boolean pretty;
    private final int writtenVersion;

    private ConventioJson(boolean pretty, int writtenVersion) {
        this.pretty = pretty;
        this.writtenVersion = writtenVersion;
    }

    /**
     * The same instance writing another version of the format: the switch that tests use to write
     * version 2 before the library does.
     */
    ConventioJson writing(int version) {
        if (!FormatVersions.isRead(version)) {
            throw new IllegalArgumentException("no format version " + version);
        }
        return new ConventioJson(pretty, version);
    }


    /**
     * Upgrades a document to the latest version of the format (mise à niveau): reads it with the
     * meaning of the version it declares and writes the same value in version
     * {@link FormatVersions#LATEST}, laid out as this instance writes. The upgraded document reads
     * equal to the original; a document already in the latest version comes back in its canonical
     * bytes. Version 1 is read for as long as {@code docs/format.md} promises.
     *
     * <pre>{@code
     * String v2 = ConventioJson.pretty().upgrade(JsonDocument.HISTORY, Files.readString(v1File));
     * }</pre>
     *
     * @param <T>  the type of the document's value
     * @param document  the kind of document, not null
     * @param json  the document in any version this library reads, not null
     * @return the document in the latest version, never null
     * @throws ConventioJsonException if the text is not a valid document of that kind, with where
     * @throws NullPointerException if an argument is null
     * @since 0.1
     */
    public <T> String upgrade(JsonDocument<T> document, String json) throws ConventioJsonException {
        return writing(FormatVersions.LATEST).write(document, read(document, json));
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
        return JacksonFactory.READ_CONSTRAINTS;
    }

    /**
     * Gets the JSON Schema (draft 2020-12) of the version of the format this library writes, a
     * resource of {@code conventio-format}; {@link FormatVersions#schema(int)} gives each version's.
     *
     * @return the location of the schema, never null
     */
    public static URL schema() {
        return FormatVersions.schema(FORMAT_VERSION);
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
        return inMemory(() -> document.readTwice(() -> FACTORY.createParser(json), true));
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
        return inMemory(() -> document.readTwice(() -> FACTORY.createParser(json), false));
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
        return document.read(JacksonFactory.open(() -> FACTORY.createParser(json)), true);
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


    /**
     * Runs the reading of an in-memory document: a {@link ConventioJsonException} is the document's
     * rejection; any other {@link IOException} cannot happen without a bug, and is not checked.
     */
    private static <R> R inMemory(JacksonFactory.Io<R> work) throws ConventioJsonException {
        try {
            return work.run();
        } catch (ConventioJsonException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
    }

    /** Runs the writing of an in-memory document, which cannot fail without a bug. */
    private static void writingInMemory(JacksonFactory.Io<?> work) {
        try {
            work.run();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
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
        // ByteArrayOutputStream copies the whole document at each doubling and once more at the end,
        // 2.9 times the bytes a 32 KB write allocates otherwise (-prof gc, exact whatever the load).
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
            write(DocumentCodec.CONSOLIDATED, view, FACTORY.createGenerator(out));
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
        write(DocumentCodec.CONSOLIDATED, view, streamGenerator(out));
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
        write(document.codec(), value, generator);
    }

    private <T> void write(DocumentCodec<T> codec, T value, JsonGenerator generator) throws IOException {
        Objects.requireNonNull(value, "value");
        try (generator) {
            if (pretty) {
                generator.setPrettyPrinter(PRETTY_PRINTER.createInstance());
            }
            codec.write(value, new JacksonTokenSink(generator), writtenVersion);
            if (pretty) {
                generator.writeRaw(PrettyForm.END);
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
