package dev.conventio.finance;

import dev.conventio.validation.ViolationCode;
import dev.conventio.validation.ViolationCode.Kind;

/**
 * The violation codes of financial contributions, their yearly amounts, schedules, payment
 * conditions and shares, budget periods and transfers.
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

    /** Yearly amounts are not in ascending years, or a year appears twice. */
    public static final ViolationCode YEARS_NOT_ASCENDING = ViolationCode.of(
            "contribution.years.not-ascending", Kind.INVARIANT,
            "a contribution's yearly amounts are not in ascending years, each year once");

    /** A yearly amount is for a year outside the contribution's budget period. */
    public static final ViolationCode YEARS_OUTSIDE_BUDGET = ViolationCode.of(
            "contribution.years.outside-budget", Kind.INVARIANT,
            "a yearly amount is for a year outside the contribution's budget period");

    /** A yearly amount is in another currency than the contribution. */
    public static final ViolationCode YEARS_CURRENCY_MISMATCH = ViolationCode.of(
            "contribution.years.currency-mismatch", Kind.INVARIANT,
            "a yearly amount is in another currency than the contribution");

    /**
     * The yearly amounts do not add up to the contribution's amount: when all are known, to exactly
     * it; while some are not, to less than it.
     */
    public static final ViolationCode YEARS_SUM_MISMATCH = ViolationCode.of(
            "contribution.years.sum-mismatch", Kind.INVARIANT,
            "the yearly amounts do not add up to the contribution's amount");

    /** A contribution's payment conditions do not agree with its schedule. */
    public static final ViolationCode PAYMENT_SCHEDULE_MISMATCH = ViolationCode.of(
            "contribution.payment.schedule-mismatch", Kind.INVARIANT,
            "payment conditions say single or by instalments, and the schedule says otherwise");

    /** A condition of another kind (payment, instalment) has no description. */
    public static final ViolationCode CONDITION_UNDESCRIBED = ViolationCode.of(
            "condition.other.undescribed", Kind.INVARIANT,
            "a payment or instalment condition of another kind has no description");

    /** Two shares of one contribution name the same party. */
    public static final ViolationCode SHARES_DUPLICATE_PARTY = ViolationCode.of(
            "contribution.shares.duplicate-party", Kind.INVARIANT,
            "two shares of a contribution name the same beneficiary");

    /** The shares of a contribution do not include its beneficiary. */
    public static final ViolationCode SHARES_BENEFICIARY_MISSING = ViolationCode.of(
            "contribution.shares.beneficiary-missing", Kind.INVARIANT,
            "the shares of a contribution do not include its beneficiary");

    /** The shares of a contribution do not add up to the whole. */
    public static final ViolationCode SHARES_SUM_MISMATCH = ViolationCode.of(
            "contribution.shares.sum-mismatch", Kind.INVARIANT,
            "the beneficiaries' shares of a contribution do not add up to the whole");

    /** A portion is not more than nothing and at most the whole. */
    public static final ViolationCode PORTION_OUT_OF_RANGE = ViolationCode.of(
            "portion.out-of-range", Kind.INVARIANT, "a portion is zero, negative or more than the whole");

    /** A portion's text is not {@code n/d}. */
    public static final ViolationCode PORTION_MALFORMED = ViolationCode.of(
            "portion.malformed", Kind.INVARIANT, "a portion's text is not n/d (Portion.parse)");

    /** An RAE number is not one to five digits. */
    public static final ViolationCode AID_RAE_MALFORMED = ViolationCode.of(
            "aid.rae.malformed", Kind.INVARIANT, "an RAE number is not one to five digits");

    /** A transfer moves zero or a negative amount. */
    public static final ViolationCode TRANSFER_AMOUNT_NOT_POSITIVE = ViolationCode.of(
            "transfer.amount.not-positive", Kind.INVARIANT, "a transfer's amount is zero or negative");

    /** Neither end of a transfer is a contribution of the convention. */
    public static final ViolationCode TRANSFER_ENDS_OUTSIDE = ViolationCode.of(
            "transfer.ends.outside", Kind.INVARIANT, "neither end of a transfer is a contribution of the convention");

    /** A transfer goes from a contribution to itself. */
    public static final ViolationCode TRANSFER_ENDS_SAME = ViolationCode.of(
            "transfer.ends.same", Kind.INVARIANT, "a transfer goes from a contribution to itself");

    private FinanceCodes() {
    }
}
