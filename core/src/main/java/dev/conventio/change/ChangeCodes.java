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

    private ChangeCodes() {
    }
}
