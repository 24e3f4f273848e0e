package dev.conventio.opendata.scdl;

import dev.conventio.validation.Violations;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The date or period of payment of an SCDL row (date ou période de versement): one day
 * ({@code 2020-07-15}) or a period from one day to another, both included
 * ({@code 2020-07-15/2021-06-30}, ISO 8601 with a slash).
 * <pre>{@code
 * PaymentDates.parse("2020-07-15/2021-06-30").last();   // 2021-06-30
 * PaymentDates.on(LocalDate.of(2020, 7, 15)).isPeriod(); // false
 * }</pre>
 *
 * <p>Two values are equal when their first and last days are and both are periods or both days.
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PaymentDates {

    /** The schema's pattern of the cell. */
    static final Pattern PATTERN = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}(/[0-9]{4}-[0-9]{2}-[0-9]{2})?");

    private final LocalDate first;
    private final LocalDate last;
    private final boolean period;

    private PaymentDates(LocalDate first, LocalDate last, boolean period) {
        this.first = first;
        this.last = last;
        this.period = period;
    }

    /**
     * Obtains a single day of payment.
     *
     * @param day  the day, not null
     * @return the value, never null
     * @throws NullPointerException if the day is null
     */
    public static PaymentDates on(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return new PaymentDates(day, day, false);
    }

    /**
     * Obtains a period of payment, both days included.
     *
     * @param first  the first day, not null
     * @param last  the last day, not before the first, not null
     * @return the value, never null
     * @throws dev.conventio.validation.ValidationException with {@link ScdlCodes#PERIOD_REVERSED}
     *     if the last day is before the first
     * @throws NullPointerException if an argument is null
     */
    public static PaymentDates between(LocalDate first, LocalDate last) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Violations violations = Violations.collector();
        violations.requireNotBefore(last, first, ScdlCodes.PERIOD_REVERSED, "", "the first day");
        violations.throwIfAny();
        return new PaymentDates(first, last, true);
    }

    /**
     * Obtains the value a cell gives, strictly: {@code YYYY-MM-DD} or {@code YYYY-MM-DD/YYYY-MM-DD}.
     *
     * @param text  the cell, not null
     * @return the value, never null
     * @throws dev.conventio.validation.ValidationException with {@link ScdlCodes#CELL_PATTERN} if the
     *     text does not match the pattern or names a day that does not exist, or
     *     {@link ScdlCodes#PERIOD_REVERSED} if the period ends before it starts
     * @throws NullPointerException if the text is null
     */
    public static PaymentDates parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String cell = text.toString();
        Optional<PaymentDates> parsed = PATTERN.matcher(cell).matches() ? days(cell) : Optional.empty();
        if (parsed.isEmpty()) {
            Violations.collector().add(ScdlCodes.CELL_PATTERN, "", "a date or period of payment is YYYY-MM-DD or"
                    + " YYYY-MM-DD/YYYY-MM-DD, was '" + cell + "'").throwIfAny();
        }
        return parsed.get();
    }

    private static Optional<PaymentDates> days(String cell) {
        try {
            if (cell.length() == 10) {
                return Optional.of(on(LocalDate.parse(cell)));
            }
            return Optional.of(between(LocalDate.parse(cell.substring(0, 10)), LocalDate.parse(cell.substring(11))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Gets the first day of payment.
     *
     * @return the day, never null
     */
    public LocalDate first() {
        return first;
    }

    /**
     * Gets the last day of payment, the first for a single day.
     *
     * @return the day, never null
     */
    public LocalDate last() {
        return last;
    }

    /**
     * Tells whether this is a period rather than a single day.
     *
     * @return true for a period, even one of a single day written as such
     */
    public boolean isPeriod() {
        return period;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof PaymentDates)) {
            return false;
        }
        PaymentDates that = (PaymentDates) other;
        return first.equals(that.first) && last.equals(that.last) && period == that.period;
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, last, period);
    }

    /**
     * Returns the cell's text, the form {@link #parse(CharSequence)} reads.
     *
     * @return {@code YYYY-MM-DD} or {@code YYYY-MM-DD/YYYY-MM-DD}, never null
     */
    @Override
    public String toString() {
        return period ? first + "/" + last : first.toString();
    }
}
