package dev.conventio.party;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The legal form of a party (forme juridique), an open value: well-known forms are constants, and
 * any other is made with {@link #of(String)}.
 * <pre>{@code
 * LegalForm.of("gip");                                   // LegalForm.GIP, the constant
 * LegalForm.of("societe-cooperative").frenchLabel();     // Optional.empty(): not a well-known form
 * LegalForm.ETABLISSEMENT_SPECIAL.frenchLabel();         // Optional[établissement spécial]
 * LegalForm.ASSOCIATION_LOI_1901.isPrivateLaw();        // true
 * LegalForm.PERSONNE_PHYSIQUE.isNaturalPerson();        // true
 * }</pre>
 *
 * <p>It refines {@link PartyKind}, which stays the party's category as version 1 gives it; the table
 * of {@code docs/model.md} maps one to the other. The code is 1 to 64 lower-case letters, digits and
 * single inner hyphens; {@link #toString()} is the exact inverse of {@link #of(String)}. Two legal
 * forms are equal when their codes are. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LegalForm {

    /** Whether a body is a person of public law or of private law (personne morale de droit public ou privé). */
    public enum Law {
        /** A person of public law: the State, a collectivité, an établissement public, a GIP. */
        PUBLIC,
        /** A person of private law: a company, an association, a fondation, a natural person. */
        PRIVATE
    }

    private static final Map<String, LegalForm> KNOWN = new LinkedHashMap<>();

    /** A collectivité territoriale: commune, département, région, collectivité à statut particulier. */
    public static final LegalForm COLLECTIVITE_TERRITORIALE = known("collectivite-territoriale",
            "collectivité territoriale", Law.PUBLIC);
    /** An établissement public de coopération intercommunale, métropoles included (but Lyon). */
    public static final LegalForm EPCI = known("epci", "établissement public de coopération intercommunale",
            Law.PUBLIC);
    /** The State. */
    public static final LegalForm ETAT = known("etat", "État", Law.PUBLIC);
    /** An établissement public administratif (EPA), such as the ANR. */
    public static final LegalForm EPA = known("etablissement-public-administratif", "établissement public administratif",
            Law.PUBLIC);
    /** An établissement public industriel et commercial (EPIC), such as the ADEME. */
    public static final LegalForm EPIC = known("etablissement-public-industriel-et-commercial",
            "établissement public industriel et commercial", Law.PUBLIC);
    /** An établissement spécial, such as the Caisse des dépôts et consignations. */
    public static final LegalForm ETABLISSEMENT_SPECIAL = known("etablissement-special", "établissement spécial",
            Law.PUBLIC);
    /** A groupement d'intérêt public. */
    public static final LegalForm GIP = known("gip", "groupement d'intérêt public", Law.PUBLIC);
    /**
     * A groupement de coopération sociale et médico-sociale: of public or private law according to
     * its members and its convention constitutive, so that its {@linkplain #law() law} is not known
     * from the form alone.
     */
    public static final LegalForm GCSMS = known("gcsms", "groupement de coopération sociale et médico-sociale",
            null);
    /** A société anonyme. */
    public static final LegalForm SA = known("sa", "société anonyme", Law.PRIVATE);
    /** A société par actions simplifiée. */
    public static final LegalForm SAS = known("sas", "société par actions simplifiée", Law.PRIVATE);
    /** An association under the loi du 1er juillet 1901. */
    public static final LegalForm ASSOCIATION_LOI_1901 = known("association-loi-1901", "association loi 1901",
            Law.PRIVATE);
    /** A fondation. */
    public static final LegalForm FONDATION = known("fondation", "fondation", Law.PRIVATE);

    /** A société à responsabilité limitée. */
    public static final LegalForm SARL = known("sarl", "société à responsabilité limitée", Law.PRIVATE);
    /** A natural person (personne physique), such as an individual entrepreneur. */
    public static final LegalForm PERSONNE_PHYSIQUE = known("personne-physique", "personne physique", Law.PRIVATE);

    private final String code;
    private final String label;
    private final Law law;

    private LegalForm(String code, String label, Law law) {
        this.code = code;
        this.label = label;
        this.law = law;
    }

    private static LegalForm known(String code, String label, Law law) {
        LegalForm form = new LegalForm(code, label, law);
        KNOWN.put(code, form);
        return form;
    }

    /**
     * Obtains a legal form by its code: the constant when the code is a well-known one.
     *
     * @param code  the code, such as {@code gip}, not null
     * @return the legal form, never null
     * @throws dev.conventio.validation.ValidationException with {@link PartyCodes#LEGAL_FORM_MALFORMED}
     *     if the code is not 1 to 64 lower-case letters, digits and single inner hyphens
     * @throws NullPointerException if the code is null
     */
    public static LegalForm of(String code) {
        Objects.requireNonNull(code, "code");
        LegalForm known = KNOWN.get(code);
        return known != null ? known : new LegalForm(Vocabulary.requireCode(code, PartyCodes.LEGAL_FORM_MALFORMED,
                "legal form's code"), null, null);
    }

    /**
     * Gets the code, the form JSON writes.
     *
     * @return the code, never null
     */
    public String code() {
        return code;
    }

    /**
     * Gets the French name of a well-known form.
     *
     * @return the name, empty for a form made with another code, never null
     */
    public Optional<String> frenchLabel() {
        return Optional.ofNullable(label);
    }

    /**
     * Gets whether a body of this form is a person of public or of private law, as far as the form
     * alone tells it: known for the well-known forms but the GCSMS, never for another code.
     *
     * @return the law, empty when the form does not tell it, never null
     */
    public Optional<Law> law() {
        return Optional.ofNullable(law);
    }

    /**
     * Tells whether the form is known to be of private law ({@link Law#PRIVATE}): companies,
     * associations, fondations, natural persons. The open-data rules of subsidies apply to such
     * beneficiaries.
     *
     * @return true when known to be of private law; false when of public law or not known
     */
    public boolean isPrivateLaw() {
        return law == Law.PRIVATE;
    }

    /**
     * Tells whether the form is a natural person ({@link #PERSONNE_PHYSIQUE}), whose name open data
     * never publishes.
     *
     * @return true for a natural person
     */
    public boolean isNaturalPerson() {
        return this.equals(PERSONNE_PHYSIQUE);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof LegalForm && code.equals(((LegalForm) other).code));
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * Returns the code, the form {@link #of(String)} reads.
     *
     * @return the code, never null
     */
    @Override
    public String toString() {
        return code;
    }
}
