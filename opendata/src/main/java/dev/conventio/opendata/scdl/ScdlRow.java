package dev.conventio.opendata.scdl;

import dev.conventio.party.Siret;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of an SCDL « subventions » file (ligne de données essentielles): one attribution of a
 * subsidy to one beneficiary, with its sixteen fields typed.
 * <pre>{@code
 * ScdlRow row = ScdlRow.builder().nomAttribuant("Commune de Trifouillis").idAttribuant(Siret.parse("21130055300016"))
 *         .dateConvention(LocalDate.of(2020, 3, 2)).nomBeneficiaire("Les Amis du Lavoir")
 *         .rnaBeneficiaire("W133000001").objet("Fonctionnement 2020").montant(new BigDecimal("30000.00"))
 *         .nature(AidNature.CASH).conditionsVersement(PaymentTerms.single())
 *         .datesPeriodeVersement(PaymentDates.on(LocalDate.of(2020, 4, 1))).notificationUE(false)
 *         .pourcentageSubvention(new BigDecimal("1.00")).build();
 * row.cell(ScdlColumn.MONTANT);   // "30000.00"
 * }</pre>
 *
 * <p>A row holds what the schema requires of it: its required fields, {@code objet} of at most 256
 * characters, {@code idRAE} of at most 5, an RNA number of {@code W} and nine digits, a share from
 * 0.01 to 1, and a SIRET or an RNA number for the beneficiary. The SIRETs are {@link Siret} values,
 * so their checksum holds.
 *
 * <p>Two rows are equal when all their cells are. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ScdlRow {

    /** The maximum length of {@code objet}. */
    public static final int OBJET_MAX_LENGTH = 256;
    /** The maximum length of {@code idRAE}. */
    public static final int ID_RAE_MAX_LENGTH = 5;

    private final List<String> cells;

    ScdlRow(List<String> cells) {
        this.cells = cells;
    }

    /**
     * Obtains a builder of rows.
     *
     * @return a new builder, never null
     */
    public static ScdlRowBuilder builder() {
        return new ScdlRowBuilder();
    }

    /**
     * Gets a cell as the file writes it.
     *
     * @param column  the column, not null
     * @return the text, empty for an absent optional field, never null
     * @throws NullPointerException if the column is null
     */
    public String cell(ScdlColumn column) {
        return cells.get(column.ordinal());
    }

    /**
     * Gets the cells in the order of {@link ScdlColumn#inOrder()}.
     *
     * @return the sixteen texts, never null, unmodifiable
     */
    public List<String> cells() {
        return cells;
    }

    /**
     * Gets the name of the granting body (nomAttribuant).
     *
     * @return the name, never null
     */
    public String nomAttribuant() {
        return cell(ScdlColumn.NOM_ATTRIBUANT);
    }

    /**
     * Gets the SIRET of the granting body (idAttribuant).
     *
     * @return the SIRET, never null
     */
    public Siret idAttribuant() {
        return Siret.parse(cell(ScdlColumn.ID_ATTRIBUANT));
    }

    /**
     * Gets the date of the convention (dateConvention).
     *
     * @return the date, never null
     */
    public LocalDate dateConvention() {
        return LocalDate.parse(cell(ScdlColumn.DATE_CONVENTION));
    }

    /**
     * Gets the reference of the granting decision (referenceDecision).
     *
     * @return the reference, empty when not given, never null
     */
    public Optional<String> referenceDecision() {
        return optional(ScdlColumn.REFERENCE_DECISION);
    }

    /**
     * Gets the name of the beneficiary (nomBeneficiaire).
     *
     * @return the name, never null
     */
    public String nomBeneficiaire() {
        return cell(ScdlColumn.NOM_BENEFICIAIRE);
    }

    /**
     * Gets the SIRET of the beneficiary (idBeneficiaire).
     *
     * @return the SIRET, empty when not given (then the RNA number is), never null
     */
    public Optional<Siret> idBeneficiaire() {
        return optional(ScdlColumn.ID_BENEFICIAIRE).map(Siret::parse);
    }

    /**
     * Gets the RNA number of the beneficiary (rnaBeneficiaire), {@code W} and nine digits.
     *
     * @return the RNA number, empty when not given (then the SIRET is), never null
     */
    public Optional<String> rnaBeneficiaire() {
        return optional(ScdlColumn.RNA_BENEFICIAIRE);
    }

    /**
     * Gets the object of the subsidy (objet).
     *
     * @return the object, 1 to 256 characters, never null
     */
    public String objet() {
        return cell(ScdlColumn.OBJET);
    }

    /**
     * Gets the total amount of the subsidy in euros, before its split between beneficiaries (montant).
     *
     * @return the amount, never null
     */
    public BigDecimal montant() {
        return new BigDecimal(cell(ScdlColumn.MONTANT));
    }

    /**
     * Gets the nature of the subsidy (nature).
     *
     * @return the nature, never null
     */
    public AidNature nature() {
        return AidNature.parse(cell(ScdlColumn.NATURE)).orElseThrow();
    }

    /**
     * Gets the payment conditions (conditionsVersement).
     *
     * @return the conditions, never null
     */
    public PaymentTerms conditionsVersement() {
        return PaymentTerms.parse(cell(ScdlColumn.CONDITIONS_VERSEMENT));
    }

    /**
     * Gets the date or period of payment (datesPeriodeVersement).
     *
     * @return the dates, never null
     */
    public PaymentDates datesPeriodeVersement() {
        return PaymentDates.parse(cell(ScdlColumn.DATES_PERIODE_VERSEMENT));
    }

    /**
     * Gets the number of the aid in the répertoire des aides aux entreprises (idRAE).
     *
     * @return the number, at most 5 characters, empty when not given, never null
     */
    public Optional<String> idRAE() {
        return optional(ScdlColumn.ID_RAE);
    }

    /**
     * Tells whether the aid is a State aid notified to the European Commission (notificationUE).
     *
     * @return true for {@code oui}
     */
    public boolean notificationUE() {
        return cell(ScdlColumn.NOTIFICATION_UE).equals("oui");
    }

    /**
     * Gets the beneficiary's share of the amount (pourcentageSubvention), {@code 1.00} for a sole one.
     *
     * @return the share, from 0.01 to 1, never null
     */
    public BigDecimal pourcentageSubvention() {
        return new BigDecimal(cell(ScdlColumn.POURCENTAGE_SUBVENTION));
    }

    /**
     * Gets the identifier of the aid scheme (dispositifAide).
     *
     * @return the identifier, empty when not given, never null
     */
    public Optional<String> dispositifAide() {
        return optional(ScdlColumn.DISPOSITIF_AIDE);
    }

    private Optional<String> optional(ScdlColumn column) {
        String text = cell(column);
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScdlRow && cells.equals(((ScdlRow) other).cells);
    }

    @Override
    public int hashCode() {
        return cells.hashCode();
    }

    /**
     * Returns the row as its field names and cells, for logs.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ScdlRow[");
        for (ScdlColumn column : ScdlColumn.inOrder()) {
            if (!cell(column).isEmpty()) {
                text.append(column.ordinal() == 0 ? "" : ", ").append(column.fieldName()).append('=').append(cell(column));
            }
        }
        return text.append(']').toString();
    }
}
