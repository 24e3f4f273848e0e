package dev.conventio.finance;

import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import dev.conventio.validation.Violations;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * A part of a whole, as a fraction written the way the instrument gives it: {@code 1/3} for
 * « à parts égales entre les trois bénéficiaires », {@code 45/100} for 45 %.
 * <pre>{@code
 * Portion.of(1, 3);                               // 1/3
 * Portion.parse("45/100");                        // 45/100
 * Portion.of(45, 100).of(Money.of(EUR, 1000));    // Optional[EUR 450.00]
 * Portion.of(1, 3).of(Money.of(EUR, 100));        // Optional.empty(): not a whole number of cents
 * }</pre>
 *
 * <p>The numerator and the denominator are positive and the portion is at most the whole. It is
 * kept as written, not reduced: {@code 45/100} and {@code 9/20} are equal in value
 * ({@link #compareTo(Portion)} is zero) but not {@linkplain #equals(Object) equal}, as the texts
 * differ. {@link #toString()} is the exact inverse of {@link #parse(CharSequence)}. This class is
 * immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Portion implements Comparable<Portion> {

    private static final int MAX_DIGITS = 9;

    private final int numerator;
    private final int denominator;

    private Portion(int numerator, int denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * Obtains a portion.
     *
     * @param numerator  the numerator, positive
     * @param denominator  the denominator, not less than the numerator
     * @return the portion, never null
     * @throws ValidationException with {@link FinanceCodes#PORTION_OUT_OF_RANGE} if the numerator is
     *     not positive or exceeds the denominator
     */
    public static Portion of(int numerator, int denominator) {
        if (numerator <= 0 || denominator < numerator) {
            Violations.collector().add(FinanceCodes.PORTION_OUT_OF_RANGE, "", "a portion is more than nothing and"
                    + " at most the whole, was " + numerator + "/" + denominator).throwIfAny();
        }
        return new Portion(numerator, denominator);
    }

    /**
     * Obtains a portion from its text form, such as {@code 1/3}: two positive whole numbers of at
     * most nine digits, without sign or leading zero, joined by a slash.
     *
     * @param text  the text, not null
     * @return the portion, never null
     * @throws ValidationException with {@link FinanceCodes#PORTION_MALFORMED} if the text is not of
     *     that form, or {@link FinanceCodes#PORTION_OUT_OF_RANGE} if the portion exceeds the whole
     * @throws NullPointerException if the text is null
     */
    public static Portion parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String value = text.toString();
        int slash = value.indexOf('/');
        if (slash < 0 || !isNumber(value, 0, slash) || !isNumber(value, slash + 1, value.length())) {
            throw new ValidationException(List.of(Violation.of(FinanceCodes.PORTION_MALFORMED, "",
                    "a portion is written 'n/d', such as '1/3', was '" + value + "'")));
        }
        return of(Integer.parseInt(value, 0, slash, 10), Integer.parseInt(value, slash + 1, value.length(), 10));
    }

    private static boolean isNumber(String text, int from, int to) {
        if (to <= from || to - from > MAX_DIGITS || text.charAt(from) == '0') {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Gets the numerator.
     *
     * @return the numerator, positive
     */
    public int numerator() {
        return numerator;
    }

    /**
     * Gets the denominator.
     *
     * @return the denominator, not less than the numerator
     */
    public int denominator() {
        return denominator;
    }

    /**
     * Tells whether the portion is the whole.
     *
     * @return true when the numerator equals the denominator
     */
    public boolean isWhole() {
        return numerator == denominator;
    }

    /**
     * Gets this portion of an amount, when it is a whole number of the currency's minor units.
     *
     * @param whole  the whole amount, not null
     * @return the portion of it, empty when it would need rounding, never null
     * @throws NullPointerException if the amount is null
     */
    public Optional<Money> of(Money whole) {
        Objects.requireNonNull(whole, "whole");
        BigInteger[] parts = whole.getAmount().unscaledValue().multiply(BigInteger.valueOf(numerator))
                .divideAndRemainder(BigInteger.valueOf(denominator));
        if (parts[1].signum() != 0) {
            return Optional.empty();
        }
        return Optional.of(Money.of(whole.getCurrencyUnit(), new BigDecimal(parts[0], whole.getAmount().scale())));
    }

    /**
     * Gets the portion as a decimal, rounded half-even to a number of decimal places.
     *
     * @param decimals  the decimal places, zero or more
     * @return the decimal, never null
     * @throws ArithmeticException if the number of decimal places is negative
     */
    public BigDecimal toDecimal(int decimals) {
        if (decimals < 0) {
            throw new ArithmeticException("decimal places are zero or more, were " + decimals);
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), decimals, RoundingMode.HALF_EVEN);
    }

    /**
     * Tells whether portions add up exactly to the whole.
     *
     * @param portions  the portions, not null
     * @return true when their sum is exactly one
     * @throws NullPointerException if the list or a portion is null
     */
    public static boolean addUpToWhole(List<Portion> portions) {
        BigInteger numeratorSum = BigInteger.ZERO;
        BigInteger denominatorProduct = BigInteger.ONE;
        for (Portion portion : portions) {
            BigInteger d = BigInteger.valueOf(portion.denominator);
            numeratorSum = numeratorSum.multiply(d).add(BigInteger.valueOf(portion.numerator).multiply(denominatorProduct));
            denominatorProduct = denominatorProduct.multiply(d);
            BigInteger gcd = numeratorSum.gcd(denominatorProduct);
            if (gcd.signum() > 0) {
                numeratorSum = numeratorSum.divide(gcd);
                denominatorProduct = denominatorProduct.divide(gcd);
            }
        }
        return !portions.isEmpty() && numeratorSum.equals(denominatorProduct);
    }

    /**
     * Compares portions by value: {@code 45/100} and {@code 9/20} compare equal.
     *
     * @param other  the other portion, not null
     * @return negative, zero or positive as this portion is less than, equal to or more than the other
     */
    @Override
    public int compareTo(Portion other) {
        return Long.compare((long) numerator * other.denominator, (long) other.numerator * denominator);
    }

    /**
     * Compares the texts: {@code 45/100} does not equal {@code 9/20}.
     *
     * @param other  the other object, null returns false
     * @return true for a portion with the same numerator and denominator
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Portion that && numerator == that.numerator && denominator == that.denominator;
    }

    @Override
    public int hashCode() {
        return 31 * numerator + denominator;
    }

    /**
     * Returns the text form {@code n/d}, which {@link #parse(CharSequence)} reads.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
