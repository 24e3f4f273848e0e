package dev.conventio.testkit;

import java.math.BigDecimal;
import java.util.List;
import java.util.random.RandomGenerator;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The draws the generators share, made so that a shrunk choice, zero, gives the simplest value:
 * the common branch of a rare one, no boundary value, the shortest list.
 */
final class Draws {

    /** The longest identifier the model allows. */
    static final int LONGEST_IDENTIFIER = 64;
    /** The largest amount the JSON format allows: 18 integer digits and the currency's decimals. */
    static final Money LARGEST_AMOUNT = Money.of(CurrencyUnit.EUR, new BigDecimal("999999999999999999.99"));
    /** The smallest positive amount in euros. */
    static final Money SMALLEST_AMOUNT = Money.ofMinor(CurrencyUnit.EUR, 1);

    private Draws() {
    }

    /** True one time in {@code n}; a zero choice gives false, the common case. */
    static boolean oneIn(RandomGenerator random, int n) {
        return random.nextInt(n) == n - 1;
    }

    /**
     * Whether to take a boundary value here, with the probability of {@link EdgeCases}; the draw is
     * made whatever the probability, so that the choices keep their places.
     */
    static boolean edge(RandomGenerator random) {
        return random.nextInt(EdgeCases.RESOLUTION) >= EdgeCases.threshold();
    }

    /** A length between {@code min} and {@code max}: uniform, or now and then one of the two bounds. */
    static int length(RandomGenerator random, int min, int max) {
        if (edge(random)) {
            return random.nextBoolean() ? max : min;
        }
        return random.nextInt(min, max + 1);
    }

    /** One of the values, uniformly. */
    static <T> T pick(RandomGenerator random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /**
     * An identifier grown to the longest allowed: the given one, a hyphen and as many {@code z} as
     * fill 64 characters; distinct identifiers stay distinct, as none of those the generators use
     * is another one followed by {@code -z}.
     */
    static String longest(String identifier) {
        return (identifier + "-" + "z".repeat(LONGEST_IDENTIFIER)).substring(0, LONGEST_IDENTIFIER);
    }
}
