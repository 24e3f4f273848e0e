package dev.conventio.finance;

import dev.conventio.validation.ViolationCode;
import dev.conventio.validation.ViolationCode.Kind;

/**
 * The violation codes of financial contributions, schedules and budget periods.
 *
 * <p>Each code's {@linkplain ViolationCode#id() id} is part of the library's contract: it never
 * changes meaning, and a retired id is never reused.
 *
 * @since 0.1
 */
public final class FinanceCodes {

    /** A contribution's amount is zero or negative. */
    public static final ViolationCode CONTRIBUTION_AMOUNT_NOT_POSITIVE = ViolationCode.of(
            "contribution.amount.not-positive", Kind.INVARIANT, "a contribution's amount is zero or negative");

    /** A contribution's beneficiary is its contributor. */
    public static final ViolationCode CONTRIBUTION_BENEFICIARY_IS_CONTRIBUTOR = ViolationCode.of(
            "contribution.beneficiary.is-contributor", Kind.INVARIANT,
            "a contribution's beneficiary is its contributor");

    /** An instalment's amount is zero or negative. */
    public static final ViolationCode INSTALMENT_AMOUNT_NOT_POSITIVE = ViolationCode.of(
            "instalment.amount.not-positive", Kind.INVARIANT, "an instalment's amount is zero or negative");

    /** An instalment is in another currency than its contribution. */
    public static final ViolationCode SCHEDULE_CURRENCY_MISMATCH = ViolationCode.of(
            "contribution.schedule.currency-mismatch", Kind.INVARIANT,
            "an instalment is in another currency than its contribution");

    /** The instalments of a schedule do not add up exactly to the contribution's amount. */
    public static final ViolationCode SCHEDULE_SUM_MISMATCH = ViolationCode.of(
            "contribution.schedule.sum-mismatch", Kind.INVARIANT,
            "the instalments do not add up exactly to the contribution's amount");

    /** The instalments of a schedule are not in date order. */
    public static final ViolationCode SCHEDULE_DATES_OUT_OF_ORDER = ViolationCode.of(
            "contribution.schedule.dates-out-of-order", Kind.INVARIANT,
            "the instalments are not in date order");

    /** A budget period ends before it starts. */
    public static final ViolationCode BUDGET_PERIOD_REVERSED = ViolationCode.of(
            "budget-period.reversed", Kind.INVARIANT, "a budget period ends before it starts");

    /** A budget period's text is not {@code YYYY} or {@code YYYY-YYYY}. */
    public static final ViolationCode BUDGET_PERIOD_MALFORMED = ViolationCode.of(
            "budget-period.malformed", Kind.INVARIANT, "a budget period's text is not YYYY or YYYY-YYYY");

    private FinanceCodes() {
    }
}
