package dev.conventio.opendata.csv;

import dev.conventio.opendata.scdl.ScdlRow;
import java.util.List;
import java.util.Objects;

/**
 * What reading a whole SCDL file gave (résultat de l'import): the rows that passed every check, in
 * the file's order, the errors of the others, and the warnings.
 * <pre>{@code
 * ScdlImport result = ScdlReader.readAll(Path.of("subventions.csv"));
 * result.rows().forEach(row -> match(row.idBeneficiaire(), row.montant()));
 * result.errors().forEach(error -> System.err.println(error));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ScdlImport {

    private final List<ScdlRow> rows;
    private final List<CellProblem> errors;
    private final List<CellProblem> warnings;

    private ScdlImport(List<ScdlRow> rows, List<CellProblem> errors, List<CellProblem> warnings) {
        this.rows = rows;
        this.errors = errors;
        this.warnings = warnings;
    }

    /**
     * Obtains a result.
     *
     * @param rows  the rows read, not null
     * @param errors  the errors, not null
     * @param warnings  the warnings, not null
     * @return the result, never null
     * @throws NullPointerException if a list or one of its elements is null
     */
    public static ScdlImport of(List<ScdlRow> rows, List<CellProblem> errors, List<CellProblem> warnings) {
        return new ScdlImport(List.copyOf(Objects.requireNonNull(rows, "rows")),
                List.copyOf(Objects.requireNonNull(errors, "errors")), List.copyOf(Objects.requireNonNull(warnings,
                "warnings")));
    }

    /**
     * Gets the rows that passed every check, in the file's order.
     *
     * @return the rows, never null, unmodifiable
     */
    public List<ScdlRow> rows() {
        return rows;
    }

    /**
     * Gets the errors, in the file's order; a row with one is not among the rows.
     *
     * @return the errors, never null, unmodifiable
     */
    public List<CellProblem> errors() {
        return errors;
    }

    /**
     * Gets the warnings, in the file's order.
     *
     * @return the warnings, never null, unmodifiable
     */
    public List<CellProblem> warnings() {
        return warnings;
    }

    /**
     * Tells whether the file had no error (it may have had warnings).
     *
     * @return true without errors
     */
    public boolean isClean() {
        return errors.isEmpty();
    }

    /**
     * Returns a summary of the counts.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return "ScdlImport[" + rows.size() + " rows, " + errors.size() + " errors, " + warnings.size() + " warnings]";
    }
}
