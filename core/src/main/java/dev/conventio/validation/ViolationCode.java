package dev.conventio.validation;

/**
 * The stable, machine-readable codes of every invariant, amendment rule and built-in policy.
 *
 * <p>The {@linkplain #code() code text} ({@code contribution.amount.not-positive}) is part of the
 * library's contract: it never changes meaning, and a code that is retired is never reused. It is
 * the form to store, compare across versions and write in JSON; the constant name is its Java form.
 */
public enum ViolationCode {

    // ---- value invariants: common --------------------------------------------------------------
    /** A text that must say something (a reference, a name, a title) is empty or white space. */
    TEXT_BLANK(Kind.INVARIANT, "text.blank", "a required text is empty or only white space"),
    /** An identifier is not 1 to 64 lower-case ASCII letters, digits and inner hyphens. */
    IDENTIFIER_MALFORMED(Kind.INVARIANT, "identifier.malformed",
            "an identifier is not 1 to 64 lower-case letters, digits and inner hyphens"),

    // ---- parties -------------------------------------------------------------------------------
    /** A SIREN is not nine digits. */
    SIREN_MALFORMED(Kind.INVARIANT, "siren.malformed", "a SIREN is not nine digits"),
    /** A SIREN fails its Luhn checksum. */
    SIREN_CHECKSUM(Kind.INVARIANT, "siren.checksum", "a SIREN fails its Luhn checksum"),
    /** A SIRET is not fourteen digits. */
    SIRET_MALFORMED(Kind.INVARIANT, "siret.malformed", "a SIRET is not fourteen digits"),
    /** A SIRET fails its Luhn checksum (or, for La Poste, its digit-sum rule). */
    SIRET_CHECKSUM(Kind.INVARIANT, "siret.checksum",
            "a SIRET fails its Luhn checksum (La Poste: its digit sum is not a multiple of 5)"),
    /** A party's SIRET does not start with the party's SIREN. */
    PARTY_SIRET_SIREN_MISMATCH(Kind.INVARIANT, "party.siret.siren-mismatch",
            "a party's SIRET does not start with its SIREN"),

    // ---- convention ----------------------------------------------------------------------------
    /** A convention or an amended convention has fewer than two parties. */
    CONVENTION_PARTIES_TOO_FEW(Kind.INVARIANT, "convention.parties.too-few",
            "a convention has fewer than two distinct parties"),
    /** Two parties share an identifier. */
    CONVENTION_PARTIES_DUPLICATE(Kind.INVARIANT, "convention.parties.duplicate",
            "two parties share an identifier"),
    /** Phase numbers are not 1, 2, … n in order without gaps. */
    CONVENTION_PHASES_NOT_CONTIGUOUS(Kind.INVARIANT, "convention.phases.not-contiguous",
            "phase numbers are not 1..n in order, without gaps"),
    /** Two contributions share an identifier. */
    CONVENTION_CONTRIBUTIONS_DUPLICATE(Kind.INVARIANT, "convention.contributions.duplicate",
            "two financial contributions share an identifier"),
    /** Committee decisions are not in date order. */
    CONVENTION_DECISIONS_OUT_OF_ORDER(Kind.INVARIANT, "convention.decisions.out-of-order",
            "committee decisions are not in date order"),
    /** A committee decision is dated before the convention was concluded. */
    DECISION_BEFORE_CONCLUSION(Kind.INVARIANT, "decision.date.before-conclusion",
            "a committee decision is dated before the convention was concluded"),
    /** A committee decision names a phase the convention does not have. */
    DECISION_PHASE_UNKNOWN(Kind.INVARIANT, "decision.phase.unknown",
            "a committee decision names a phase the convention does not have"),
    /** A steering committee lists a member that is not a party. */
    COMMITTEE_MEMBER_UNKNOWN(Kind.INVARIANT, "committee.member.unknown",
            "a steering committee member is not a party"),
    /** Two articles share a number. */
    ARTICLES_DUPLICATE_NUMBER(Kind.INVARIANT, "articles.duplicate-number", "two articles share a number"),

