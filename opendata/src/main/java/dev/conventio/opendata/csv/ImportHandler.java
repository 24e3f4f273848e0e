package dev.conventio.opendata.csv;

import dev.conventio.opendata.scdl.ScdlRow;

/**
 * What an application does with each row of an SCDL file as it is read (traitement de l'import),
 * for files too large to hold: a row is handed over whole or not at all.
 * <pre>{@code
 * ScdlReader.read(reader, new ImportHandler() {
 *     public void row(long number, ScdlRow row) { index.add(row); }
 *     public void error(CellProblem problem) { log.warn(problem.toString()); }
 * });
 * }</pre>
 *
 * @since 0.1
 */
public interface ImportHandler {

    /**
     * Takes a row that passed every check.
     *
     * @param number  the row, 1 for the first one after the header line
     * @param row  the typed row, never null
     */
    void row(long number, ScdlRow row);

    /**
     * Takes an error: of a cell, of a whole row (then no row is handed over for it), or of the
     * header line or the file (then reading stops).
     *
     * @param problem  the error, never null
     */
    void error(CellProblem problem);

    /**
     * Takes a warning: the row is read all the same, such as a period written with the older
     * {@code _} separator. The default ignores it.
     *
     * @param problem  the warning, never null
     */
    default void warning(CellProblem problem) {
    }
}
