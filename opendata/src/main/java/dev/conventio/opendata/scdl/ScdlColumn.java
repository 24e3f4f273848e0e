package dev.conventio.opendata.scdl;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The sixteen columns of the SCDL « subventions » format, version 2.1.1, in the schema's order,
 * which is the order of the header line the export writes.
 * <pre>{@code
 * ScdlColumn.ID_BENEFICIAIRE.fieldName();       // "idBeneficiaire"
 * ScdlColumn.named("montant").orElseThrow();    // MONTANT
 * }</pre>
 *
 * @since 0.1
 */
public enum ScdlColumn {
    /** Nom de l'attribuant: the official name of the granting body. Required. */
    NOM_ATTRIBUANT("nomAttribuant"),
    /** Identification de l'attribuant: its SIRET. Required. */
    ID_ATTRIBUANT("idAttribuant"),
    /** Date de la convention de subvention. Required. */
    DATE_CONVENTION("dateConvention"),
    /** Référence de la décision d'attribution. */
    REFERENCE_DECISION("referenceDecision"),
    /** Nom du bénéficiaire. Required. */
    NOM_BENEFICIAIRE("nomBeneficiaire"),
    /** Identification SIRET du bénéficiaire; this or the RNA number is required. */
    ID_BENEFICIAIRE("idBeneficiaire"),
    /** Identification RNA du bénéficiaire; this or the SIRET is required. */
    RNA_BENEFICIAIRE("rnaBeneficiaire"),
    /** Objet de la subvention, at most 256 characters. Required. */
    OBJET("objet"),
    /** Montant total de la subvention, in euros, before its split between beneficiaries. Required. */
    MONTANT("montant"),
    /** Nature de la subvention. Required. */
    NATURE("nature"),
    /** Conditions de versement. Required. */
    CONDITIONS_VERSEMENT("conditionsVersement"),
    /** Date ou période de versement. Required. */
    DATES_PERIODE_VERSEMENT("datesPeriodeVersement"),
    /** Identifiant RAE de l'aide, at most 5 characters. */
    ID_RAE("idRAE"),
    /** Aide d'État notifiée à la Commission européenne, {@code oui} or {@code non}. Required. */
    NOTIFICATION_UE("notificationUE"),
    /** Pourcentage du montant attribué au bénéficiaire, from 0.01 to 1. Required. */
    POURCENTAGE_SUBVENTION("pourcentageSubvention"),
    /** Identifiant du dispositif d'aide. */
    DISPOSITIF_AIDE("dispositifAide");

    private static final List<ScdlColumn> ALL = List.of(values());

    private final String fieldName;

    ScdlColumn(String fieldName) {
        this.fieldName = fieldName;
    }

    /**
     * Gets the name of the field in the schema and in the header line.
     *
     * @return the name, such as {@code idBeneficiaire}, never null
     */
    public String fieldName() {
        return fieldName;
    }

    /**
     * Gets the columns in the schema's order.
     *
     * @return the sixteen columns, never null, unmodifiable
     */
    public static List<ScdlColumn> inOrder() {
        return ALL;
    }

    /**
     * Finds the column of a field name, exactly as the schema spells it.
     *
     * @param fieldName  the name, such as {@code montant}, not null
     * @return the column, empty when the schema has no such field, never null
     * @throws NullPointerException if the name is null
     */
    public static Optional<ScdlColumn> named(String fieldName) {
        Objects.requireNonNull(fieldName, "fieldName");
        for (ScdlColumn column : ALL) {
            if (column.fieldName.equals(fieldName)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