    // ---- phases and orientations ---------------------------------------------------------------
    /** A phase number is zero or negative. */
    PHASE_NUMBER_NOT_POSITIVE(Kind.INVARIANT, "phase.number.not-positive", "a phase number is not positive"),
    /** An orientation's order is zero or negative. */
    ORIENTATION_ORDER_NOT_POSITIVE(Kind.INVARIANT, "orientation.order.not-positive",
            "an orientation's order is not positive"),
    /** Two orientations of one phase share an order. */
    PHASE_ORIENTATIONS_DUPLICATE_ORDER(Kind.INVARIANT, "phase.orientations.duplicate-order",
            "two orientations of a phase share an order"),

    // ---- money ---------------------------------------------------------------------------------
    /** A contribution's amount is zero or negative. */
    CONTRIBUTION_AMOUNT_NOT_POSITIVE(Kind.INVARIANT, "contribution.amount.not-positive",
            "a contribution's amount is zero or negative"),
    /** A contribution's beneficiary is its contributor. */
    CONTRIBUTION_BENEFICIARY_IS_CONTRIBUTOR(Kind.INVARIANT, "contribution.beneficiary.is-contributor",
            "a contribution's beneficiary is its contributor"),
    /** A contribution's contributor or beneficiary is not a party. */
    CONTRIBUTION_PARTY_UNKNOWN(Kind.INVARIANT, "contribution.party.unknown",
            "a contribution's contributor or beneficiary is not a party"),
    /** An instalment's amount is zero or negative. */
    INSTALMENT_AMOUNT_NOT_POSITIVE(Kind.INVARIANT, "instalment.amount.not-positive",
            "an instalment's amount is zero or negative"),
    /** An instalment is in another currency than its contribution. */
    SCHEDULE_CURRENCY_MISMATCH(Kind.INVARIANT, "contribution.schedule.currency-mismatch",
            "an instalment is in another currency than its contribution"),
    /** The instalments of a schedule do not add up exactly to the contribution's amount. */
    SCHEDULE_SUM_MISMATCH(Kind.INVARIANT, "contribution.schedule.sum-mismatch",
            "the instalments do not add up exactly to the contribution's amount"),
    /** The instalments of a schedule are not in date order. */
    SCHEDULE_DATES_OUT_OF_ORDER(Kind.INVARIANT, "contribution.schedule.dates-out-of-order",
            "the instalments are not in date order"),
    /** A budget period ends before it starts. */
    BUDGET_PERIOD_REVERSED(Kind.INVARIANT, "budget-period.reversed", "a budget period ends before it starts"),

    // ---- terms ---------------------------------------------------------------------------------
    /** A term's fixed end is not after its fixed start. */
    TERM_END_NOT_AFTER_START(Kind.INVARIANT, "term.end.not-after-start",
            "a term's fixed end is not after its fixed start"),
    /** A duration (of a term or a renewal) is zero or negative. */
    DURATION_NOT_POSITIVE(Kind.INVARIANT, "duration.not-positive", "a duration is zero or negative"),
    /** A renewal allows zero or fewer renewals. */
    RENEWAL_COUNT_NOT_POSITIVE(Kind.INVARIANT, "renewal.count.not-positive",
            "a renewal allows zero or fewer renewals"),

    // ---- signatures ----------------------------------------------------------------------------
    /** A party signs the same instrument twice. */
    SIGNATURES_DUPLICATE_PARTY(Kind.INVARIANT, "signatures.duplicate-party",
            "a party signs the same instrument more than once"),
    /** A signature is for a party that is not a party of the instrument. */
    SIGNATURE_PARTY_UNKNOWN(Kind.INVARIANT, "signature.party.unknown",
            "a signature is for a party that is not a party"),
    /** A convention's signature is dated after the convention's date of conclusion. */
    SIGNATURE_AFTER_CONCLUSION(Kind.INVARIANT, "signature.date.after-conclusion",
            "a signature of the convention is dated after its conclusion"),

    // ---- amendments (values) -------------------------------------------------------------------
    /** An amendment number is zero or negative. */
    AMENDMENT_NUMBER_NOT_POSITIVE(Kind.INVARIANT, "amendment.number.not-positive",
            "an amendment number is not positive"),
    /** A change belongs to an article its amendment does not have. */
    CHANGE_ARTICLE_UNKNOWN(Kind.INVARIANT, "change.article.unknown",
            "a change belongs to an article the amendment does not have"),

