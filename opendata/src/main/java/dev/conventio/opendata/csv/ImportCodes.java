package dev.conventio.opendata.csv;

import dev.conventio.validation.ViolationCode;
import dev.conventio.validation.ViolationCode.Kind;

/**
 * The codes of an SCDL file as a whole (fichier SCDL), beside the codes of its cells
 * ({@link dev.conventio.opendata.scdl.ScdlCodes}): its header line, the number of cells of a row,
 * its CSV syntax, and the warning of the older separator.
 *
 * @since 0.1
 */
public final class ImportCodes {

    /** The header line lacks a column of the schema; no row is read. */
    public static final ViolationCode HEADER_MISSING_COLUMN = ViolationCode.of("scdl.header.missing-column",
            Kind.INVARIANT, "the header line of an SCDL file lacks a column of the schema");
    /** The header line has a column the schema does not know; no row is read. */
    public static final ViolationCode HEADER_UNKNOWN_COLUMN = ViolationCode.of("scdl.header.unknown-column",
            Kind.INVARIANT, "the header line of an SCDL file has a column the schema does not know");
    /** The header line names a column twice; no row is read. */
    public static final ViolationCode HEADER_DUPLICATE_COLUMN = ViolationCode.of("scdl.header.duplicate-column",
            Kind.INVARIANT, "the header line of an SCDL file names a column twice");
    /** A row has more or fewer cells than the header line has columns. */
    public static final ViolationCode ROW_CELL_COUNT = ViolationCode.of("scdl.row.cell-count", Kind.INVARIANT,
            "a row of an SCDL file has more or fewer cells than its header line");
    /** The file is not well-formed CSV (an unclosed quote…) or not UTF-8; reading stops there. */
    public static final ViolationCode CSV_MALFORMED = ViolationCode.of("scdl.csv.malformed", Kind.INVARIANT,
            "an SCDL file is not well-formed UTF-8 CSV");
    /**
     * A warning, not an error: a period of payment is written with the older {@code _} separator
     * ({@code 2020-01-01_2020-12-31}) that files before version 2 used; it is read as {@code /}.
     */
    public static final ViolationCode DATES_LEGACY_SEPARATOR = ViolationCode.of("scdl.dates.legacy-separator",
            Kind.INVARIANT, "a period of payment uses the older '_' separator instead of '/' (a warning)");

    private ImportCodes() {
    }
}
