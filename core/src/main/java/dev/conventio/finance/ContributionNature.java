package dev.conventio.finance;

/**
 * The nature of a financial contribution.
 *
 * @since 0.1
 */
public enum ContributionNature {
    /** A financial participation in a shared undertaking (participation financière). */
    FINANCIAL_PARTICIPATION,
    /** An operating or project grant (subvention). */
    GRANT,
    /** The price of a service rendered (rémunération, prestation). */
    REMUNERATION,
    /** A contribution in kind valued in money (apport en nature valorisé). */
    IN_KIND,
    /** Any other nature. */
    OTHER
}
