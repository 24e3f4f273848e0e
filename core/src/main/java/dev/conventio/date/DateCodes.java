package dev.conventio.date;

import dev.conventio.validation.ViolationCode;
import dev.conventio.validation.ViolationCode.Kind;

/**
 * The violation codes of dates: dates known in part, dates outside the years the model holds.
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

    /** A date is outside the years 0000 to 9999, which the format writes with four digits. */
    public static final ViolationCode DATE_OUT_OF_RANGE = ViolationCode.of(
            "date.out-of-range", Kind.INVARIANT, "a date is outside the years 0000 to 9999");

    private DateCodes() {
    }
}
