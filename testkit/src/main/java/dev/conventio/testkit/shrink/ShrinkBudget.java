package dev.conventio.testkit.shrink;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * How long a {@link Shrinker} may search: at most so many candidates, each one a replay of the
 * generator and a run of the property, and at most so much time.
 *
 * <p>The number of candidates is what makes shrinking deterministic: the same failing case shrinks
 * to the same value in the same steps on every run, as long as the time budget does not stop it
 * first. The time budget is a safety net for slow properties; a result stopped by it says so
 * ({@link ShrinkResult.Stop#TIME}), since it then depends on the machine.
 *
 * <p>Defaults: {@value #DEFAULT_CANDIDATES} candidates, 60 seconds. The system properties
 * {@value #CANDIDATES_PROPERTY} (a whole number, 0 turns shrinking off) and {@value #TIME_PROPERTY}
 * (an ISO-8601 duration such as {@code PT10S}, or seconds such as {@code 10s}) override them for a
 * run: {@link #fromSystemProperties(ShrinkBudget)}.
 *
 * <pre>{@code
 * ShrinkBudget budget = ShrinkBudget.of(2000, Duration.ofSeconds(5));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ShrinkBudget {

    /** The system property that sets the most candidates tried; 0 turns shrinking off. */
    public static final String CANDIDATES_PROPERTY = "conventio.testkit.shrink.candidates";
    /** The system property that sets the longest time spent shrinking. */
    public static final String TIME_PROPERTY = "conventio.testkit.shrink.time";
    /** The default number of candidates. */
    public static final int DEFAULT_CANDIDATES = 10_000;

    private static final ShrinkBudget DEFAULT = new ShrinkBudget(DEFAULT_CANDIDATES, Duration.ofSeconds(60));
    private static final ShrinkBudget NONE = new ShrinkBudget(0, Duration.ZERO);

    private final int candidates;
    private final Duration time;

    private ShrinkBudget(int candidates, Duration time) {
        this.candidates = candidates;
        this.time = time;
    }

    /**
     * Obtains a budget.
     *
     * @param candidates  the most candidates to try, zero or positive; zero does not shrink
     * @param time  the longest time to spend, zero or positive, not null
     * @return the budget, never null
     * @throws IllegalArgumentException if a limit is negative
     * @throws NullPointerException if the time is null
     */
    public static ShrinkBudget of(int candidates, Duration time) {
        Objects.requireNonNull(time, "time");
        if (candidates < 0 || time.isNegative()) {
            throw new IllegalArgumentException("a shrink budget is zero or positive, was " + candidates
                    + " candidates and " + time);
        }
        return new ShrinkBudget(candidates, time);
    }

    /**
     * Obtains the default budget: {@value #DEFAULT_CANDIDATES} candidates, 60 seconds.
     *
     * @return the budget, never null
     */
    public static ShrinkBudget defaults() {
        return DEFAULT;
    }

    /**
     * Obtains the budget that does not shrink: a failing case is reported as generated.
     *
     * @return the budget, never null
     */
    public static ShrinkBudget none() {
        return NONE;
    }

    /**
     * Obtains this budget with the limits the system properties set, if they are set.
     *
     * @param budget  the budget to start from, not null
     * @return the budget, never null
     * @throws IllegalArgumentException if a property is set to something that is not a limit,
     *     quoting it
     */
    public static ShrinkBudget fromSystemProperties(ShrinkBudget budget) {
        Objects.requireNonNull(budget, "budget");
        int candidates = budget.candidates;
        Duration time = budget.time;
        String count = System.getProperty(CANDIDATES_PROPERTY);
        if (count != null && !count.isBlank()) {
            try {
                candidates = Integer.parseInt(count.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(CANDIDATES_PROPERTY + " must be a whole number, was '" + count + "'", e);
            }
        }
        String limit = System.getProperty(TIME_PROPERTY);
        if (limit != null && !limit.isBlank()) {
            time = parseDuration(TIME_PROPERTY, limit);
        }
        return of(candidates, time);
    }

    /**
     * Reads a duration as ISO-8601 ({@code PT10S}) or as seconds ({@code 10}, {@code 10s}).
     *
     * @param name  what the text comes from, for the message, not null
     * @param text  the text, not null
     * @return the duration, never null
     * @throws IllegalArgumentException if the text is not a duration, quoting it
     */
    public static Duration parseDuration(String name, String text) {
        String value = text.trim();
        try {
            if (value.regionMatches(true, 0, "P", 0, 1)) {
                return Duration.parse(value);
            }
            String seconds = value.endsWith("s") || value.endsWith("S") ? value.substring(0, value.length() - 1) : value;
            return Duration.ofMillis(Math.round(Double.parseDouble(seconds) * 1000));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a duration such as PT10S or 10s, was '" + text + "'", e);
        }
    }

    /**
     * Gets the most candidates to try.
     *
     * @return the number, zero or positive
     */
    public int candidates() {
        return candidates;
    }

    /**
     * Gets the longest time to spend.
     *
     * @return the time, never null
     */
    public Duration time() {
        return time;
    }

    /**
     * Tells whether another object is a budget of the same limits.
     *
     * @param other  the other object, null gives false
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ShrinkBudget budget && candidates == budget.candidates && time.equals(budget.time);
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * candidates + time.hashCode();
    }

    /**
     * Describes the budget, such as {@code 10000 candidates, PT1M}.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return candidates + " candidates, " + time;
    }
}
