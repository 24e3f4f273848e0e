package dev.conventio.finance;

import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import dev.conventio.validation.Violations;
import java.time.DateTimeException;
import java.time.Year;
import java.util.List;
import java.util.Objects;

/**
 * The budget year, or run of budget years, a contribution is charged to (exercice budgétaire).
 *
 * <p>A budget year has four digits, from 0000 to 9999. The text form is the year ({@code 2020}) or
 * the first and last years joined by a hyphen ({@code 2020-2022}), each written with four digits;
 * {@link #toString()} is the exact inverse of {@link #parse(CharSequence)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class BudgetPeriod implements Comparable<BudgetPeriod> {

    private final Year first;
    private final Year last;

    private BudgetPeriod(Year first, Year last) {
        this.first = first;
        this.last = last;
    }

    /**
     * Obtains the period of one budget year.
     *
     * @param year  the year, not null
     * @return the period, never null
     * @throws DateTimeException if the year is outside 0000 to 9999
     * @throws NullPointerException if the year is null
     */
    public static BudgetPeriod ofYear(Year year) {
        return new BudgetPeriod(requireFourDigits(year, "year"), year);
    }

    /**
     * Obtains the period of one budget year.
     *
     * @param year  the year, such as 2020
     * @return the period, never null
     * @throws DateTimeException if the year is outside 0000 to 9999
     */
    public static BudgetPeriod ofYear(int year) {
        return ofYear(Year.of(year));
    }

    /**
     * Obtains the period from one budget year to another, both included.
     *
     * @param first  the first year, not null
     * @param last  the last year, not before the first, not null
     * @return the period, never null
     * @throws ValidationException with {@link dev.conventio.finance.FinanceCodes#BUDGET_PERIOD_REVERSED} if the last
     *     year is before the first
     * @throws DateTimeException if a year is outside 0000 to 9999
     * @throws NullPointerException if an argument is null
     */
    public static BudgetPeriod of(Year first, Year last) {
        requireFourDigits(first, "first");
        requireFourDigits(last, "last");
        if (last.isBefore(first)) {
            Violations.collector().add(FinanceCodes.BUDGET_PERIOD_REVERSED, "",
                    "budget period " + first + "-" + last + " ends before it starts").throwIfAny();
        }
        return new BudgetPeriod(first, last);
    }

    /**
     * Obtains a period from its text form, {@code 2020} or {@code 2020-2022}.
     *
     * @param text  the text, not null
     * @return the period, never null
     * @throws ValidationException with {@link FinanceCodes#BUDGET_PERIOD_MALFORMED} if the text is not
     *     one or two four-digit years, or {@link FinanceCodes#BUDGET_PERIOD_REVERSED} if the last year
     *     is before the first
     * @throws NullPointerException if the text is null
     */
    public static BudgetPeriod parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String value = text.toString();
        if (value.length() == 4 && isFourDigits(value, 0)) {
            return ofYear(Year.of(Integer.parseInt(value)));
        }
        if (value.length() == 9 && isFourDigits(value, 0) && value.charAt(4) == '-' && isFourDigits(value, 5)) {
            return of(Year.of(Integer.parseInt(value, 0, 4, 10)), Year.of(Integer.parseInt(value, 5, 9, 10)));
        }
        throw new ValidationException(List.of(Violation.of(FinanceCodes.BUDGET_PERIOD_MALFORMED, "",
                "a budget period is 'YYYY' or 'YYYY-YYYY', was '" + value + "'")));
    }

    private static Year requireFourDigits(Year year, String name) {
        Objects.requireNonNull(year, name);
        if (year.getValue() < 0 || year.getValue() > 9999) {
            throw new DateTimeException("a budget year has four digits, from 0000 to 9999; " + name + " was " + year);
        }
        return year;
    }

    private static boolean isFourDigits(String text, int from) {
        for (int i = from; i < from + 4; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Gets the first budget year.
     *
     * @return the first year, never null
     */
    public Year first() {
        return first;
    }

    /**
     * Gets the last budget year, equal to the first for a single year.
     *
     * @return the last year, never null
     */
    public Year last() {
        return last;
    }

    /**
     * Tells whether the period is a single budget year.
     *
     * @return true for a single year
     */
    public boolean isSingleYear() {
        return first.equals(last);
    }

    /**
     * Tells whether the period includes a budget year.
     *
     * @param year  the year, not null
     * @return true if the year is within the period
     * @throws NullPointerException if the year is null
     */
    public boolean contains(Year year) {
        Objects.requireNonNull(year, "year");
        return !year.isBefore(first) && !year.isAfter(last);
    }

    /**
     * Orders periods by first year, then by last year.
     *
     * @param other  the other period, not null
     * @return negative, zero or positive as this period comes before, with or after the other
     */
    @Override
    public int compareTo(BudgetPeriod other) {
        int byFirst = first.compareTo(other.first);
        return byFirst != 0 ? byFirst : last.compareTo(other.last);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof BudgetPeriod)) {
            return false;
        }
        BudgetPeriod that = (BudgetPeriod) other;
        return first.equals(that.first) && last.equals(that.last);
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, last);
    }

    /**
     * Returns {@code 2020} or {@code 2020-2022}, the form {@link #parse(CharSequence)} reads.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return isSingleYear() ? fourDigits(first) : fourDigits(first) + "-" + fourDigits(last);
    }

    private static String fourDigits(Year year) {
        String digits = Integer.toString(year.getValue());
        return "0000".substring(digits.length()) + digits;
    }
}
