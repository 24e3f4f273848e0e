package dev.conventio.serialization;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a JSON document is rejected, whatever the reason: malformed JSON, a broken limit, a
 * document that does not follow the format, or values that break the model's invariants.
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

    ConventioJsonException(RejectionCode code, String detail, String pointer, JsonLocation location,
            List<LocatedViolation> violations, Throwable cause) {
        super(null, describe(code, detail, pointer, violations), cause);
        // The location of the problem, not that of the cause (the parser's own, for a syntax error).
        this._location = location;
        this.code = Objects.requireNonNull(code, "code");
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.line = location == null ? -1 : location.getLineNr();
        this.column = location == null ? -1 : location.getColumnNr();
        this.violations = List.copyOf(violations);
    }

    private static String describe(RejectionCode code, String detail, String pointer,
            List<LocatedViolation> violations) {
        String where = pointer.isEmpty() ? "<root>" : pointer;
        String text = "[" + code.code() + "] at " + where + ": " + detail;
        if (!violations.isEmpty()) {
            text += violations.stream().map(LocatedViolation::toString).collect(Collectors.joining("; ", " (", ")"));
        }
        return text;
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
