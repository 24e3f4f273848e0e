package dev.conventio.change;

import dev.conventio.validation.ViolationCode;
import dev.conventio.validation.ViolationCode.Kind;

/**
 * The violation codes of the changes themselves, checked when a change is built.
 *
 * <p>Each code's {@linkplain ViolationCode#id() id} is part of the library's contract: it never
 * changes meaning, and a retired id is never reused.
 *
 * @since 0.1
 */
public final class ChangeCodes {

    /** A split of a contribution makes fewer than two parts. */
    public static final ViolationCode SPLIT_PARTS_TOO_FEW = ViolationCode.of(
            "split.parts.too-few", Kind.INVARIANT, "a split of a contribution makes fewer than two parts");

    /** A change of the term or a termination has an end of its own, though it is never undone. */
    public static final ViolationCode UNTIL_ON_LASTING_CHANGE = ViolationCode.of(
            "change.until.lasting", Kind.INVARIANT, "a change of the term or a termination has an end of its own");

    private ChangeCodes() {
    }
}
