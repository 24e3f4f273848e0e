package dev.conventio.term;

import dev.conventio.validation.ViolationCode.Kind;
import dev.conventio.validation.ViolationCode;

/**
 * The violation codes of terms, durations and renewals.
 *
 * <p>Each code's {@linkplain ViolationCode#id() id} is part of the library's contract: it never
 * changes meaning, and a retired id is never reused.
 *
 * @since 0.1
 */
public final class TermCodes {

    /** A term's fixed end is not after its fixed start. */
    public static final ViolationCode TERM_END_NOT_AFTER_START = ViolationCode.of(
            "term.end.not-after-start", Kind.INVARIANT, "a term's fixed end is not after its fixed start");

    /** A duration (of a term or a renewal) is zero or negative. */
    public static final ViolationCode DURATION_NOT_POSITIVE = ViolationCode.of(
            "duration.not-positive", Kind.INVARIANT, "a duration is zero or negative");

    /** A renewal allows zero or fewer renewals. */
    public static final ViolationCode RENEWAL_COUNT_NOT_POSITIVE = ViolationCode.of(
            "renewal.count.not-positive", Kind.INVARIANT, "a renewal allows zero or fewer renewals");

    /** A start rule's text is none of the forms {@code StartRule.parse} reads. */
    public static final ViolationCode START_RULE_MALFORMED = ViolationCode.of(
            "start-rule.malformed", Kind.INVARIANT, "a start rule's text is none of the forms it is written in");

    /** A term end's text is neither an ISO-8601 date nor an ISO-8601 period. */
    public static final ViolationCode TERM_END_MALFORMED = ViolationCode.of(
            "term-end.malformed", Kind.INVARIANT, "a term end's text is neither a date nor a duration");

    /** A term without an end has a renewal clause. */
    public static final ViolationCode TERM_RENEWAL_WITHOUT_END = ViolationCode.of(
            "term.renewal.without-end", Kind.INVARIANT, "a term without an end has a renewal clause");

    private TermCodes() {
    }
}
