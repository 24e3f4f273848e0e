package dev.conventio.format;

import dev.conventio.validation.Violation;
import dev.conventio.validation.ViolationCode;
import java.util.Objects;

/**
 * A violation of the model found while reading a document, with where it is in the document.
 *
 * <p>The {@linkplain #violation() violation} is the model's own, with its path relative to the value
 * that checked it; the {@linkplain #pointer() JSON Pointer} (RFC 6901) names the offending element
 * from the root of the document, and the line and column are those where the value it names starts
 * in the input (for a path deeper than the document goes, the deepest value of it the document
 * holds): the member or element at fault, however far above it the rule that found it was checked.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LocatedViolation {

    private final Violation violation;
    private final String pointer;
    private final int line;
    private final int column;

    private LocatedViolation(Violation violation, String pointer, int line, int column) {
        this.violation = Objects.requireNonNull(violation, "violation");
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.line = line;
        this.column = column;
    }

    /**
     * Obtains a located violation.
     *
     * @param violation  the violation as the model reported it, not null
     * @param pointer  the JSON Pointer of the offending element, empty for the root, not null
     * @param line  the line where the offending value starts, from 1, or -1
     * @param column  the column where the offending value starts, from 1, or -1
     * @return the located violation, never null
     * @throws NullPointerException if the violation or the pointer is null
     */
    public static LocatedViolation of(Violation violation, String pointer, int line, int column) {
        return new LocatedViolation(violation, pointer, line, column);
    }

    /**
     * Gets the violation as the model reported it.
     *
     * @return the violation, never null
     */
    public Violation violation() {
        return violation;
    }

    /**
     * Gets the code of the violation.
     *
     * @return the code, never null
     */
    public ViolationCode code() {
        return violation.code();
    }

    /**
     * Gets the JSON Pointer of the offending element, such as {@code /contributions/0/amount}.
     *
     * @return the pointer, empty for the root, never null
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Gets the line, from 1, where the offending value starts.
     *
     * @return the line, or -1 when the input gives none
     */
    public int line() {
        return line;
    }

    /**
     * Gets the column, from 1, where the offending value starts.
     *
     * @return the column, or -1 when the input gives none
     */
    public int column() {
        return column;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof LocatedViolation)) {
            return false;
        }
        LocatedViolation that = (LocatedViolation) other;
        return violation.equals(that.violation) && pointer.equals(that.pointer)
                && line == that.line && column == that.column;
    }

    @Override
    public int hashCode() {
        return Objects.hash(violation, pointer, line, column);
    }

    /**
     * Returns the violation as {@code code at pointer: message}.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return violation.code().id() + " at " + (pointer.isEmpty() ? "<root>" : pointer) + ": "
                + violation.message();
    }
}
