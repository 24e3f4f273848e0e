package dev.conventio.opendata.scdl;

import dev.conventio.party.Siret;
import dev.conventio.validation.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Builds {@link ScdlRow} values, obtained from {@link ScdlRow#builder()}. Every field is required but {@code referenceDecision},
 * {@code idBeneficiaire} or {@code rnaBeneficiaire} (one of them is), {@code idRAE} and
 * {@code dispositifAide}. The builder is mutable and meant for one thread; each setter throws
 * {@link NullPointerException} on null.
 *
 * @since 0.1
 */
public final class ScdlRowBuilder {

    static final Pattern RNA = Pattern.compile("W[0-9]{9}");
    private static final BigDecimal SHARE_MINIMUM = new BigDecimal("0.01");

    private final String[] cells = new String[ScdlColumn.values().length];
    private BigDecimal share;

    ScdlRowBuilder() {
    }

    /**
     * Returns a new builder with the fields set so far, such as the fields one attribution's rows
     * share before each gets its beneficiary.
     *
     * @return the copy, never null
     */
    public ScdlRowBuilder copy() {
        ScdlRowBuilder copy = new ScdlRowBuilder();
        System.arraycopy(cells, 0, copy.cells, 0, cells.length);
        copy.share = share;
        return copy;
    }

    private ScdlRowBuilder set(ScdlColumn column, Object value) {
        cells[column.ordinal()] = Objects.requireNonNull(value, column.fieldName()).toString();
        return this;
    }

    /**
     * Sets nomAttribuant.
     *
     * @param name  nomAttribuant, not null
     * @return this builder, never null
     */
    public ScdlRowBuilder nomAttribuant(String name) {
        return set(ScdlColumn.NOM_ATTRIBUANT, name);
    }

    /**
     * Sets idAttribuant.
     *
     * @param siret  idAttribuant, not null
     * @return this builder, never null
     */
    public ScdlRowBuilder idAttribuant(Siret siret) {
        return set(ScdlColumn.ID_ATTRIBUANT, siret);
    }

    /**
     * Sets dateConvention.
     *
     * @param date  dateConvention, not null
     * @return this builder, never null
     */
    public ScdlRowBuilder dateConvention(LocalDate date) {
        return set(ScdlColumn.DATE_CONVENTION, date);
    }

    /**
     * Sets referenceDecision.
     *
     * @param reference  referenceDecision, not null
     * @return this builder, never null
     */
    public ScdlRowBuilder referenceDecision(String reference) {
        return set(ScdlColumn.REFERENCE_DECISION, reference);
    }

    /**
     * Sets nomBeneficiaire.
     *
     * @param name  nomBeneficiaire, not null
     * @return this builder, never null
     */
    public ScdlRowBuilder nomBeneficiaire(String name) {
        return set(ScdlColumn.NOM_BENEFICIAIRE, name);
    }

    /**
     * Sets idBeneficiaire.
     *
     * @param siret  idBeneficiaire, not null
     * @return this builder, never null
     */
    public ScdlRowBuilder idBeneficiaire(Siret siret) {
        return set(ScdlColumn.ID_BENEFICIAIRE, siret);
    }

    /**
     * Sets rnaBeneficiaire.
     *
     * @param rna  rnaBeneficiaire, {@code W} and nine digits, not null
     * @return this builder, never null
     */
    public ScdlRowBuilder rnaBeneficiaire(String rna) {
        return set(ScdlColumn.RNA_BENEFICIAIRE, rna);
    }

    /**
     * Sets objet.
     *
     * @param objet  objet, at most 256 characters, not null
     * @return this builder, never null
     */
    public ScdlRowBuilder objet(String objet) {
        return set(ScdlColumn.OBJET, objet);
    }

    /**
     * Sets montant.
     *
     * @param amount  montant in euros, not null
     * @return this builder, never null
     */
    public ScdlRowBuilder montant(BigDecimal amount) {
        return set(ScdlColumn.MONTANT, Objects.requireNonNull(amount, "amount").toPlainString());
    }

    /**
     * Sets nature.
     *
     * @param nature  nature, not null
     * @return this builder, never null
     */
    public ScdlRowBuilder nature(AidNature nature) {
        return set(ScdlColumn.NATURE, Objects.requireNonNull(nature, "nature").text());
    }

    /**
     * Sets conditionsVersement.
     *
     * @param terms  conditionsVersement, not null
     * @return this builder, never null
     */
    public ScdlRowBuilder conditionsVersement(PaymentTerms terms) {
        return set(ScdlColumn.CONDITIONS_VERSEMENT, terms);
    }

    /**
     * Sets datesPeriodeVersement.
     *
     * @param dates  datesPeriodeVersement, not null
     * @return this builder, never null
     */
    public ScdlRowBuilder datesPeriodeVersement(PaymentDates dates) {
        return set(ScdlColumn.DATES_PERIODE_VERSEMENT, dates);
    }

    /**
     * Sets idRAE.
     *
     * @param id  idRAE, at most 5 characters, not null
     * @return this builder, never null
     */
    public ScdlRowBuilder idRAE(String id) {
        return set(ScdlColumn.ID_RAE, id);
    }

    /**
     * Sets notificationUE.
     *
     * @param notified  notificationUE
     * @return this builder, never null
     */
    public ScdlRowBuilder notificationUE(boolean notified) {
        return set(ScdlColumn.NOTIFICATION_UE, notified ? "oui" : "non");
    }

    /**
     * Sets pourcentageSubvention.
     *
     * @param share  pourcentageSubvention, from 0.01 to 1, not null
     * @return this builder, never null
     */
    public ScdlRowBuilder pourcentageSubvention(BigDecimal share) {
        this.share = Objects.requireNonNull(share, "share");
        return set(ScdlColumn.POURCENTAGE_SUBVENTION, share.toPlainString());
    }

    /**
     * Sets dispositifAide.
     *
     * @param id  dispositifAide, not null
     * @return this builder, never null
     */
    public ScdlRowBuilder dispositifAide(String id) {
        return set(ScdlColumn.DISPOSITIF_AIDE, id);
    }

    /**
     * Builds the row, checking it.
     *
     * @return the row, never null
     * @throws dev.conventio.validation.ValidationException with every violation found, each
     *     under its field's name: {@link ScdlCodes#CELL_REQUIRED}, {@link ScdlCodes#CELL_TOO_LONG},
     *     {@link ScdlCodes#CELL_PATTERN}, {@link ScdlCodes#CELL_OUT_OF_RANGE},
     *     {@link ScdlCodes#BENEFICIARY_UNIDENTIFIED}
     */
    public ScdlRow build() {
        Violations violations = Violations.collector();
        for (ScdlColumn column : ScdlColumn.inOrder()) {
            boolean optional = column == ScdlColumn.REFERENCE_DECISION || column == ScdlColumn.ID_BENEFICIAIRE
                    || column == ScdlColumn.RNA_BENEFICIAIRE || column == ScdlColumn.ID_RAE
                    || column == ScdlColumn.DISPOSITIF_AIDE;
            String cell = cells[column.ordinal()];
            if (cell == null ? !optional : cell.isBlank()) {
                violations.add(ScdlCodes.CELL_REQUIRED, column.fieldName(), column.fieldName()
                        + (cell == null ? " is required" : " must not be blank, was '" + cell + "'"));
            }
        }
        maxLength(violations, ScdlColumn.OBJET, ScdlRow.OBJET_MAX_LENGTH);
        maxLength(violations, ScdlColumn.ID_RAE, ScdlRow.ID_RAE_MAX_LENGTH);
        String rna = cells[ScdlColumn.RNA_BENEFICIAIRE.ordinal()];
        if (rna != null && !RNA.matcher(rna).matches()) {
            violations.add(ScdlCodes.CELL_PATTERN, ScdlColumn.RNA_BENEFICIAIRE.fieldName(),
                    "an RNA number is W and nine digits, was '" + rna + "'");
        }
        if (share != null && (share.compareTo(SHARE_MINIMUM) < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
            violations.add(ScdlCodes.CELL_OUT_OF_RANGE, ScdlColumn.POURCENTAGE_SUBVENTION.fieldName(),
                    "a share is from 0.01 to 1, was " + share.toPlainString());
        }
        if (cells[ScdlColumn.ID_BENEFICIAIRE.ordinal()] == null && rna == null) {
            violations.add(ScdlCodes.BENEFICIARY_UNIDENTIFIED, ScdlColumn.ID_BENEFICIAIRE.fieldName(),
                    "a beneficiary needs a SIRET (idBeneficiaire) or an RNA number (rnaBeneficiaire)");
        }
        violations.throwIfAny();
        List<String> texts = new ArrayList<>(cells.length);
        for (String cell : cells) {
            texts.add(cell == null ? "" : cell);
        }
        return new ScdlRow(List.copyOf(texts));
    }

    private void maxLength(Violations violations, ScdlColumn column, int max) {
        String cell = cells[column.ordinal()];
        if (cell != null && cell.codePointCount(0, cell.length()) > max) {
            violations.add(ScdlCodes.CELL_TOO_LONG, column.fieldName(), column.fieldName() + " is at most " + max
                    + " characters, was " + cell.codePointCount(0, cell.length()));
        }
    }
}
