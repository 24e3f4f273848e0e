package dev.conventio.validation;

import java.util.List;
import java.util.Objects;

/**
 * One broken invariant or rule: a stable code, the path of the offending element and a message.
 *
 * <p>A violation is certain, or <em>undetermined</em> ({@link #undetermined}): the rule cannot be
 * decided on what is recorded, as a signature dated "2011" against a convention concluded on
 * 2011-06-15. A history accepts an amendment whose only outcomes are undetermined and keeps them
 * ({@code History.undetermined()}); {@code AmendmentPolicy.undeterminedRejected()} makes them
 * violations for an application that wants every rule decided.
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
    private final boolean undetermined;

    private Violation(ViolationCode code, String path, String message, boolean undetermined) {
        this.code = code;
        this.path = path;
        this.message = message;
        this.undetermined = undetermined;
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
        return new Violation(code, path, message, false);
    }

    /**
     * Obtains an undetermined outcome: the rule of the code cannot be decided on what is recorded,
     * such as a day known only in part.
     * <pre>{@code
     * Violation.undetermined(HistoryCodes.AMENDMENT_BEFORE_CONVENTION, "signatures[0].date",
     *         "signed in 2017, perhaps before the convention was concluded on 2017-11-22");
     * }</pre>
     *
     * @param code  the code of the rule that cannot be decided, not null
     * @param path  the path of the element it cannot decide on, empty for the checked value itself, not null
     * @param message  what is not known, not null
     * @return the undetermined outcome, never null
     * @throws NullPointerException if any argument is null
     */
    public static Violation undetermined(ViolationCode code, String path, String message) {
        return of(code, path, message).withUndetermined(true);
    }

    /**
     * Keeps the certain violations of a list of outcomes, such as {@code History.check}'s: those
     * that reject, the undetermined outcomes left out.
     * <pre>{@code
     * boolean accepted = Violation.certainOf(history.check(avenant)).isEmpty();
     * }</pre>
     *
     * @param outcomes  the outcomes, not null
     * @return the certain violations, in order, never null, unmodifiable
     * @throws NullPointerException if the list or an outcome is null
     */
    public static List<Violation> certainOf(List<Violation> outcomes) {
        return outcomes.stream().filter(outcome -> !outcome.isUndetermined()).toList();
    }

    /**
     * Tells whether this is an undetermined outcome rather than a certain violation.
     *
     * @return true if the rule could not be decided
     */
    public boolean isUndetermined() {
        return undetermined;
    }

    /**
     * Returns this outcome as a certain violation: the same code, path and message.
     *
     * @return a certain violation, this one if it is already certain, never null
     */
    public Violation asCertain() {
        return withUndetermined(false);
    }

    private Violation withUndetermined(boolean undetermined) {
        return undetermined == this.undetermined ? this : new Violation(code, path, message, undetermined);
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
            return new Violation(code, prefix, message, undetermined);
        }
        String separator = path.startsWith("[") ? "" : ".";
        return new Violation(code, prefix + separator + path, message, undetermined);
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
        return code.equals(that.code) && path.equals(that.path) && message.equals(that.message)
                && undetermined == that.undetermined;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, path, message, undetermined);
    }

    /**
     * Returns the violation as {@code code at path: message}, an undetermined outcome as
     * {@code undetermined: code at path: message}.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return (undetermined ? "undetermined: " : "") + code.id() + " at " + (path.isEmpty() ? "<root>" : path) + ": "
                + message;
    }
}
