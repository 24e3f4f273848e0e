package dev.conventio.work;

import dev.conventio.validation.ViolationCode;
import dev.conventio.validation.ViolationCode.Kind;

/**
 * The violation codes of phases and orientations.
 *
 * <p>Each code's {@linkplain ViolationCode#id() id} is part of the library's contract: it never
 * changes meaning, and a retired id is never reused.
 *
 * @since 0.1
 */
public final class WorkCodes {

    /** A phase number is zero or negative. */
    public static final ViolationCode PHASE_NUMBER_NOT_POSITIVE = ViolationCode.of(
            "phase.number.not-positive", Kind.INVARIANT, "a phase number is not positive");

    /** An orientation's order is zero or negative. */
    public static final ViolationCode ORIENTATION_ORDER_NOT_POSITIVE = ViolationCode.of(
            "orientation.order.not-positive", Kind.INVARIANT, "an orientation's order is not positive");

    /** Two orientations of one phase share an order. */
    public static final ViolationCode PHASE_ORIENTATIONS_DUPLICATE_ORDER = ViolationCode.of(
            "phase.orientations.duplicate-order", Kind.INVARIANT, "two orientations of a phase share an order");

    private WorkCodes() {
    }
}
