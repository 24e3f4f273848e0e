package dev.conventio.testkit;

import java.util.Objects;

/**
 * How often the generators mix boundary values into what they generate, and which ones.
 *
 * <p>At each place where a boundary value can appear, a generator draws whether to take it, with
 * the edge-case probability, so that the mix is deterministic under the seed: the same seed and
 * probability give the same value. The boundary values are always valid: they are chosen where the
 * construction allows them. They are:
 * <ul>
 *   <li>the first and the last day an amendment's term may take (its conclusion the day the
 *       previous one took effect, its end the convention's last day);</li>
 *   <li>an amendment signed on the convention's last day ({@link AmendmentGen#amendments});</li>
 *   <li>amounts of 0.01 € and of 999 999 999 999 999 999.99 €, the largest the JSON format allows
 *       (18 integer digits, the currency's 2 decimals);</li>
 *   <li>budget years 0000 and 9999, the first and last the format allows, and the period
 *       0000-9999;</li>
 *   <li>empty optional lists (phases' orientations, legal bases, preambles, committee members) and
 *       lists at their shortest and longest;</li>
 *   <li>identifiers of 64 characters, the longest allowed (parties, contributions);</li>
 *   <li>of the committee decisions dated in part, one in eight, some to the year only or not at all
 *       ({@link dev.conventio.date.PartialDate}), the others to the month.</li>
 * </ul>
 * No sentinel date (such as 9999-12-31 as an end) is ever invented.
 *
 * <p>The probability is {@value #DEFAULT_PROBABILITY} unless the system property
 * {@value #PROBABILITY_PROPERTY} sets another (read once, when this class loads), or a generator is
 * run through {@link #withProbability(double, Gen)}:
 *
 * <pre>{@code
 * Gen<History> edgy = EdgeCases.withProbability(0.5, HistoryGen.histories());
 * Gen<History> plain = EdgeCases.withProbability(0, HistoryGen.histories());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class EdgeCases {

    /** The system property that sets the default probability, between 0 and 1. */
    public static final String PROBABILITY_PROPERTY = "conventio.testkit.edgeCases";
    /** The probability of a boundary value where one can appear, unless configured otherwise. */
    public static final double DEFAULT_PROBABILITY = 0.05;
    /** The resolution of a draw: probabilities are counted in millionths. */
    static final int RESOLUTION = 1_000_000;

    private static final double CONFIGURED = configured();
    private static final ThreadLocal<Double> CURRENT = new ThreadLocal<>();

    private EdgeCases() {
    }

    private static double configured() {
        String text = System.getProperty(PROBABILITY_PROPERTY);
        if (text == null || text.isBlank()) {
            return DEFAULT_PROBABILITY;
        }
        try {
            return check(Double.parseDouble(text.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PROBABILITY_PROPERTY + " must be a probability between 0 and 1, was '"
                    + text + "'", e);
        }
    }

    private static double check(double probability) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("a probability is between 0 and 1, was " + probability);
        }
        return probability;
    }

    /**
     * Gets the probability in effect on this thread: that of the innermost
     * {@link #withProbability(double, Gen)} running, else the configured one.
     *
     * @return the probability, between 0 and 1
     */
    public static double probability() {
        Double current = CURRENT.get();
        return current != null ? current : CONFIGURED;
    }

    /**
     * Obtains a generator that runs another one with the given edge-case probability.
     *
     * @param <T>  the type of the values
     * @param probability  the probability of a boundary value where one can appear, between 0 and 1
     * @param generator  the generator, not null
     * @return the generator, never null
     * @throws IllegalArgumentException if the probability is not between 0 and 1
     * @throws NullPointerException if the generator is null
     */
    public static <T> Gen<T> withProbability(double probability, Gen<T> generator) {
        double checked = check(probability);
        Objects.requireNonNull(generator, "generator");
        return (random, size) -> {
            Double outer = CURRENT.get();
            CURRENT.set(checked);
            try {
                return generator.generate(random, size);
            } finally {
                if (outer == null) {
                    CURRENT.remove();
                } else {
                    CURRENT.set(outer);
                }
            }
        };
    }

    /** The threshold of a draw in {@code [0, RESOLUTION)}: draws at or above it take the edge. */
    static int threshold() {
        return RESOLUTION - (int) Math.round(probability() * RESOLUTION);
    }
}
