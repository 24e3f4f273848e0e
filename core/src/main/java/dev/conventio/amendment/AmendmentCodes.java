package dev.conventio.amendment;

import dev.conventio.validation.ViolationCode;
import dev.conventio.validation.ViolationCode.Kind;

/**
 * The violation codes of an amendment as a value.
 *
 * <p>Each code's {@linkplain ViolationCode#id() id} is part of the library's contract: it never
 * changes meaning, and a retired id is never reused.
 *
 * @since 0.1
 */
public final class AmendmentCodes {

    /** An amendment number is zero or negative. */
    public static final ViolationCode AMENDMENT_NUMBER_NOT_POSITIVE = ViolationCode.of(
            "amendment.number.not-positive", Kind.INVARIANT, "an amendment number is not positive");

    /** A change belongs to an article its amendment does not have. */
    public static final ViolationCode CHANGE_ARTICLE_UNKNOWN = ViolationCode.of(
            "change.article.unknown", Kind.INVARIANT,
            "a change belongs to an article the amendment does not have");

    /** An amendment known from a later instrument records signatures, which that instrument does not give. */
    public static final ViolationCode KNOWN_FROM_SIGNED = ViolationCode.of(
            "amendment.known-from.signed", Kind.INVARIANT,
            "an amendment known from a later instrument records signatures");

    private AmendmentCodes() {
    }
}
