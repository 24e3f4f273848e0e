package dev.conventio.format.codec;

import dev.conventio.format.LocatedViolation;
import dev.conventio.format.RejectionCode;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Why the codec, or a {@link TokenSource}, rejects a document: a code, the JSON Pointer of the
 * offending element, its location and, for a domain violation, every violation found. An adapter
 * turns it into its own public exception at the boundary of a read, which carries the stack trace:
 * this one has none. Unsupported: for the adapter modules only.
 */
public final class Rejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final RejectionCode code;
    private final String detail;
    private final String pointer;
    private final transient Location location;
    private final transient List<LocatedViolation> violations;

    private Rejection(RejectionCode code, String detail, String pointer, Location location,
            List<LocatedViolation> violations, Throwable cause) {
        super(describe(code, detail, pointer, violations), cause, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.detail = Objects.requireNonNull(detail, "detail");
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.location = Objects.requireNonNull(location, "location");
        this.violations = List.copyOf(violations);
    }

    /**
     * Obtains a rejection without violations.
     *
     * @param code  the code, not null
     * @param detail  what is wrong, for a person, not null
     * @param pointer  the JSON Pointer of the offending element, not null
     * @param location  where it is, not null
     * @param cause  the parser's own exception, or null
     * @return the rejection, never null
     */
    public static Rejection of(RejectionCode code, String detail, String pointer, Location location, Throwable cause) {
        return new Rejection(code, detail, pointer, location, List.of(), cause);
    }

    /**
     * Obtains the rejection of what a JSON library's parser refused: a broken read limit is
     * {@link RejectionCode#LIMIT_EXCEEDED}, anything else (malformed text, bytes that are not UTF-8)
     * {@link RejectionCode#MALFORMED_JSON}; the library's own message is the detail. An adapter
     * says which it is, from its own exception types, and nothing else.
     *
     * @param limit  whether the parser refused the input for a broken limit
     * @param message  the parser's message, without its location, or null
     * @param pointer  the JSON Pointer of where the parser stands, not null
     * @param location  the location the parser gives, not null
     * @param cause  the parser's exception, not null
     * @return the rejection, never null
     */
    public static Rejection ofParser(boolean limit, String message, String pointer, Location location,
            Throwable cause) {
        return of(limit ? RejectionCode.LIMIT_EXCEEDED : RejectionCode.MALFORMED_JSON,
                message == null ? cause.getClass().getSimpleName() : message, pointer, location, cause);
    }

    /** A domain violation: the first violation names the pointer and the location. */
    static Rejection ofViolations(List<LocatedViolation> violations) {
        LocatedViolation first = violations.get(0);
        String detail = violations.size() + (violations.size() == 1 ? " violation" : " violations") + " of the model";
        return new Rejection(RejectionCode.DOMAIN_VIOLATION, detail, first.pointer(),
                Location.of(first.line(), first.column()), violations, null);
    }

    private static String describe(RejectionCode code, String detail, String pointer, List<LocatedViolation> violations) {
        String where = pointer.isEmpty() ? "<root>" : pointer;
        String text = "[" + code.code() + "] at " + where + ": " + detail;
        if (!violations.isEmpty()) {
            text += violations.stream().map(LocatedViolation::toString).collect(Collectors.joining("; ", " (", ")"));
        }
        return text;
    }

    /**
     * Gets the code.
     *
     * @return the code, never null
     */
    public RejectionCode code() {
        return code;
    }

    /**
     * Gets what is wrong, without the code and pointer that {@link #getMessage()} adds.
     *
     * @return the detail, never null
     */
    public String detail() {
        return detail;
    }

    /**
     * Gets the JSON Pointer of the offending element.
     *
     * @return the pointer, empty for the root, never null
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Gets where the problem is.
     *
     * @return the location, never null
     */
    public Location location() {
        return location;
    }

    /**
     * Gets the violations of a domain violation.
     *
     * @return the violations, empty for any other code, never null, unmodifiable
     */
    public List<LocatedViolation> violations() {
        return violations;
    }
}
