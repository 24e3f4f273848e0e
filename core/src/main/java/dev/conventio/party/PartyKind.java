package dev.conventio.party;

/**
 * The legal nature of a party (nature juridique).
 *
 * @since 0.1
 */
public enum PartyKind {
    /** A métropole, such as the Métropole Aix-Marseille-Provence. */
    METROPOLE,
    /** Another établissement public de coopération intercommunale (communauté urbaine, d'agglomération…). */
    EPCI,
    /** A commune. */
    COMMUNE,
    /** A département. */
    DEPARTEMENT,
    /** A région. */
    REGION,
    /** The State (l'État) or one of its services. */
    ETAT,
    /** A groupement d'intérêt public (GIP), such as the GIP CRPV PACA. */
    GIP,
    /** Another établissement public (an agency, a hospital, a university…). */
    ETABLISSEMENT_PUBLIC,
    /** An association (loi 1901). */
    ASSOCIATION,
    /** A company (entreprise, société). */
    COMPANY,
    /** Any other kind of body. */
    OTHER
}
