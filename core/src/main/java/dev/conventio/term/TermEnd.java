package dev.conventio.term;

import dev.conventio.date.DateRange;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import dev.conventio.validation.Violations;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When an instrument ends (terme): on a fixed date (« trouvera son terme au 31 décembre 2020 »), or
 * after a duration from its start (« pour une durée de deux ans »).
 *
 * <p>Both forms give an inclusive last day: a duration of one year from 1 January 2020 ends on
 * 31 December 2020.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TermEnd {

    private final LocalDate date;
    private final Period duration;

    private TermEnd(LocalDate date, Period duration) {
        this.date = date;
        this.duration = duration;
    }

    /**
     * Obtains an end on a fixed date, the last day in force.
     *
     * @param date  the last day in force, in the years 0000 to 9999, not null
     * @return the end, never null
     * @throws ValidationException with {@link dev.conventio.date.DateCodes#DATE_OUT_OF_RANGE} if the date is
     *     outside those years
     * @throws NullPointerException if the date is null
     */
    public static TermEnd on(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new TermEnd(DateRange.require(date, "date"), null);
    }

    /**
     * Obtains an end after a duration from the start.
     *
     * @param duration  the positive duration, not null
     * @return the end, never null
     * @throws ValidationException with {@link dev.conventio.term.TermCodes#DURATION_NOT_POSITIVE} if the duration
     *     is zero or has a negative part
     * @throws NullPointerException if the duration is null
     */
    public static TermEnd after(Period duration) {
        Objects.requireNonNull(duration, "duration");
        requirePositive(duration, "duration");
        return new TermEnd(null, duration);
    }

    static void requirePositive(Period period, String path) {
        if (period.isZero() || period.isNegative()) {
            Violations.collector().add(TermCodes.DURATION_NOT_POSITIVE, path,
                    "a duration must be positive, was " + period).throwIfAny();
        }
    }

    /**
     * Gets the fixed last day.
     *
     * @return the date, empty for an end after a duration, never null
     */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /**
     * Gets the duration from the start.
     *
     * @return the duration, empty for an end on a fixed date, never null
     */
    public Optional<Period> duration() {
        return Optional.ofNullable(duration);
    }

    /**
     * Works out the last day in force for a given start.
     *
     * @param start  the first day in force, not null
     * @return the fixed date, or the day before {@code start} plus the duration, never null
     * @throws NullPointerException if the start is null
     */
    public LocalDate lastDay(LocalDate start) {
        Objects.requireNonNull(start, "start");
        return date != null ? date : start.plus(duration).minusDays(1);
    }

    /**
     * Obtains this end prolonged by a duration: an end on a date moves by it (2020-12-31 prolonged
     * by one year ends on 2021-12-31), an end after a duration grows by it (ten years become fifteen).
     *
     * @param by  the duration added, positive, not null
     * @return the prolonged end, never null
     * @throws ValidationException with {@link dev.conventio.term.TermCodes#DURATION_NOT_POSITIVE} if the
     *     duration is zero or has a negative part
     * @throws java.time.DateTimeException if the new date is beyond {@link LocalDate#MAX}
     * @throws NullPointerException if the duration is null
     */
    public TermEnd prolongedBy(Period by) {
        Objects.requireNonNull(by, "by");
        requirePositive(by, "by");
        return date != null ? on(date.plus(by)) : after(duration.plus(by).normalized());
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof TermEnd)) {
            return false;
        }
        TermEnd that = (TermEnd) other;
        return Objects.equals(date, that.date) && Objects.equals(duration, that.duration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, duration);
    }

    /**
     * Obtains an end from its text form, the exact inverse of {@link #toString()}: an ISO-8601 date
     * ({@code 2020-12-31}) or a positive ISO-8601 period in {@link Period#toString()}'s form
     * ({@code P2Y}, {@code P1Y6M}).
     *
     * @param text  the text, not null
     * @return the end, never null
     * @throws ValidationException with {@link TermCodes#TERM_END_MALFORMED} if the text is neither,
     *     or {@link TermCodes#DURATION_NOT_POSITIVE} if the period is not positive
     * @throws NullPointerException if the text is null
     */
    public static TermEnd parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String value = text.toString();
        LocalDate date = Dates.parse(value);
        if (date != null) {
            return on(date);
        }
        Period period = null;
        if (value.startsWith("P") && value.length() <= 32) {
            try {
                period = Period.parse(value);
            } catch (DateTimeParseException e) {
                period = null;
            }
        }
        if (period == null || !period.toString().equals(value)) {
            throw new ValidationException(List.of(Violation.of(TermCodes.TERM_END_MALFORMED, "", "an end is a date"
                    + " YYYY-MM-DD or a duration such as P2Y or P1Y6M, was '" + value + "'")));
        }
        return after(period);
    }

    /**
     * Returns the date ({@code 2020-12-31}) or the ISO-8601 duration ({@code P2Y}), the text form
     * {@link #parse(CharSequence)} reads.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return date != null ? date.toString() : duration.toString();
    }
}
