package dev.conventio.text;

import dev.conventio.validation.Violations;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * A table of a text (tableau), such as « Tableau 1. – Rythme prévisionnel d'engagement »: its label
 * and its rows of cells, or its label alone when the rows are not recorded.
 * <pre>{@code
 * Table.withUnknownRows("Tableau 1. – Rythme prévisionnel d'engagement");
 * Table.of("Tableau 2", List.of(List.of("2019", "120 M€"), List.of("2020", "95 M€")));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class Table implements Block {

    Table() {
    }

    /**
     * Gets the label of the table, as written.
     *
     * @return the non-blank label, never null
     */
    public abstract String label();

    /**
     * Gets the rows, each a list of cells, when they are recorded.
     *
     * @return the rows, empty when not recorded, never null, unmodifiable
     */
    public abstract List<List<String>> rows();

    /**
     * Tells whether the rows of the table are recorded.
     *
     * @return true when recorded
     */
    public abstract boolean rowsRecorded();

    /**
     * Obtains a table with its rows.
     *
     * @param label  the label, not blank, not null
     * @param rows  the rows, each a list of cells, not null
     * @return the table, never null
     * @throws dev.conventio.validation.ValidationException if the label is blank
     * @throws NullPointerException if an argument, a row or a cell is null
     */
    public static Table of(String label, List<? extends List<String>> rows) {
        List<List<String>> copy = new ArrayList<>();
        rows.forEach(row -> copy.add(List.copyOf(row)));
        return ImmutableTable.builder().label(label).rows(copy).rowsRecorded(true).build();
    }

    /**
     * Obtains a table whose label is known and whose rows are not recorded.
     *
     * @param label  the label, not blank, not null
     * @return the table, never null
     * @throws dev.conventio.validation.ValidationException if the label is blank
     * @throws NullPointerException if the label is null
     */
    public static Table withUnknownRows(String label) {
        return ImmutableTable.builder().label(label).rowsRecorded(false).build();
    }

    @Override
    public boolean isKnown() {
        return rowsRecorded();
    }

    @Value.Check
    void check() {
        Violations.collector().requireNonBlank(label(), "label").throwIfAny();
        if (!rowsRecorded() && !rows().isEmpty()) {
            throw new IllegalStateException("a table whose rows are not recorded has no rows");
        }
    }

    /**
     * Returns the label and the number of rows, or that they are not recorded.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return label() + (rowsRecorded() ? " (" + rows().size() + " rows)" : " (rows not recorded)");
    }
}
