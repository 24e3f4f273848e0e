package dev.conventio.serialization;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.conventio.format.RejectionCode;
import dev.conventio.format.codec.Location;
import dev.conventio.format.codec.Rejection;
import java.io.CharConversionException;
import java.io.IOException;

/**
 * The facade's Jackson 2 set-up: its factory with the read limits, its pretty printer, and how it
 * opens a parser. Immutable and thread-safe.
 */
final class JacksonFactory {

    static final StreamReadConstraints READ_CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(64)
            .maxNumberLength(20)
            .maxStringLength(1 << 20)
            .maxNameLength(64)
            .maxDocumentLength(16L << 20)
            .maxTokenCount(1_000_000L)
            .build();

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(READ_CONSTRAINTS)
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(64).build())
            .build();

    static final DefaultPrettyPrinter PRETTY_PRINTER = prettyPrinter();

    private JacksonFactory() {
    }

    /** Work on the parser or generator of an in-memory document. */
    @FunctionalInterface
    interface Io<R> {
        R run() throws IOException;
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
     * Opens a parser, rejecting what Jackson refuses before any parser exists: a document over the
     * length limit, whose length it checks when it opens a parser on bytes, as
     * {@link RejectionCode#LIMIT_EXCEEDED}; bytes in an encoding its detection refuses outright
     * (UCS-4 in an unusual byte order, a {@link CharConversionException}) as malformed JSON.
     */
    static JsonParser open(Io<JsonParser> opening) throws IOException {
        try {
            return opening.run();
        } catch (StreamConstraintsException e) {
            throw rejectedOnOpening(RejectionCode.LIMIT_EXCEEDED, e.getOriginalMessage(), e);
        } catch (CharConversionException e) {
            throw rejectedOnOpening(RejectionCode.MALFORMED_JSON, "a document is UTF-8 (RFC 8259), this is not: "
                    + e.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw rejectedOnOpening(RejectionCode.MALFORMED_JSON, e.getOriginalMessage(), e);
        }
    }

    private static ConventioJsonException rejectedOnOpening(RejectionCode code, String detail, IOException cause) {
        Rejection rejection = Rejection.of(code, detail, "", Location.inInput(-1L, 0L, 1, 1), cause);
        return new ConventioJsonException(rejection, new JsonLocation(
                ContentReference.unknown(), 0L, 1, 1));
    }
}
