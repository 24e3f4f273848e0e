package dev.conventio.validation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a value breaks one or more of the model's invariants, or an amendment breaks one or
 * more amendment rules or policies; it carries every violation found, not just the first.
 *
 * <p>No partial value is ever returned alongside this exception: the value was not built, or the
 * amendment was not added.
 *
 * @since 0.1
 */
public final class ValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The violations; a List.copyOf of serializable elements is serializable. */
    private final transient List<Violation> violations;

    /**
     * Creates an exception carrying the given violations.
     *
     * @param violations  the violations found, not empty, not null
     * @throws NullPointerException if the list or one of its elements is null
     * @throws IllegalArgumentException if the list is empty
     */
    public ValidationException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    private static String describe(List<Violation> violations) {
        Objects.requireNonNull(violations, "violations");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        return violations.size() + (violations.size() == 1 ? " violation: " : " violations: ")
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }

    /**
     * Gets every violation found, in the order they were found.
     *
     * @return the violations, not empty, never null, unmodifiable
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Gets the codes of the violations, in the order they were found.
     *
     * @return the codes, not empty, never null, unmodifiable
     */
    public List<ViolationCode> codes() {
        return violations.stream().map(Violation::code).collect(Collectors.toUnmodifiableList());
    }
}
