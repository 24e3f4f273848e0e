package dev.conventio.finance;

/**
 * What allows an aid under the European rules on State aid (régime d'aide d'État).
 *
 * @since 0.1
 */
public enum StateAidBasis {
    /**
     * An aid de minimis, below the ceiling of the de minimis regulations (règlement (UE)
     * n° 1407/2013, then 2023/2831), which need not be notified.
     */
    DE_MINIMIS,
    /** An aid notified to the European Commission and authorised by its decision (aide notifiée). */
    NOTIFIED,
    /**
     * An aid exempted from notification by a block exemption (règlement général d'exemption par
     * catégorie n° 651/2014) or by the decision on services of general economic interest (SIEG).
     */
    EXEMPTED,
    /** Not a State aid (no economic activity, or no advantage), as the instrument states. */
    NOT_STATE_AID
}