    // ---- amendment rules (checked when an amendment joins a history) ---------------------------
    /** An amendment's number does not follow the last one of the history. */
    AMENDMENT_NUMBER_NOT_NEXT(Kind.RULE, "amendment.number.not-next",
            "the amendment's number does not follow the last one"),
    /** A party of the convention as it stands (or a party the amendment adds) has not signed. */
    AMENDMENT_SIGNATURE_MISSING(Kind.RULE, "amendment.signature.missing",
            "a party of the convention as it stands, or one the amendment adds, does not sign"),
    /** A signatory of the amendment is not a party of the convention as it stands, nor added by it. */
    AMENDMENT_SIGNATORY_NOT_A_PARTY(Kind.RULE, "amendment.signatory.not-a-party",
            "a signatory is not a party of the convention as it stands, nor one the amendment adds"),
    /** An amendment is concluded after the convention has ended. */
    AMENDMENT_AFTER_CONVENTION_END(Kind.RULE, "amendment.concluded-after-end",
            "the amendment is concluded after the convention has ended"),
    /** An amendment is signed before the convention it amends was concluded. */
    AMENDMENT_BEFORE_CONVENTION(Kind.RULE, "amendment.concluded-before-convention",
            "the amendment is signed before the convention was concluded"),
    /**
     * A signed amendment's own term ends before the amendment takes effect, so that its provisions
     * would never be in force.
     */
    AMENDMENT_TERM_ENDS_BEFORE_EFFECT(Kind.RULE, "amendment.term.ends-before-effect",
            "the amendment's own term ends before it takes effect"),
    /** A change names a phase, contribution, party or article that does not exist. */
    CHANGE_TARGET_MISSING(Kind.RULE, "change.target.missing",
            "a change names a phase, contribution, party or article that does not exist"),
    /** A change adds a phase, contribution, party or article that already exists. */
    CHANGE_TARGET_EXISTS(Kind.RULE, "change.target.exists",
            "a change adds a phase, contribution, party or article that already exists"),
    /** Applying the amendment's changes yields a convention that breaks an invariant. */
    CHANGE_RESULT_INVALID(Kind.RULE, "change.result.invalid",
            "applying the changes yields a convention that breaks an invariant"),

    // ---- built-in policies ---------------------------------------------------------------------
    /** An amendment increases the money committed by more than the cap allows. */
    POLICY_INCREASE_CAP_EXCEEDED(Kind.POLICY, "policy.increase-cap.exceeded",
            "the amendment increases the money committed by more than the cap"),
    /** The amendments together increase the money committed by more than the cumulative cap. */
    POLICY_CUMULATIVE_CAP_EXCEEDED(Kind.POLICY, "policy.cumulative-cap.exceeded",
            "the amendments together increase the money committed by more than the cap"),
    /** An amendment changes the object of the convention. */
    POLICY_OBJECT_CHANGED(Kind.POLICY, "policy.object.changed", "the amendment changes the convention's object"),

    // ---- queries -------------------------------------------------------------------------------
    /** A sum of money mixes currencies. */
    MONEY_CURRENCY_MIXED(Kind.QUERY, "money.currency-mixed", "a sum of money would mix currencies");

    /** What a code belongs to. */
    public enum Kind {
        /** An invariant of one value, checked when the value is built. */
        INVARIANT,
        /** An amendment rule, checked when an amendment is added to a history. */
        RULE,
        /** A built-in amendment policy, checked when a history that uses it takes an amendment. */
        POLICY,
        /** A query on a consolidated convention that cannot be answered. */
        QUERY
    }

    private final Kind kind;
    private final String code;
    private final String description;

    ViolationCode(Kind kind, String code, String description) {
        this.kind = kind;
        this.code = code;
        this.description = description;
    }

    /**
     * Gets what this code belongs to: an invariant, a rule, a policy or a query.
     *
     * @return the kind, never null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Gets the stable text of this code, such as {@code contribution.amount.not-positive}.
     *
     * @return the code text, never null
     */
    public String code() {
        return code;
    }

    /**
     * Gets a one-line description of what this code means.
     *
     * @return the description, never null
     */
    public String description() {
        return description;
    }

    /**
     * Obtains the code with the given stable text.
     *
     * @param code  the code text, such as {@code contribution.amount.not-positive}, not null
     * @return the code, never null
     * @throws IllegalArgumentException if no code has that text
     * @throws NullPointerException if the text is null
     */
    public static ViolationCode ofCode(String code) {
        java.util.Objects.requireNonNull(code, "code");
        for (ViolationCode value : values()) {
            if (value.code.equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("Unknown violation code '" + code + "'");
    }
}
