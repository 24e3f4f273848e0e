package dev.conventio.finance;

/**
 * Whether the amount of a budget year binds its contributor (engagement ferme) or is a forecast
 * subject to the vote of the credits (« sous réserve du vote des crédits », « sous réserve de
 * l'inscription des crédits au budget »), as multi-year conventions commit it.
 *
 * @since 0.1
 */
public enum Firmness {
    /** A firm commitment (engagement ferme), usually the first year of a multi-year convention. */
    FIRM,
    /** A forecast (montant prévisionnel), subject to the vote of the credits of its year. */
    FORECAST
}
