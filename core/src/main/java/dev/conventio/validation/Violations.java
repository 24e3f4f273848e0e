package dev.conventio.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Collects the violations found while checking one value, then reports them all at once.
 *
 * <p>The model's own checks use it, and so can amendment policies written by users. A collector is
 * mutable and meant for one check on one thread.
 *
 * @since 0.1
 */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    private Violations() {
    }

    /**
     * Obtains an empty collector.
     *
     * @return a new collector, never null
     */
    public static Violations collector() {
        return new Violations();
    }

    /**
     * Records a violation.
     *
     * @param code  the code, not null
     * @param path  the path of the offending element, not null
     * @param message  a message a person can act on, not null
     * @return this collector, for chaining
     * @throws NullPointerException if any argument is null
     */
    public Violations add(ViolationCode code, String path, String message) {
        found.add(Violation.of(code, path, message));
        return this;
    }

    /**
     * Records an undetermined outcome (see {@link Violation#undetermined}).
     *
     * @param code  the code of the rule that cannot be decided, not null
     * @param path  the path of the element, not null
     * @param message  what is not known, not null
     * @return this collector, for chaining
     * @throws NullPointerException if any argument is null
     */
    public Violations addUndetermined(ViolationCode code, String path, String message) {
        found.add(Violation.undetermined(code, path, message));
        return this;
    }

    /**
     * Records violations found in a nested value, placing them under its path.
     *
     * @param prefix  the nested value's path, not null
     * @param violations  the nested value's violations, not null
     * @return this collector, for chaining
     * @throws NullPointerException if any argument is null
     */
    public Violations addAll(String prefix, Collection<Violation> violations) {
        Objects.requireNonNull(prefix, "prefix");
        for (Violation violation : violations) {
            found.add(violation.under(prefix));
        }
        return this;
    }

    /**
     * Records a {@link dev.conventio.validation.CommonCodes#TEXT_BLANK} violation when the text is empty or only white space.
     *
     * @param text  the text to check, not null
     * @param path  the path of the text, not null
     * @return this collector, for chaining
     * @throws NullPointerException if any argument is null
     */
    public Violations requireNonBlank(String text, String path) {
        Objects.requireNonNull(text, path);
        if (text.isBlank()) {
            add(CommonCodes.TEXT_BLANK, path, path + " must not be blank, was '" + text + "'");
        }
        return this;
    }

    /**
     * Records a {@link dev.conventio.validation.CommonCodes#IDENTIFIER_MALFORMED} violation unless the identifier is 1 to 64
     * characters among lower-case ASCII letters, digits and inner hyphens ({@code metropole-amp}).
     *
     * @param identifier  the identifier to check, not null
     * @param path  the path of the identifier, not null
     * @return this collector, for chaining
     * @throws NullPointerException if any argument is null
     */
    public Violations requireIdentifier(String identifier, String path) {
        Objects.requireNonNull(identifier, path);
        if (!isIdentifier(identifier)) {
            add(CommonCodes.IDENTIFIER_MALFORMED, path, path
                    + " must be 1 to 64 lower-case letters, digits and inner hyphens, was '" + identifier + "'");
        }
        return this;
    }

    private static boolean isIdentifier(String text) {
        int length = text.length();
        if (length == 0 || length > 64 || text.charAt(0) == '-' || text.charAt(length - 1) == '-') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Records a violation when a date comes before another one.
     *
     * @param date  the date that must not come first, not null
     * @param earliest  the earliest acceptable date, not null
     * @param code  the code to record, not null
     * @param path  the path of the date, not null
     * @param what  a description of the earliest date for the message, e.g. "the date of conclusion"
     * @return this collector, for chaining
     * @throws NullPointerException if any argument is null
     */
    public Violations requireNotBefore(LocalDate date, LocalDate earliest, ViolationCode code, String path,
            String what) {
        if (date.isBefore(earliest)) {
            add(code, path, path + " " + date + " is before " + what + " " + earliest);
        }
        return this;
    }

    /**
     * Tells whether no violation was recorded.
     *
     * @return true if none was recorded
     */
    public boolean isEmpty() {
        return found.isEmpty();
    }

    /**
     * Gets the violations recorded so far.
     *
     * @return a copy of the violations, never null
     */
    public List<Violation> list() {
        return List.copyOf(found);
    }

    /**
     * Throws a {@link ValidationException} carrying every recorded violation, if there is any.
     *
     * @throws ValidationException if at least one violation was recorded
     */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }
}
