package dev.conventio.finance;

/**
 * The two natures of a subsidy in the SCDL « subventions » open-data format (field
 * {@code nature}): money, or goods and services valued in money. A subsidy both in cash and in kind
 * is two contributions, one of each nature.
 *
 * @since 0.1
 */
public enum AidForm {
    /** « aide en numéraire »: money paid. */
    CASH,
    /** « aide en nature »: premises, staff, goods or services provided, valued in money. */
    IN_KIND
}
