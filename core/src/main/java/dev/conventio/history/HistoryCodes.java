package dev.conventio.history;

import dev.conventio.validation.ViolationCode.Kind;
import dev.conventio.validation.ViolationCode;

/**
 * The violation codes of amendment histories: the amendment rules, the built-in policies and the queries of a consolidated convention.
 *
 * <p>Each code's {@linkplain ViolationCode#id() id} is part of the library's contract: it never
 * changes meaning, and a retired id is never reused.
 *
 * @since 0.1
 */
public final class HistoryCodes {

    /** An amendment's number does not follow the last one of the history. */
    public static final ViolationCode AMENDMENT_NUMBER_NOT_NEXT = ViolationCode.of(
            "amendment.number.not-next", Kind.RULE, "the amendment's number does not follow the last one");

    /** A party of the convention as it stands (or a party the amendment adds) has not signed. */
    public static final ViolationCode AMENDMENT_SIGNATURE_MISSING = ViolationCode.of(
            "amendment.signature.missing", Kind.RULE,
            "a party of the convention as it stands, or one the amendment adds, does not sign");

    /** A signatory of the amendment is not a party of the convention as it stands, nor added by it. */
    public static final ViolationCode AMENDMENT_SIGNATORY_NOT_A_PARTY = ViolationCode.of(
            "amendment.signatory.not-a-party", Kind.RULE,
            "a signatory is not a party of the convention as it stands, nor one the amendment adds");

    /**
     * An amendment's participant is a party, or its representation or authorisation names a body that
     * is not a party of the convention as it stands (nor added by it, nor, for a representation, one of
     * its participants).
     */
    public static final ViolationCode AMENDMENT_PARTY_REFERENCE_INVALID = ViolationCode.of(
            "amendment.party-reference.invalid", Kind.RULE,
            "an amendment's participant is a party, or it represents or authorises a body that is not a party");

    /** An amendment is concluded after the convention has ended. */
    public static final ViolationCode AMENDMENT_AFTER_CONVENTION_END = ViolationCode.of(
            "amendment.concluded-after-end", Kind.RULE,
            "the amendment is concluded after the convention has ended");

    /** An amendment is signed before the convention it amends was concluded. */
    public static final ViolationCode AMENDMENT_BEFORE_CONVENTION = ViolationCode.of(
            "amendment.concluded-before-convention", Kind.RULE,
            "the amendment is signed before the convention was concluded");

    /**
     * A signed amendment's own term ends before the amendment takes effect, so that its provisions
     * would never be in force.
     */
    public static final ViolationCode AMENDMENT_TERM_ENDS_BEFORE_EFFECT = ViolationCode.of(
            "amendment.term.ends-before-effect", Kind.RULE,
            "the amendment's own term ends before it takes effect");

    /** A change's own end comes before its amendment takes effect: the change would never apply. */
    public static final ViolationCode CHANGE_ENDS_BEFORE_EFFECT = ViolationCode.of(
            "change.until.before-effect", Kind.RULE, "a change's own end comes before its amendment takes effect");

    /** A change names a phase, contribution, party or article that does not exist. */
    public static final ViolationCode CHANGE_TARGET_MISSING = ViolationCode.of(
            "change.target.missing", Kind.RULE,
            "a change names a phase, contribution, party or article that does not exist");

    /** A change adds a phase, contribution, party or article that already exists. */
    public static final ViolationCode CHANGE_TARGET_EXISTS = ViolationCode.of(
            "change.target.exists", Kind.RULE,
            "a change adds a phase, contribution, party or article that already exists");

    /** Applying the amendment's changes yields a convention that breaks an invariant. */
    public static final ViolationCode CHANGE_RESULT_INVALID = ViolationCode.of(
            "change.result.invalid", Kind.RULE,
            "applying the changes yields a convention that breaks an invariant");

    /** The parts of a split do not add up to the contribution split. */
    public static final ViolationCode CHANGE_SPLIT_SUM_MISMATCH = ViolationCode.of(
            "change.split.sum-mismatch", Kind.RULE,
            "the parts of a split contribution do not add up to its amount");

    /**
     * A textual modification names words that the recorded passage does not hold, or an occurrence
     * of them it does not have.
     */
    public static final ViolationCode CHANGE_WORDS_ABSENT = ViolationCode.of(
            "change.words.absent", Kind.RULE,
            "a textual modification names words, or an occurrence of them, that the recorded text does not hold");

    /** A prolongation states a total duration that the prolonged term does not give. */
    public static final ViolationCode PROLONGATION_TOTAL_MISMATCH = ViolationCode.of(
            "change.prolongation.total-mismatch", Kind.RULE,
            "a prolongation states a total duration that the prolonged term does not give");

    /** An amendment increases the money committed by more than the cap allows. */
    public static final ViolationCode POLICY_INCREASE_CAP_EXCEEDED = ViolationCode.of(
            "policy.increase-cap.exceeded", Kind.POLICY,
            "the amendment increases the money committed by more than the cap");

    /** The amendments together increase the money committed by more than the cumulative cap. */
    public static final ViolationCode POLICY_CUMULATIVE_CAP_EXCEEDED = ViolationCode.of(
            "policy.cumulative-cap.exceeded", Kind.POLICY,
            "the amendments together increase the money committed by more than the cap");

    /**
     * Whether an amendment's increase exceeds the cap cannot be told, because an amount it depends
     * on is not known: an {@linkplain dev.conventio.validation.Violation#undetermined undetermined
     * outcome}, which a history accepts and keeps.
     */
    public static final ViolationCode POLICY_INCREASE_CAP_UNDETERMINED = ViolationCode.of(
            "policy.increase-cap.undetermined", Kind.POLICY,
            "whether the amendment's increase exceeds the cap cannot be told: an amount is not known");

    /**
     * Whether the amendments' increases together exceed the cap cannot be told, because an amount
     * they depend on is not known (undetermined, as {@link #POLICY_INCREASE_CAP_UNDETERMINED}).
     */
    public static final ViolationCode POLICY_CUMULATIVE_CAP_UNDETERMINED = ViolationCode.of(
            "policy.cumulative-cap.undetermined", Kind.POLICY,
            "whether the amendments' increases together exceed the cap cannot be told: an amount is not known");

    /** An amendment changes the object of the convention. */
    public static final ViolationCode POLICY_OBJECT_CHANGED = ViolationCode.of(
            "policy.object.changed", Kind.POLICY, "the amendment changes the convention's object");

    /** A sum of money mixes currencies. */
    public static final ViolationCode MONEY_CURRENCY_MIXED = ViolationCode.of(
            "money.currency-mixed", Kind.QUERY, "a sum of money would mix currencies");

    private HistoryCodes() {
    }
}
