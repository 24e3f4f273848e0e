package dev.conventio.testkit.shrink;

import java.time.Duration;
import java.util.Objects;

/**
 * What a {@link Shrinker} found: the failing choice sequence it started from, the simplest failing
 * one it reached, how many steps took it there, how many candidates it tried and why it stopped.
 *
 * <p>A step is one accepted simplification; a candidate is one replay of the generator and run of
 * the property, accepted or not. Both counts are the same on every run of the same failing case,
 * unless the time budget stopped the search ({@link Stop#TIME}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ShrinkResult {

    /** Why the search stopped. */
    public enum Stop {
        /** No pass could simplify the sequence any further: it is a local minimum. */
        CONVERGED,
        /** The budget of candidates was used up. */
        CANDIDATES,
        /** The budget of time was used up; the result depends on the machine. */
        TIME,
        /** The budget allowed no candidate: shrinking is off. */
        DISABLED,
        /** The original sequence did not fail when replayed: the property is not deterministic. */
        NOT_REPRODUCED
    }

    private final ChoiceSequence original;
    private final ChoiceSequence shrunk;
    private final int steps;
    private final int candidates;
    private final Duration elapsed;
    private final Stop stop;

    ShrinkResult(ChoiceSequence original, ChoiceSequence shrunk, int steps, int candidates, Duration elapsed, Stop stop) {
        this.original = Objects.requireNonNull(original, "original");
        this.shrunk = Objects.requireNonNull(shrunk, "shrunk");
        this.steps = steps;
        this.candidates = candidates;
        this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
        this.stop = Objects.requireNonNull(stop, "stop");
    }

    /**
     * Gets the failing sequence the search started from.
     *
     * @return the sequence, never null
     */
    public ChoiceSequence original() {
        return original;
    }

    /**
     * Gets the simplest failing sequence found; the original one if no step was made.
     *
     * @return the sequence, never null
     */
    public ChoiceSequence shrunk() {
        return shrunk;
    }

    /**
     * Gets the number of accepted simplifications.
     *
     * @return the steps, zero or positive
     */
    public int steps() {
        return steps;
    }

    /**
     * Gets the number of candidates tried, the replay of the original included.
     *
     * @return the candidates, zero or positive
     */
    public int candidates() {
        return candidates;
    }

    /**
     * Gets the time the search took.
     *
     * @return the time, never null
     */
    public Duration elapsed() {
        return elapsed;
    }

    /**
     * Gets why the search stopped.
     *
     * @return the reason, never null
     */
    public Stop stop() {
        return stop;
    }

    /**
     * Describes the search, such as {@code 23 steps, 412 candidates, 180 ms, converged}.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return steps + " steps, " + candidates + " candidates, " + elapsed.toMillis() + " ms, "
                + stop.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
