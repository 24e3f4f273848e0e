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

    private TermCodes() {
    }
}
