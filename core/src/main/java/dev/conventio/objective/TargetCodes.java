package dev.conventio.objective;

import dev.conventio.validation.ViolationCode;
import dev.conventio.validation.ViolationCode.Kind;

/**
 * The violation codes of targets, their quantities and periods.
 *
 * <p>Each code's {@linkplain ViolationCode#id() id} is part of the library's contract: it never
 * changes meaning, and a retired id is never reused.
 *
 * @since 0.1
 */
public final class TargetCodes {

    /** A target's quantity is zero or negative. */
    public static final ViolationCode QUANTITY_NOT_POSITIVE = ViolationCode.of(
            "target.quantity.not-positive", Kind.INVARIANT, "a target's quantity is zero or negative");

    /** A target is attached both to a phase and to an action. */
    public static final ViolationCode TARGET_ATTACHMENT_AMBIGUOUS = ViolationCode.of(
            "target.attachment.ambiguous", Kind.INVARIANT, "a target is attached both to a phase and to an action");

    /** A target period's text is none of the forms {@code TargetPeriod.parse} reads. */
    public static final ViolationCode TARGET_PERIOD_MALFORMED = ViolationCode.of(
            "target-period.malformed", Kind.INVARIANT,
            "a target period's text is not per-year, programme, by DATE or over YYYY-YYYY");

    /** A target period's last year is before its first. */
    public static final ViolationCode TARGET_PERIOD_REVERSED = ViolationCode.of(
            "target-period.reversed", Kind.INVARIANT, "a target period ends before it starts");

    private TargetCodes() {
    }
}
