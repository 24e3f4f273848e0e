package dev.conventio.convention;

import dev.conventio.validation.ViolationCode.Kind;
import dev.conventio.validation.ViolationCode;

/**
 * The violation codes of a convention as a whole: its parties, phases, contributions, decisions, articles and signatures together.
 *
 * <p>Each code's {@linkplain ViolationCode#id() id} is part of the library's contract: it never
 * changes meaning, and a retired id is never reused.
 *
 * @since 0.1
 */
public final class ConventionCodes {

    /** A convention or an amended convention has fewer than two parties. */
    public static final ViolationCode CONVENTION_PARTIES_TOO_FEW = ViolationCode.of(
            "convention.parties.too-few", Kind.INVARIANT, "a convention has fewer than two distinct parties");

    /** Two parties share an identifier. */
    public static final ViolationCode CONVENTION_PARTIES_DUPLICATE = ViolationCode.of(
            "convention.parties.duplicate", Kind.INVARIANT, "two parties share an identifier");

    /** Phase numbers are not 1, 2, … n in order without gaps. */
    public static final ViolationCode CONVENTION_PHASES_NOT_CONTIGUOUS = ViolationCode.of(
            "convention.phases.not-contiguous", Kind.INVARIANT,
            "phase numbers are not 1..n in order, without gaps");

    /** Two contributions share an identifier. */
    public static final ViolationCode CONVENTION_CONTRIBUTIONS_DUPLICATE = ViolationCode.of(
            "convention.contributions.duplicate", Kind.INVARIANT,
            "two financial contributions share an identifier");

    /** Committee decisions are not in date order. */
    public static final ViolationCode CONVENTION_DECISIONS_OUT_OF_ORDER = ViolationCode.of(
            "convention.decisions.out-of-order", Kind.INVARIANT, "committee decisions are not in date order");

    /** A committee decision is dated before the convention was concluded. */
    public static final ViolationCode DECISION_BEFORE_CONCLUSION = ViolationCode.of(
            "decision.date.before-conclusion", Kind.INVARIANT,
            "a committee decision is dated before the convention was concluded");

    /** A committee decision names a phase the convention does not have. */
    public static final ViolationCode DECISION_PHASE_UNKNOWN = ViolationCode.of(
            "decision.phase.unknown", Kind.INVARIANT,
            "a committee decision names a phase the convention does not have");

    /** A steering committee lists a member that is not a party. */
    public static final ViolationCode COMMITTEE_MEMBER_UNKNOWN = ViolationCode.of(
            "committee.member.unknown", Kind.INVARIANT, "a steering committee member is not a party");

    /** Two articles share a number. */
    public static final ViolationCode ARTICLES_DUPLICATE_NUMBER = ViolationCode.of(
            "articles.duplicate-number", Kind.INVARIANT, "two articles share a number");

    /** A contribution's contributor or beneficiary is not a party. */
    public static final ViolationCode CONTRIBUTION_PARTY_UNKNOWN = ViolationCode.of(
            "contribution.party.unknown", Kind.INVARIANT,
            "a contribution's contributor or beneficiary is not a party");

    /** A signature is for a party that is not a party of the instrument. */
    public static final ViolationCode SIGNATURE_PARTY_UNKNOWN = ViolationCode.of(
            "signature.party.unknown", Kind.INVARIANT, "a signature is for a party that is not a party");

    /** A convention's signature is dated after the convention's date of conclusion. */
    public static final ViolationCode SIGNATURE_AFTER_CONCLUSION = ViolationCode.of(
            "signature.date.after-conclusion", Kind.INVARIANT,
            "a signature of the convention is dated after its conclusion");

    /** A convention has no reference, no NOR and no publication to identify it. */
    public static final ViolationCode CONVENTION_UNIDENTIFIED = ViolationCode.of(
            "convention.unidentified", Kind.INVARIANT, "a convention has no reference, NOR or publication");

    /** A contribution's paying or receiving establishment does not belong to the SIREN of its party. */
    public static final ViolationCode CONTRIBUTION_ESTABLISHMENT_MISMATCH = ViolationCode.of(
            "contribution.establishment.siren-mismatch", Kind.INVARIANT,
            "a contribution's paying or receiving establishment does not belong to its party's SIREN");

    /** A legal basis's citation names no legal basis of the convention, or one already cited. */
    public static final ViolationCode LEGAL_BASIS_CITATION_INVALID = ViolationCode.of(
            "legal-basis.citation.invalid", Kind.INVARIANT,
            "a citation names no legal basis of the convention, or one already cited");

    /** Two actions share an identifier. */
    public static final ViolationCode CONVENTION_ACTIONS_DUPLICATE = ViolationCode.of(
            "convention.actions.duplicate", Kind.INVARIANT, "two actions share an identifier");

    /** Two targets share an identifier. */
    public static final ViolationCode CONVENTION_TARGETS_DUPLICATE = ViolationCode.of(
            "convention.targets.duplicate", Kind.INVARIANT, "two targets share an identifier");

    /** A contribution names an action the convention does not have. */
    public static final ViolationCode CONTRIBUTION_ACTION_UNKNOWN = ViolationCode.of(
            "contribution.action.unknown", Kind.INVARIANT, "a contribution names an action the convention does not have");

    /** A target names an action the convention does not have. */
    public static final ViolationCode TARGET_ACTION_UNKNOWN = ViolationCode.of(
            "target.action.unknown", Kind.INVARIANT, "a target names an action the convention does not have");

    /** A target names a phase the convention does not have. */
    public static final ViolationCode TARGET_PHASE_UNKNOWN = ViolationCode.of(
            "target.phase.unknown", Kind.INVARIANT, "a target names a phase the convention does not have");

    private ConventionCodes() {
    }
}
