package dev.conventio.date;

import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A date as a document gives it: known to the day, to the month, to the year, or not at all (date
 * partielle), such as an avenant « signé en 2011 », or one known only from a later instrument's
 * preamble.
 * <pre>{@code
 * PartialDate signed = PartialDate.parse("2011");       // the year only
 * signed.date();                                        // Optional.empty(): no day is invented
 * signed.earliest();                                    // Optional[2011-01-01]
 * signed.latest();                                      // Optional[2011-12-31]
 * PartialDate.of(LocalDate.of(2011, 6, 15)).date();     // Optional[2011-06-15]
 * signed.isCertainlyBefore(LocalDate.of(2011, 6, 30));  // false: it may be after
 * signed.isPossiblyBefore(LocalDate.of(2011, 6, 30));   // true
 * }</pre>
 *
 * <p>The text form is {@code 2011}, {@code 2011-06}, {@code 2011-06-15} or {@code unknown}; years
 * have four digits, from 0000 to 9999, the years the format writes. Rules compare the earliest and
 * latest days a partial date allows: a comparison that depends on the day the document does not
 * give is undetermined, never decided on an invented day.
 *
 * <p>Two partial dates are equal when they have the same precision and the same value: 2011 and
 * 2011-01 are not equal. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PartialDate {

    /** How much of a partial date is known. */
    public enum Precision {
        /** The day is known. */
        DAY,
        /** The month is known, not the day. */
        MONTH,
        /** Only the year is known. */
        YEAR,
        /** Nothing is known. */
        UNKNOWN
    }

    private static final String UNKNOWN_TEXT = "unknown";
    private static final PartialDate UNKNOWN = new PartialDate(Precision.UNKNOWN, null, null);

    private final Precision precision;
    /** The first day the date allows, null when unknown. */
    private final LocalDate earliest;
    /** The last day the date allows, null when unknown. */
    private final LocalDate latest;

    private PartialDate(Precision precision, LocalDate earliest, LocalDate latest) {
        this.precision = precision;
        this.earliest = earliest;
        this.latest = latest;
    }

    /**
     * Obtains a date known to the day.
     *
     * @param date  the day, in years 0000 to 9999, not null
     * @return the partial date, never null
     * @throws DateTimeException if the year is outside 0000 to 9999
     * @throws NullPointerException if the date is null
     */
    public static PartialDate of(LocalDate date) {
        Objects.requireNonNull(date, "date");
        requireYear(date.getYear());
        return new PartialDate(Precision.DAY, date, date);
    }

    /**
     * Obtains a date known to the month.
     *
     * @param month  the year and month, in years 0000 to 9999, not null
     * @return the partial date, never null
     * @throws DateTimeException if the year is outside 0000 to 9999
     * @throws NullPointerException if the month is null
     */
    public static PartialDate of(YearMonth month) {
        Objects.requireNonNull(month, "month");
        requireYear(month.getYear());
        return new PartialDate(Precision.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    /**
     * Obtains a date known to the year.
     *
     * @param year  the year, 0000 to 9999, not null
     * @return the partial date, never null
     * @throws DateTimeException if the year is outside 0000 to 9999
     * @throws NullPointerException if the year is null
     */
    public static PartialDate of(Year year) {
        Objects.requireNonNull(year, "year");
        requireYear(year.getValue());
        return new PartialDate(Precision.YEAR, year.atDay(1), year.atMonth(Month.DECEMBER).atEndOfMonth());
    }

    /**
     * Obtains the date of which nothing is known.
     *
     * @return the unknown date, never null
     */
    public static PartialDate unknown() {
        return UNKNOWN;
    }

    private static void requireYear(int year) {
        if (year < DateRange.EARLIEST.getYear() || year > DateRange.LATEST.getYear()) {
            throw new DateTimeException("a partial date's year has four digits, from 0000 to 9999, was " + year);
        }
    }

    /**
     * Obtains a partial date from its text form, the exact inverse of {@link #toString()}:
     * {@code 2011}, {@code 2011-06}, {@code 2011-06-15} or {@code unknown}.
     *
     * @param text  the text, not null
     * @return the partial date, never null
     * @throws ValidationException with {@link DateCodes#PARTIAL_DATE_MALFORMED} if the text is none of
     *     these forms, with four-digit years and a month and day that exist
     * @throws NullPointerException if the text is null
     */
    public static PartialDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String value = text.toString();
        if (value.equals(UNKNOWN_TEXT)) {
            return UNKNOWN;
        }
        try {
            if (value.length() == 4 && digits(value, 0, 4)) {
                return of(Year.of(Integer.parseInt(value)));
            }
            if (value.length() == 7 && value.charAt(4) == '-' && digits(value, 0, 4) && digits(value, 5, 7)) {
                return of(YearMonth.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 5, 7, 10)));
            }
            if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-' && digits(value, 0, 4)
                    && digits(value, 5, 7) && digits(value, 8, 10)) {
                return of(LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 5, 7, 10),
                        Integer.parseInt(value, 8, 10, 10)));
            }
        } catch (DateTimeException e) {
            // a month or a day that does not exist: malformed, as below
        }
        throw new ValidationException(List.of(Violation.of(DateCodes.PARTIAL_DATE_MALFORMED, "",
                "a partial date is YYYY, YYYY-MM, YYYY-MM-DD or '" + UNKNOWN_TEXT + "', with a month and day that"
                        + " exist, was '" + value + "'")));
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Gets how much of the date is known.
     *
     * @return the precision, never null
     */
    public Precision precision() {
        return precision;
    }

    /**
     * Gets the day, when the document gives it.
     *
     * @return the day, present only for {@link Precision#DAY}, never null
     */
    public Optional<LocalDate> date() {
        return precision == Precision.DAY ? Optional.of(earliest) : Optional.empty();
    }

    /**
     * Gets the first day the date allows: the day itself, the first of the month or of the year.
     *
     * @return the earliest day, empty when nothing is known, never null
     */
    public Optional<LocalDate> earliest() {
        return Optional.ofNullable(earliest);
    }

    /**
     * Gets the last day the date allows: the day itself, the last of the month or of the year.
     *
     * @return the latest day, empty when nothing is known, never null
     */
    public Optional<LocalDate> latest() {
        return Optional.ofNullable(latest);
    }

    /**
     * Tells whether anything of the date is known.
     *
     * @return false only for {@link #unknown()}
     */
    public boolean isKnown() {
        return precision != Precision.UNKNOWN;
    }

    /**
     * Tells whether every day this date allows comes before a day.
     *
     * @param day  the day, not null
     * @return true when the latest day allowed is before it; false when unknown
     * @throws NullPointerException if the day is null
     */
    public boolean isCertainlyBefore(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return latest != null && latest.isBefore(day);
    }

    /**
     * Tells whether some day this date allows comes before a day.
     *
     * @param day  the day, not null
     * @return true when the earliest day allowed is before it, or nothing is known
     * @throws NullPointerException if the day is null
     */
    public boolean isPossiblyBefore(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return earliest == null || earliest.isBefore(day);
    }

    /**
     * Tells whether every day this date allows comes after a day.
     *
     * @param day  the day, not null
     * @return true when the earliest day allowed is after it; false when unknown
     * @throws NullPointerException if the day is null
     */
    public boolean isCertainlyAfter(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return earliest != null && earliest.isAfter(day);
    }

    /**
     * Tells whether some day this date allows comes after a day.
     *
     * @param day  the day, not null
     * @return true when the latest day allowed is after it, or nothing is known
     * @throws NullPointerException if the day is null
     */
    public boolean isPossiblyAfter(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return latest == null || latest.isAfter(day);
    }

    /**
     * Tells whether every day this date allows comes before every day another allows.
     *
     * @param other  the other date, not null
     * @return true when this date's latest day is before the other's earliest; false when either is
     *     unknown
     * @throws NullPointerException if the other date is null
     */
    public boolean isCertainlyBefore(PartialDate other) {
        Objects.requireNonNull(other, "other");
        return latest != null && other.earliest != null && latest.isBefore(other.earliest);
    }

    /**
     * Tells whether some day this date allows comes before some day another allows.
     *
     * @param other  the other date, not null
     * @return true when this date's earliest day is before the other's latest, or either is unknown
     * @throws NullPointerException if the other date is null
     */
    public boolean isPossiblyBefore(PartialDate other) {
        Objects.requireNonNull(other, "other");
        return earliest == null || other.latest == null || earliest.isBefore(other.latest);
    }

    /**
     * Tells whether every day this date allows comes after every day another allows.
     *
     * @param other  the other date, not null
     * @return true when this date's earliest day is after the other's latest; false when either is
     *     unknown
     * @throws NullPointerException if the other date is null
     */
    public boolean isCertainlyAfter(PartialDate other) {
        return Objects.requireNonNull(other, "other").isCertainlyBefore(this);
    }

    /**
     * Tells whether some day this date allows comes after some day another allows.
     *
     * @param other  the other date, not null
     * @return true when this date's latest day is after the other's earliest, or either is unknown
     * @throws NullPointerException if the other date is null
     */
    public boolean isPossiblyAfter(PartialDate other) {
        return Objects.requireNonNull(other, "other").isPossiblyBefore(this);
    }

    /**
     * Compares the precision and the value.
     *
     * @param other  the other object, null returns false
     * @return true for a partial date of the same precision and value
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PartialDate)) {
            return false;
        }
        PartialDate that = (PartialDate) other;
        return precision == that.precision && Objects.equals(earliest, that.earliest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(precision, earliest);
    }

    /**
     * Returns the text form {@link #parse(CharSequence)} reads: {@code 2011}, {@code 2011-06},
     * {@code 2011-06-15} or {@code unknown}.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        switch (precision) {
            case DAY:
                return earliest.toString();
            case MONTH:
                return String.format(Locale.ROOT, "%04d-%02d", earliest.getYear(), earliest.getMonthValue());
            case YEAR:
                return String.format(Locale.ROOT, "%04d", earliest.getYear());
            default:
                return UNKNOWN_TEXT;
        }
    }
}
