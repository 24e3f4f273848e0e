package dev.conventio.date;

import dev.conventio.validation.ViolationCode;
import dev.conventio.validation.ViolationCode.Kind;

/**
 * The violation codes of dates known in part.
 *
 * <p>Each code's {@linkplain ViolationCode#id() id} is part of the library's contract: it never
 * changes meaning, and a retired id is never reused.
 *
 * @since 0.1
 */
public final class DateCodes {

    /** A partial date's text is none of the forms {@code PartialDate.parse} reads. */
    public static final ViolationCode PARTIAL_DATE_MALFORMED = ViolationCode.of(
            "partial-date.malformed", Kind.INVARIANT, "a partial date's text is not YYYY, YYYY-MM, YYYY-MM-DD or unknown");

    private DateCodes() {
    }
}
