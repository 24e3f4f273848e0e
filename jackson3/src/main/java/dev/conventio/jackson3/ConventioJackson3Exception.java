package dev.conventio.jackson3;

import dev.conventio.format.LocatedViolation;
import dev.conventio.format.RejectionCode;
import dev.conventio.format.codec.Rejection;
import java.util.List;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;

/**
 * Thrown when the Jackson 3 module rejects a document, whatever the reason: malformed JSON, a broken
 * limit, a document that does not follow the format, or values that break the model's invariants.
 * The Jackson 3 twin of {@code conventio-serialization}'s {@code ConventioJsonException}, with the
 * same accessors and the same values for the same input.
 *
 * <pre>{@code
 * try {
 *     mapper.readValue(json, Convention.class);
 * } catch (ConventioJackson3Exception e) {
 *     System.out.println(e.code().code() + " at " + e.pointer() + ", line " + e.line());
 * }
 * }</pre>
 *
 * <p>It carries a stable {@linkplain #code() code}, the JSON Pointer of the offending element, its
 * line and column, and — for {@link RejectionCode#DOMAIN_VIOLATION} only — every violation of the
 * model that was found. No value, not even a partial one, is returned alongside it.
 *
 * <p>It extends Jackson 3's {@link DatabindException} (unchecked, as every Jackson 3 exception is)
 * so that, when the module reads a value inside an application's own document, Jackson passes it
 * through, adding its reference path, rather than wrapping it in another exception.
 *
 * @since 0.1
 */
public final class ConventioJackson3Exception extends DatabindException {

    private static final long serialVersionUID = 1L;

    /** What the codec found: code, pointer and violations; immutable, not Serializable for its violations. */
    private final transient Rejection rejection;

    /** The exception of a rejection of the codec, at the parser's own location of the problem. */
    ConventioJackson3Exception(Rejection rejection, TokenStreamLocation location) {
        super(rejection.getMessage(), location, rejection.getCause());
        this.rejection = rejection;
    }

    /**
     * Gets the reason for the rejection.
     *
     * @return the code, never null
     */
    public RejectionCode code() {
        return rejection.code();
    }

    /**
     * Gets the JSON Pointer (RFC 6901) of the offending element, from the root of the parser's input;
     * for a domain violation, that of the first violation.
     *
     * @return the pointer, empty for the root, never null
     */
    public String pointer() {
        return rejection.pointer();
    }

    /**
     * Gets the line of the problem, from 1.
     *
     * @return the line, or -1 when the input gives none
     */
    public int line() {
        return getLocation() == null ? -1 : getLocation().getLineNr();
    }

    /**
     * Gets the column of the problem, from 1: in characters for text input, in bytes for byte input.
     *
     * @return the column, or -1 when the input gives none
     */
    public int column() {
        return getLocation() == null ? -1 : getLocation().getColumnNr();
    }

    /**
     * Gets every violation of the model found in a well-formed document.
     *
     * @return the violations, in document order, empty unless the code is
     *     {@link RejectionCode#DOMAIN_VIOLATION}, never null, unmodifiable
     */
    public List<LocatedViolation> violations() {
        return rejection == null ? List.of() : rejection.violations();
    }
}
