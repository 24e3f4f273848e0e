package dev.conventio.date;

import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import dev.conventio.validation.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The dates the model holds and the format writes: the years 0000 to 9999, the four digits of an
 * ISO-8601 calendar date without sign. {@link LocalDate} goes far beyond ({@code +10000-01-01},
 * {@code -0001-12-31}), where ISO-8601 needs a sign and the format has no text; one rule keeps
 * every date a value holds writable and readable back.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DateRange {

    /** The first day the model holds: 1 January of year 0. */
    public static final LocalDate EARLIEST = LocalDate.of(0, 1, 1);

    /** The last day the model holds: 31 December 9999. */
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private DateRange() {
    }

    /**
     * Tells whether a date is in the years 0000 to 9999.
     *
     * @param date  the date, not null
     * @return true if the model holds the date
     * @throws NullPointerException if the date is null
     */
    public static boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /**
     * Reports a date outside the years 0000 to 9999 as {@link DateCodes#DATE_OUT_OF_RANGE}.
     *
     * @param date  the date, not null
     * @param path  the path of the date in the checked value, not null
     * @param violations  where to report, not null
     * @throws NullPointerException if an argument is null
     */
    public static void check(LocalDate date, String path, Violations violations) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(violations, "violations");
        if (!contains(date)) {
            violations.add(DateCodes.DATE_OUT_OF_RANGE, path, message(date));
        }
    }

    /**
     * Checks a date given alone, such as to a static factory.
     *
     * @param date  the date, not null
     * @param path  the path of the date in the value it is given to, not null
     * @return the date, never null
     * @throws ValidationException with {@link DateCodes#DATE_OUT_OF_RANGE} if the date is outside the years
     *     0000 to 9999
     * @throws NullPointerException if an argument is null
     */
    public static LocalDate require(LocalDate date, String path) {
        Objects.requireNonNull(path, "path");
        if (!contains(date)) {
            throw new ValidationException(List.of(Violation.of(DateCodes.DATE_OUT_OF_RANGE, path, message(date))));
        }
        return date;
    }

    private static String message(LocalDate date) {
        return "a date is in the years 0000 to 9999, was " + date;
    }
}
