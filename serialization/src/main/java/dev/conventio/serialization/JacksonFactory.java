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
import dev.conventio.format.codec.PrettyForm;
import dev.conventio.format.codec.ReadLimits;
import dev.conventio.format.codec.Rejection;
import java.io.CharConversionException;
import java.io.IOException;

/**
 * The facade's Jackson 2 set-up: its factory with the read limits, its pretty printer, and how it
 * opens a parser. Immutable and thread-safe.
 */
final class JacksonFactory {

    /** The format's limits ({@link ReadLimits}), as Jackson 2's constraints. */
    static final StreamReadConstraints READ_CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(ReadLimits.NESTING_DEPTH).maxNumberLength(ReadLimits.NUMBER_LENGTH)
            .maxStringLength(ReadLimits.STRING_LENGTH).maxNameLength(ReadLimits.NAME_LENGTH)
            .maxDocumentLength(ReadLimits.DOCUMENT_LENGTH).maxTokenCount(ReadLimits.TOKEN_COUNT)
            .build();

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(READ_CONSTRAINTS)
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(ReadLimits.WRITE_NESTING_DEPTH)
                    .build())
            .build();

    static final DefaultPrettyPrinter PRETTY_PRINTER = prettyPrinter();

    private JacksonFactory() {
    }

    /** Work on the parser or generator of an in-memory document. */
    @FunctionalInterface
    interface Io<R> {
        R run() throws IOException;
    }

    /** The format's pretty form ({@link PrettyForm}) as Jackson 2's printer. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter(PrettyForm.INDENT, PrettyForm.LINE_FEED);
        Separators separators = Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator(PrettyForm.EMPTY).withArrayEmptySeparator(PrettyForm.EMPTY);
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
