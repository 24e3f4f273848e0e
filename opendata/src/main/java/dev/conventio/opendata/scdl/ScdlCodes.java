package dev.conventio.opendata.scdl;

import dev.conventio.validation.ViolationCode;
import dev.conventio.validation.ViolationCode.Kind;

/**
 * The codes of the SCDL « subventions » row (ligne SCDL): one per kind of constraint the official
 * schema puts on a cell, and one per custom check. The import reports them with the row and column
 * of the cell; a row built in code reports them under the column's name.
 *
 * @since 0.1
 */
public final class ScdlCodes {

    /** A required cell (nomAttribuant, objet, montant…) is empty. */
    public static final ViolationCode CELL_REQUIRED = ViolationCode.of("scdl.cell.required", Kind.INVARIANT,
            "a required cell of an SCDL row is empty");
    /** A cell is not of its field's type: a date, a number or a boolean ({@code oui} / {@code non}). */
    public static final ViolationCode CELL_TYPE = ViolationCode.of("scdl.cell.type", Kind.INVARIANT,
            "a cell of an SCDL row is not of its field's type (date, number, oui/non)");
    /** A cell does not match its field's pattern (fourteen digits, {@code W} and nine digits, a date or period). */
    public static final ViolationCode CELL_PATTERN = ViolationCode.of("scdl.cell.pattern", Kind.INVARIANT,
            "a cell of an SCDL row does not match its field's pattern");
    /** A cell is not one of its field's allowed values (nature). */
    public static final ViolationCode CELL_ENUM = ViolationCode.of("scdl.cell.enum", Kind.INVARIANT,
            "a cell of an SCDL row is not one of its field's allowed values");
    /** A cell is longer than its field's maximum length (objet, conditionsVersement, idRAE). */
    public static final ViolationCode CELL_TOO_LONG = ViolationCode.of("scdl.cell.too-long", Kind.INVARIANT,
            "a cell of an SCDL row is longer than its field's maximum length");
    /** A number is below its field's minimum or above its maximum (pourcentageSubvention). */
    public static final ViolationCode CELL_OUT_OF_RANGE = ViolationCode.of("scdl.cell.out-of-range", Kind.INVARIANT,
            "a number of an SCDL row is outside its field's minimum and maximum");
    /** A SIRET (idAttribuant, idBeneficiaire) fails its checksum: the schema's {@code french-siret-value}. */
    public static final ViolationCode SIRET_INVALID = ViolationCode.of("scdl.siret.invalid", Kind.INVARIANT,
            "a SIRET of an SCDL row fails its checksum");
    /** A row has neither idBeneficiaire nor rnaBeneficiaire: the schema's {@code one-of-required}. */
    public static final ViolationCode BENEFICIARY_UNIDENTIFIED = ViolationCode.of("scdl.beneficiary.unidentified",
            Kind.INVARIANT, "an SCDL row has neither idBeneficiaire nor rnaBeneficiaire");
    /** A period ends before it starts (datesPeriodeVersement). */
    public static final ViolationCode PERIOD_REVERSED = ViolationCode.of("scdl.period.reversed", Kind.INVARIANT,
            "the payment period of an SCDL row ends before it starts");

    private ScdlCodes() {
    }
}
