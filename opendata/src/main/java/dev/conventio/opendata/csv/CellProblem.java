package dev.conventio.opendata.csv;

import dev.conventio.validation.Violation;
import dev.conventio.validation.ViolationCode;
import java.util.Objects;

/**
 * A problem of one cell, row or header of an SCDL file (erreur de cellule): where it is (the row,
 * counted from 1 for the first row after the header, 0 for the header line; the column's name,
 * empty for the whole row), its code and a message in English that quotes the cell.
 * <pre>{@code
 * CellProblem problem = ScdlReader.readAll(reader).errors().get(0);
 * problem.row();      // 3
 * problem.column();   // "idBeneficiaire"
 * problem.code();     // ScdlCodes.SIRET_INVALID
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CellProblem {

    private final long row;
    private final String column;
    private final ViolationCode code;
    private final String message;

    private CellProblem(long row, String column, ViolationCode code, String message) {
        this.row = row;
        this.column = column;
        this.code = code;
        this.message = message;
    }

    /**
     * Obtains a problem.
     *
     * @param row  the row, from 1 for the first data row, 0 for the header line, not negative
     * @param column  the column's name as the header line gives it, empty for the whole row, not null
     * @param code  the code, not null
     * @param message  the message, not null
     * @return the problem, never null
     * @throws IllegalArgumentException if the row is negative
     * @throws NullPointerException if an argument is null
     */
    public static CellProblem of(long row, String column, ViolationCode code, String message) {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (row < 0) {
            throw new IllegalArgumentException("a row is counted from 0 for the header line, was " + row);
        }
        return new CellProblem(row, column, code, message);
    }

    /**
     * Gets the row: 1 for the first row after the header line, 0 for the header line itself.
     *
     * @return the row, never negative
     */
    public long row() {
        return row;
    }

    /**
     * Gets the column's name.
     *
     * @return the name, such as {@code montant}, empty when the problem is the whole row's, never null
     */
    public String column() {
        return column;
    }

    /**
     * Gets the code of the problem.
     *
     * @return the code, never null
     */
    public ViolationCode code() {
        return code;
    }

    /**
     * Gets the message, which quotes the cell.
     *
     * @return the message, never null
     */
    public String message() {
        return message;
    }

    /**
     * Returns the problem as a violation whose path is {@code rows[R].column} ({@code header} for the
     * header line).
     *
     * @return the violation, never null
     */
    public Violation toViolation() {
        String place = row == 0 ? "header" : "rows[" + row + "]";
        return Violation.of(code, column.isEmpty() ? place : place + "." + column, message);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof CellProblem)) {
            return false;
        }
        CellProblem that = (CellProblem) other;
        return row == that.row && column.equals(that.column) && code.equals(that.code) && message.equals(that.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(row, column, code, message);
    }

    /**
     * Returns the problem as {@code code at row R, column C: message}.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return code.id() + " at row " + row + (column.isEmpty() ? "" : ", column " + column) + ": " + message;
    }
}
