package dev.conventio.serialization;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.conventio.format.LocatedViolation;
import dev.conventio.format.RejectionCode;
import dev.conventio.format.codec.Rejection;
import java.util.List;

/**
 * Thrown when a JSON document is rejected, whatever the reason: malformed JSON, a broken limit, a
 * document that does not follow the format, or values that break the model's invariants.
 *
 * <pre>{@code
 * try {
 *     ConventioJson.compact().read(JsonDocument.CONVENTION, json);
 * } catch (ConventioJsonException e) {
 *     System.out.println(e.code().code() + " at " + e.pointer() + ", line " + e.line());
 * }
 * }</pre>
 *
 * <p>It carries a stable {@linkplain #code() code}, the JSON Pointer of the offending element, its
 * line and column, and — for {@link RejectionCode#DOMAIN_VIOLATION} only — every violation of the
 * model that was found. No value, not even a partial one, is returned alongside it.
 *
 * <p>It extends Jackson's {@link JsonMappingException} so that, when the module reads a value inside
 * an application's own {@code ObjectMapper}, Jackson passes it through (adding its reference path)
 * rather than wrapping it in another exception.
 *
 * @since 0.1
 */
public final class ConventioJsonException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    private final RejectionCode code;
    private final String pointer;
    private final int line;
    private final int column;
    /** The violations; List.copyOf of immutable values, but LocatedViolation is not Serializable. */
    private final transient List<LocatedViolation> violations;

    /** The exception of a rejection of the codec, at the parser's own location of the problem. */
    ConventioJsonException(Rejection rejection, JsonLocation location) {
        super(null, rejection.getMessage(), rejection.getCause());
        // The location of the problem, not that of the cause (the parser's own, for a syntax error).
        this._location = location;
        this.code = rejection.code();
        this.pointer = rejection.pointer();
        this.line = location == null ? -1 : location.getLineNr();
        this.column = location == null ? -1 : location.getColumnNr();
        this.violations = rejection.violations();
    }

    /**
     * Gets the reason for the rejection.
     *
     * @return the code, never null
     */
    public RejectionCode code() {
        return code;
    }

    /**
     * Gets the JSON Pointer (RFC 6901) of the offending element, from the root of the document; for
     * a domain violation, that of the first violation.
     *
     * @return the pointer, empty for the root, never null
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Gets the line of the problem, from 1.
     *
     * @return the line, or -1 when the input gives none
     */
    public int line() {
        return line;
    }

    /**
     * Gets the column of the problem, from 1: in characters for text input, in bytes for byte input.
     *
     * @return the column, or -1 when the input gives none
     */
    public int column() {
        return column;
    }

    /**
     * Gets every violation of the model found in a well-formed document.
     *
     * @return the violations, in document order, empty unless the code is
     *     {@link RejectionCode#DOMAIN_VIOLATION}, never null, unmodifiable
     */
    public List<LocatedViolation> violations() {
        return violations == null ? List.of() : violations;
    }
}
