package dev.conventio.text;

import dev.conventio.validation.ViolationCode;
import dev.conventio.validation.ViolationCode.Kind;

/**
 * The violation codes of texts and of where a modification addresses them.
 *
 * <p>Each code's {@linkplain ViolationCode#id() id} is part of the library's contract: it never
 * changes meaning, and a retired id is never reused.
 *
 * @since 0.1
 */
public final class TextCodes {

    /** A paragraph, sentence, table or occurrence number is zero or negative. */
    public static final ViolationCode POSITION_NOT_POSITIVE = ViolationCode.of(
            "text.position.not-positive", Kind.INVARIANT,
            "a paragraph, sentence, table or occurrence number is not positive");

    /**
     * A location does not fit its use: a sentence without its paragraph, or an operation that needs a
     * paragraph or a sentence its location does not name, or names one it does not use.
     */
    public static final ViolationCode LOCATION_UNFIT = ViolationCode.of(
            "text.location.unfit", Kind.INVARIANT,
            "a location names a sentence without its paragraph, or does not name what its operation needs");

    private TextCodes() {
    }
}
