package dev.conventio.validation;

import dev.conventio.validation.ViolationCode.Kind;

/**
 * The violation codes shared by every value: blank texts and malformed identifiers.
 *
 * <p>Each code's {@linkplain ViolationCode#id() id} is part of the library's contract: it never
 * changes meaning, and a retired id is never reused.
 *
 * @since 0.1
 */
public final class CommonCodes {

    /** A text that must say something (a reference, a name, a title) is empty or white space. */
    public static final ViolationCode TEXT_BLANK = ViolationCode.of(
            "text.blank", Kind.INVARIANT, "a required text is empty or only white space");

    /** An identifier is not 1 to 64 lower-case ASCII letters, digits and inner hyphens. */
    public static final ViolationCode IDENTIFIER_MALFORMED = ViolationCode.of(
            "identifier.malformed", Kind.INVARIANT,
            "an identifier is not 1 to 64 lower-case letters, digits and inner hyphens");

    private CommonCodes() {
    }
}
