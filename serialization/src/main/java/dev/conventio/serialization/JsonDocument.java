package dev.conventio.serialization;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.convention.Convention;
import dev.conventio.history.History;
import java.io.IOException;
import java.util.Objects;

/**
 * A kind of document of the format, and the type of value it holds: what to read a document as, and
 * what to write a value as.
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
    public static final JsonDocument<Convention> CONVENTION = new JsonDocument<>("convention", Convention.class,
            ModelReader::conventionDocument, ModelWriter::conventionDocument);

    /**
     * An amendment, recorded ({@code "type": "amendment"}) or known only by its number
     * ({@code "type": "unrecorded-amendment"}).
     */
    public static final JsonDocument<AmendmentRecord> AMENDMENT = new JsonDocument<>("amendment",
            AmendmentRecord.class, ModelReader::amendmentDocument, ModelWriter::amendmentDocument);

    /**
     * A history: {@code {"formatVersion": 1, "base": {convention}, "amendments": [records]}}. Reading
     * checks the amendment rules; the history read has no policies, which are code, not data.
     */
    public static final JsonDocument<History> HISTORY = new JsonDocument<>("history", History.class,
            ModelReader::historyDocument, ModelWriter::historyDocument);

    /** Reads a document's root value. */
    @FunctionalInterface
    interface Reading<T> {
        T read(ModelReader reader) throws IOException;
    }

    /** Writes a document's root value. */
    @FunctionalInterface
    interface Writing<T> {
        void write(ModelWriter writer, T value) throws IOException;
    }

    private final String name;
    private final Class<T> type;
    private final Reading<T> reading;
    private final Writing<T> writing;

    private JsonDocument(String name, Class<T> type, Reading<T> reading, Writing<T> writing) {
        this.name = name;
        this.type = type;
        this.reading = reading;
        this.writing = writing;
    }

    /**
     * Gets the type of value this document holds.
     *
     * @return the type, never null
     */
    public Class<T> type() {
        return type;
    }

    /** Reads the value that starts at the parser's current token; ends on its last token. */
    T read(JsonInput in) throws IOException {
        try {
            return reading.read(new ModelReader(in));
        } catch (IOException e) {
            if (JsonInput.isRejection(e)) {
                throw JsonInput.translate(e, in.parser());
            }
            throw e;
        }
    }

    /** Writes the value as a document. */
    void write(T value, JsonGenerator generator) throws IOException {
        Objects.requireNonNull(value, "value");
        writing.write(new ModelWriter(generator), value);
    }

    /** How the value is written, for the facade's generator handling. */
    Writing<T> writing() {
        return writing;
    }

    /**
     * Returns the name of this kind of document, such as {@code convention}.
     *
     * @return the name, never null
     */
    @Override
    public String toString() {
        return name;
    }
}
