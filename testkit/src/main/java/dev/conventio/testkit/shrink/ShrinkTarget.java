package dev.conventio.testkit.shrink;

import java.util.random.RandomGenerator;

/**
 * What a {@link Shrinker} runs on each candidate: it generates a value from the source it is given
 * and tells whether the property fails on that value.
 *
 * <p>An exception thrown out of {@link #fails(RandomGenerator)} means that the candidate could not
 * be generated: the shrinker counts it as not failing, so a generator that crashes on a candidate
 * is never reported as the minimal failing case. A target must therefore catch what the property
 * throws and answer {@code true} for it.
 *
 * <pre>{@code
 * ShrinkTarget target = random -> {
 *     History history = HistoryGen.histories().generate(random, 10);   // may throw: not a candidate
 *     return !property.test(history);                                   // true: still fails
 * };
 * }</pre>
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ShrinkTarget {

    /**
     * Generates a value from the source and runs the property on it.
     *
     * @param random  the source that replays the candidate, not null
     * @return true if the property fails on the value
     */
    boolean fails(RandomGenerator random);
}
