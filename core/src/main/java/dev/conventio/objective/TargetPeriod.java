package dev.conventio.objective;

import dev.conventio.date.PartialDate;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import dev.conventio.validation.Violations;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The period a target is set for: each year (« 200 logements par an »), the whole programme
 * (« sur la durée du programme »), a date (« d'ici fin 2014 »), or a run of years (« entre 2011 et
 * 2014 »).
 * <pre>{@code
 * TargetPeriod.perYear();                                   // per-year
 * TargetPeriod.programme();                                 // programme
 * TargetPeriod.by(PartialDate.parse("2014"));               // by 2014
 * TargetPeriod.over(Year.of(2011), Year.of(2014));          // over 2011-2014
 * TargetPeriod.parse("over 2011-2014");
 * }</pre>
 *
 * <p>{@link #toString()} is the exact inverse of {@link #parse(CharSequence)}. This class is
 * immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TargetPeriod {

    /** The kinds of period. */
    public enum Kind {
        /** Each year of the convention (par an). */
        PER_YEAR,
        /** The whole programme or convention (sur la durée du programme). */
        PROGRAMME,
        /** Reached by a date, known to the day, the month or the year (d'ici le …). */
        BY,
        /** Over a run of years, both included (entre … et …). */
        OVER
    }

    private static final String PER_YEAR_TEXT = "per-year";
    private static final String PROGRAMME_TEXT = "programme";
    private static final String BY_PREFIX = "by ";
    private static final String OVER_PREFIX = "over ";
    private static final TargetPeriod PER_YEAR = new TargetPeriod(Kind.PER_YEAR, null, null, null);
    private static final TargetPeriod PROGRAMME = new TargetPeriod(Kind.PROGRAMME, null, null, null);

    private final Kind kind;
    private final PartialDate date;
    private final Year first;
    private final Year last;

    private TargetPeriod(Kind kind, PartialDate date, Year first, Year last) {
        this.kind = kind;
        this.date = date;
        this.first = first;
        this.last = last;
    }

    /**
     * Obtains the period « par an ».
     *
     * @return the period, never null
     */
    public static TargetPeriod perYear() {
        return PER_YEAR;
    }

    /**
     * Obtains the period of the whole programme or convention.
     *
     * @return the period, never null
     */
    public static TargetPeriod programme() {
        return PROGRAMME;
    }

    /**
     * Obtains the period « d'ici le … ».
     *
     * @param date  the date the target is to be reached by, known at least to the year, not null
     * @return the period, never null
     * @throws IllegalArgumentException if the date is not known at all
     * @throws NullPointerException if the date is null
     */
    public static TargetPeriod by(PartialDate date) {
        Objects.requireNonNull(date, "date");
        if (!date.isKnown()) {
            throw new IllegalArgumentException("a target is reached by a date known at least to the year");
        }
        return new TargetPeriod(Kind.BY, date, null, null);
    }

    /**
     * Obtains the period of a run of years, both included.
     *
     * @param first  the first year, from 0000 to 9999, not null
     * @param last  the last year, not before the first, not null
     * @return the period, never null
     * @throws ValidationException with {@link TargetCodes#TARGET_PERIOD_REVERSED} if the last year is
     *     before the first
     * @throws IllegalArgumentException if a year is outside 0000 to 9999
     * @throws NullPointerException if an argument is null
     */
    public static TargetPeriod over(Year first, Year last) {
        requireFourDigits(first, "first");
        requireFourDigits(last, "last");
        if (last.isBefore(first)) {
            Violations.collector().add(TargetCodes.TARGET_PERIOD_REVERSED, "", "the target period " + first + "-"
                    + last + " ends before it starts").throwIfAny();
        }
        return new TargetPeriod(Kind.OVER, null, first, last);
    }

    private static void requireFourDigits(Year year, String name) {
        Objects.requireNonNull(year, name);
        if (year.getValue() < 0 || year.getValue() > 9999) {
            throw new IllegalArgumentException("a year of a target period has four digits; " + name + " was " + year);
        }
    }

    /**
     * Obtains a period from its text form: {@code per-year}, {@code programme}, {@code by } and a
     * partial date ({@code by 2014}, {@code by 2014-12-31}), or {@code over } and two four-digit
     * years ({@code over 2011-2014}).
     *
     * @param text  the text, not null
     * @return the period, never null
     * @throws ValidationException with {@link TargetCodes#TARGET_PERIOD_MALFORMED} if the text is
     *     none of these forms, or {@link TargetCodes#TARGET_PERIOD_REVERSED} if its years are reversed
     * @throws NullPointerException if the text is null
     */
    public static TargetPeriod parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String value = text.toString();
        if (value.equals(PER_YEAR_TEXT)) {
            return PER_YEAR;
        }
        if (value.equals(PROGRAMME_TEXT)) {
            return PROGRAMME;
        }
        if (value.startsWith(BY_PREFIX)) {
            String rest = value.substring(BY_PREFIX.length());
            if (rest.matches("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")) {
                try {
                    return by(PartialDate.parse(rest));
                } catch (ValidationException e) {
                    throw malformed(value);
                }
            }
        }
        if (value.startsWith(OVER_PREFIX)) {
            String rest = value.substring(OVER_PREFIX.length());
            if (rest.matches("[0-9]{4}-[0-9]{4}")) {
                return over(Year.of(Integer.parseInt(rest, 0, 4, 10)), Year.of(Integer.parseInt(rest, 5, 9, 10)));
            }
        }
        throw malformed(value);
    }

    private static ValidationException malformed(String value) {
        return new ValidationException(List.of(Violation.of(TargetCodes.TARGET_PERIOD_MALFORMED, "",
                "a target period is 'per-year', 'programme', 'by YYYY[-MM[-DD]]' or 'over YYYY-YYYY', was '"
                        + value + "'")));
    }

    /**
     * Gets the kind of period.
     *
     * @return the kind, never null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Gets the date the target is to be reached by.
     *
     * @return the date, present for {@link Kind#BY} only, never null
     */
    public Optional<PartialDate> date() {
        return Optional.ofNullable(date);
    }

    /**
     * Gets the first year of a run of years.
     *
     * @return the first year, present for {@link Kind#OVER} only, never null
     */
    public Optional<Year> first() {
        return Optional.ofNullable(first);
    }

    /**
     * Gets the last year of a run of years.
     *
     * @return the last year, present for {@link Kind#OVER} only, never null
     */
    public Optional<Year> last() {
        return Optional.ofNullable(last);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TargetPeriod that && kind == that.kind && Objects.equals(date, that.date)
                && Objects.equals(first, that.first) && Objects.equals(last, that.last);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, date, first, last);
    }

    /**
     * Returns the text form {@link #parse(CharSequence)} reads, such as {@code over 2011-2014}.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        switch (kind) {
            case PER_YEAR:
                return PER_YEAR_TEXT;
            case PROGRAMME:
                return PROGRAMME_TEXT;
            case BY:
                return BY_PREFIX + date;
            default:
                return OVER_PREFIX + fourDigits(first) + "-" + fourDigits(last);
        }
    }

    private static String fourDigits(Year year) {
        String digits = Integer.toString(year.getValue());
        return "0000".substring(digits.length()) + digits;
    }
}
