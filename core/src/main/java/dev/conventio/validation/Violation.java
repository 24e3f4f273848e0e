package dev.conventio.validation;

import java.util.Objects;

/**
 * One broken invariant or rule: a stable code, the path of the offending element and a message.
 *
 * <p>The path names the element relative to the value that was checked, with dots between
 * attributes and list positions in brackets, counted from zero: {@code contributions[0].amount}.
 * The empty path designates the checked value itself. A value nested in a larger one reports its
 * violations under the larger value's path ({@code phases[2].orientations[1].title}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Violation {

    private final ViolationCode code;
    private final String path;
    private final String message;

    private Violation(ViolationCode code, String path, String message) {
        this.code = code;
        this.path = path;
        this.message = message;
    }

    /**
     * Obtains a violation.
     *
     * @param code  the code of the broken invariant or rule, not null
     * @param path  the path of the offending element, empty for the checked value itself, not null
     * @param message  a message a person can act on, not null
     * @return the violation, never null
     * @throws NullPointerException if any argument is null
     */
    public static Violation of(ViolationCode code, String path, String message) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        return new Violation(code, path, message);
    }

    /**
     * Gets the code of the broken invariant or rule.
     *
     * @return the code, never null
     */
    public ViolationCode code() {
        return code;
    }

    /**
     * Gets the path of the offending element, relative to the checked value.
     *
     * @return the path, empty for the checked value itself, never null
     */
    public String path() {
        return path;
    }

    /**
     * Gets the message, which names the offending value and what would be accepted.
     *
     * @return the message, never null
     */
    public String message() {
        return message;
    }

    /**
     * Returns this violation as seen from an enclosing value, under the given path.
     *
     * <p>{@code of(code, "amount", m).under("contributions[0]")} has the path
     * {@code contributions[0].amount}.
     *
     * @param prefix  the path of this violation's value inside the enclosing value, not null
     * @return the violation with the prefixed path, never null
     * @throws NullPointerException if the prefix is null
     */
    public Violation under(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isEmpty()) {
            return this;
        }
        if (path.isEmpty()) {
            return new Violation(code, prefix, message);
        }
        String separator = path.startsWith("[") ? "" : ".";
        return new Violation(code, prefix + separator + path, message);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Violation)) {
            return false;
        }
        Violation that = (Violation) other;
        return code.equals(that.code) && path.equals(that.path) && message.equals(that.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, path, message);
    }

    /**
     * Returns the violation as {@code code at path: message}.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return code.id() + " at " + (path.isEmpty() ? "<root>" : path) + ": " + message;
    }
}
