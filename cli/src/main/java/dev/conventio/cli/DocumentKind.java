package dev.conventio.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.JsonDocument;
import java.io.IOException;

/**
 * The kinds of document, and how the kind of a document is found: the one place that knows.
 *
 * <p>A document that names its kind in a {@code "document"} member ({@code "convention"},
 * {@code "amendment"} or {@code "history"}), as every document of format version 2 does right after
 * {@code formatVersion}, is of that kind. A document of version 1 names none and is recognised by its
 * shape: a root object with a {@code base} member is a history, one with a {@code type} member an
 * amendment record (recorded or unrecorded), any other a convention. Whatever is not a JSON object
 * at all is read as a convention, so that the reader, not this guess, says what is wrong with it.
 */
enum DocumentKind {

    /** A convention document. */
    CONVENTION("convention", JsonDocument.CONVENTION),
    /** An amendment record document: {@code "type": "amendment"} or {@code "unrecorded-amendment"}. */
    AMENDMENT("amendment", JsonDocument.AMENDMENT),
    /** A history document: {@code base} and {@code amendments}. */
    HISTORY("history", JsonDocument.HISTORY);

    /** Looks at the root object's members only, within the reader's own limits. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(ConventioJson.readConstraints())
            .build();

    private final String id;
    private final JsonDocument<?> document;

    DocumentKind(String id, JsonDocument<?> document) {
        this.id = id;
        this.document = document;
    }

    /** The name of the kind, as a version-2 document's {@code "document"} member gives it. */
    String id() {
        return id;
    }

    /**
     * Finds the kind of a document from its bytes (its first {@link Source#MAX_BYTES} are enough).
     *
     * <p>Only the names of the root object's members are looked at; the scan stops at the first that
     * decides, which in a canonical amendment, history or version-2 document is the second member.
     */
    static DocumentKind of(byte[] json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return CONVENTION;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("document".equals(name) && value == JsonToken.VALUE_STRING) {
                    DocumentKind named = named(parser.getText());
                    if (named != null) {
                        return named;
                    }
                } else if ("base".equals(name)) {
                    return HISTORY;
                } else if ("type".equals(name)) {
                    return AMENDMENT;
                }
                parser.skipChildren();
            }
            return CONVENTION;
        } catch (IOException e) {
            // Malformed, or over a limit: the reader reports it, whatever the kind.
            return CONVENTION;
        }
    }

    /** The kind of that name, or null. */
    private static DocumentKind named(String id) {
        for (DocumentKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        return null;
    }

    /**
     * Reads a document of this kind: the value, or the reader's rejection.
     *
     * @throws dev.conventio.serialization.ConventioJsonException if the document is rejected
     * @throws IOException if the document's stream fails
     */
    Object read(Source.Input input) throws IOException {
        ConventioJson json = ConventioJson.compact();
        return input.isComplete() ? json.read(document, input.head()) : json.read(document, input.whole());
    }

    @Override
    public String toString() {
        return id;
    }
}
