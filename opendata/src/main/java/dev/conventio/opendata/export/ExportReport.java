package dev.conventio.opendata.export;

import java.util.List;
import java.util.Objects;

/**
 * What an SCDL export of a portfolio did (compte rendu d'export): how many rows it gave, and the
 * attributions it skipped, each with its reasons.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ExportReport {

    private final long rows;
    private final List<Refusal> refusals;

    private ExportReport(long rows, List<Refusal> refusals) {
        this.rows = rows;
        this.refusals = refusals;
    }

    /**
     * Obtains a report.
     *
     * @param rows  the number of rows given, not negative
     * @param refusals  the attributions skipped, not null
     * @return the report, never null
     * @throws IllegalArgumentException if the count is negative
     * @throws NullPointerException if the list or one of its elements is null
     */
    public static ExportReport of(long rows, List<Refusal> refusals) {
        Objects.requireNonNull(refusals, "refusals");
        if (rows < 0) {
            throw new IllegalArgumentException("a count of rows is not negative, was " + rows);
        }
        return new ExportReport(rows, List.copyOf(refusals));
    }

    /**
     * Gets the number of rows given.
     *
     * @return the count, never negative
     */
    public long rows() {
        return rows;
    }

    /**
     * Gets the attributions skipped, in the portfolio's order.
     *
     * @return the refusals, never null, unmodifiable
     */
    public List<Refusal> refusals() {
        return refusals;
    }

    /**
     * Returns the counts.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return "ExportReport[" + rows + " rows, " + refusals.size() + " refused attributions]";
    }
}
