package dev.conventio.validation;

import java.io.Serializable;
import java.util.Objects;

/**
 * The stable, machine-readable code of an invariant, an amendment rule, a policy or a query that
 * cannot be answered (code de violation), such as {@code contribution.amount.not-positive}.
 *
 * <p>Codes are open: the library declares its own, grouped by the package whose values they check
 * ({@code PartyCodes}, {@code ConventionCodes}, {@code HistoryCodes}…), and any module or
 * application declares more with {@link #of(String, Kind, String)}, for its own policies:
 * <pre>{@code
 * static final ViolationCode CEILING = ViolationCode.of(
 *         "acme.budget.over-ceiling", ViolationCode.Kind.POLICY, "an amendment exceeds the budget ceiling");
 * }</pre>
 * A module lists its codes in a {@link CodeCatalog}, which is how tools and tests find every code
 * declared on the class path.
 *
 * <p>The {@linkplain #id() id} is part of the contract of whoever declares it: it never changes
 * meaning, and a retired id is never reused. It is the form to store, compare across versions and
 * write in JSON. An id is at least two dot-separated segments, each of lower-case ASCII letters and
 * digits with inner hyphens, starting with a letter, at most 64 characters in all.
 *
 * <p>Two codes are equal when their ids, kinds and descriptions are; codes are ordered by id, which
 * is consistent with equality. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ViolationCode implements Comparable<ViolationCode>, Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_LENGTH = 64;

    /** What a code belongs to. */
    public enum Kind {
        /** An invariant of one value, checked when the value is built. */
        INVARIANT,
        /** An amendment rule, checked when an amendment is added to a history. */
        RULE,
        /** An amendment policy, checked when a history that uses it takes an amendment. */
        POLICY,
        /** A query on a consolidated convention that cannot be answered. */
        QUERY
    }

    private final String id;
    private final Kind kind;
    private final String description;

    private ViolationCode(String id, Kind kind, String description) {
        this.id = id;
        this.kind = kind;
        this.description = description;
    }

    /**
     * Obtains a code.
     *
     * @param id  the stable id, such as {@code acme.budget.over-ceiling}, not null
     * @param kind  what the code belongs to, not null
     * @param description  a one-line description of what the code means, not blank, not null
     * @return the code, never null
     * @throws IllegalArgumentException if the id is not of the form described above, or the
     *     description is blank
     * @throws NullPointerException if an argument is null
     */
    public static ViolationCode of(String id, Kind kind, String description) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        if (!isId(id)) {
            throw new IllegalArgumentException("a violation code id is two or more dot-separated segments of"
                    + " lower-case letters, digits and inner hyphens, at most " + MAX_LENGTH + " characters, was '"
                    + id + "'");
        }
        if (description.isBlank()) {
            throw new IllegalArgumentException("the description of violation code '" + id + "' is blank");
        }
        return new ViolationCode(id, kind, description);
    }

    private static boolean isId(String id) {
        if (id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        int segments = 0;
        for (String segment : id.split("\\.", -1)) {
            if (!isSegment(segment)) {
                return false;
            }
            segments++;
        }
        return segments >= 2;
    }

    private static boolean isSegment(String segment) {
        if (segment.isEmpty() || segment.charAt(0) < 'a' || segment.charAt(0) > 'z'
                || segment.charAt(segment.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!letterOrDigit && !(c == '-' && segment.charAt(i - 1) != '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Gets the stable id of this code, such as {@code contribution.amount.not-positive}.
     *
     * @return the id, never null
     */
    public String id() {
        return id;
    }

    /**
     * Gets what this code belongs to: an invariant, a rule, a policy or a query.
     *
     * @return the kind, never null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Gets a one-line description of what this code means, in English.
     *
     * @return the description, never null
     */
    public String description() {
        return description;
    }

    /**
     * Compares the id, the kind and the description.
     *
     * @param other  the other object, null returns false
     * @return true if the other is a code with the same id, kind and description
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ViolationCode)) {
            return false;
        }
        ViolationCode that = (ViolationCode) other;
        return id.equals(that.id) && kind == that.kind && description.equals(that.description);
    }

    /**
     * Compares the ids, then the kinds and the descriptions, so that the order is consistent with
     * {@link #equals(Object)}.
     *
     * @param other  the other code, not null
     * @return negative, zero or positive as this code comes before, with or after the other
     */
    @Override
    public int compareTo(ViolationCode other) {
        int order = id.compareTo(other.id);
        if (order == 0) {
            order = kind.compareTo(other.kind);
        }
        return order != 0 ? order : description.compareTo(other.description);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /**
     * Returns the id.
     *
     * @return the id, never null
     */
    @Override
    public String toString() {
        return id;
    }
}
