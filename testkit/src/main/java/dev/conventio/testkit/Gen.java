package dev.conventio.testkit;

import dev.conventio.testkit.shrink.Spans;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A generator of values: given a source of randomness and a size, it builds one value.
 *
 * <p>Generators are engine-neutral: anything that implements the JDK's {@link RandomGenerator} can
 * drive them, such as a seeded {@link SplittableRandom} (see {@link #sample(long, int)}) or a
 * fuzzer's data. Given the same sequence of random numbers and the same size, a generator builds
 * the same value, which is what makes a failing case replayable from its seed.
 *
 * <p>The size bounds how large a value may grow (list lengths, number of amendments); it is never
 * negative, and zero asks for the smallest values. Generators build their values by construction:
 * they never draw a value and throw it away because it fails a condition, so they always terminate,
 * even when the random source returns nothing but zeros, as a fuzzer's exhausted input does.
 *
 * <p>Implementations must be stateless and thread-safe; the combinators below return such
 * generators when their arguments are.
 *
 * <p>A failing case shrinks with no extra work: the testkit records the choices a generator draws
 * and replays simpler ones (see {@link dev.conventio.testkit.shrink.Shrinker}). It shrinks best when
 * the lowest value of each draw is the simplest choice: a length drawn from its minimum, the common
 * branch of a rare one at zero ({@code random.nextInt(5) == 4 ? rare : common} rather than
 * {@code == 0}), as the testkit's own generators draw.
 *
 * @param <T>  the type of the generated values
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Gen<T> {

    /**
     * Generates one value.
     *
     * @param random  the source of randomness, not null
     * @param size  how large the value may grow, zero or positive
     * @return the value, never null
     */
    T generate(RandomGenerator random, int size);

    /**
     * Generates one value from a seed, the way a property test replays a case.
     *
     * @param seed  the seed of a {@link SplittableRandom}
     * @param size  how large the value may grow, zero or positive
     * @return the value, the same for the same seed and size, never null
     */
    default T sample(long seed, int size) {
        return generate(new SplittableRandom(seed), size);
    }

    /**
     * Obtains a generator that transforms the values of this one.
     *
     * @param <R>  the type of the transformed values
     * @param mapper  the transformation, returning non-null values, not null
     * @return the generator, never null
     */
    default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return (random, size) -> mapper.apply(generate(random, size));
    }

    /**
     * Obtains a generator that uses each value of this one to choose the generator of the result,
     * such as a convention, then an amendment valid for it.
     *
     * @param <R>  the type of the result
     * @param next  the choice of the next generator, not null
     * @return the generator, never null
     */
    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> next) {
        Objects.requireNonNull(next, "next");
        return (random, size) -> next.apply(generate(random, size)).generate(random, size);
    }

    /**
     * Obtains a generator that combines the values of this generator and another one.
     *
     * @param <U>  the type of the other values
     * @param <R>  the type of the result
     * @param other  the other generator, not null
     * @param combiner  how to combine both values, not null
     * @return the generator, never null
     */
    default <U, R> Gen<R> zip(Gen<U> other, BiFunction<? super T, ? super U, ? extends R> combiner) {
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(combiner, "combiner");
        return (random, size) -> combiner.apply(generate(random, size), other.generate(random, size));
    }

    /**
     * Obtains a generator of lists of this generator's values, whose length grows with the size:
     * between {@code min} and {@code min(max, min + size)}, and now and then one of those two
     * bounds, with the probability of {@link EdgeCases}.
     *
     * @param min  the shortest length, zero or positive
     * @param max  the longest length, not less than {@code min}
     * @return the generator, never null
     * @throws IllegalArgumentException if {@code min} is negative or {@code max} less than it
     */
    default Gen<List<T>> list(int min, int max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("list lengths must satisfy 0 <= min <= max, were " + min + ", " + max);
        }
        return (random, size) -> {
            int length = Draws.length(random, min, Math.min(max, min + size));
            List<T> values = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                Spans.open(random);
                values.add(generate(random, size));
                Spans.close(random);
            }
            return List.copyOf(values);
        };
    }

    /**
     * Obtains a generator that gives an empty optional one time in four and one of this
     * generator's values otherwise.
     *
     * @return the generator, never null
     */
    default Gen<Optional<T>> optional() {
        return (random, size) -> random.nextInt(4) == 0 ? Optional.empty() : Optional.of(generate(random, size));
    }

    /**
     * Obtains a generator that runs this one with a fixed size, whatever size it is asked for.
     *
     * @param fixed  the size to use, zero or positive
     * @return the generator, never null
     * @throws IllegalArgumentException if the size is negative
     */
    default Gen<T> withSize(int fixed) {
        if (fixed < 0) {
            throw new IllegalArgumentException("a size is zero or positive, was " + fixed);
        }
        return (random, size) -> generate(random, fixed);
    }

    /**
     * Obtains a generator that always gives the same value.
     *
     * @param <T>  the type of the value
     * @param value  the value, not null
     * @return the generator, never null
     * @throws NullPointerException if the value is null
     */
    static <T> Gen<T> constant(T value) {
        Objects.requireNonNull(value, "value");
        return (random, size) -> value;
    }

    /**
     * Obtains a generator of integers drawn uniformly between two bounds, both included.
     *
     * @param min  the lowest value
     * @param max  the highest value, not less than {@code min}
     * @return the generator, never null
     * @throws IllegalArgumentException if {@code max} is less than {@code min}
     */
    static Gen<Integer> integers(int min, int max) {
        if (max < min) {
            throw new IllegalArgumentException("max " + max + " is less than min " + min);
        }
        return (random, size) -> (int) random.nextLong(min, (long) max + 1);
    }

    /**
     * Obtains a generator that picks one of the given values uniformly.
     *
     * @param <T>  the type of the values
     * @param values  the values to pick from, not empty, not null
     * @return the generator, never null
     * @throws IllegalArgumentException if there is no value
     * @throws NullPointerException if the list or a value is null
     */
    static <T> Gen<T> elements(List<? extends T> values) {
        List<T> copy = List.copyOf(values);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("there must be at least one value to pick from");
        }
        return (random, size) -> copy.get(random.nextInt(copy.size()));
    }

    /**
     * Obtains a generator that picks one of the given values uniformly.
     *
     * @param <T>  the type of the values
     * @param values  the values to pick from, not empty, not null
     * @return the generator, never null
     * @throws IllegalArgumentException if there is no value
     * @throws NullPointerException if the array or a value is null
     */
    @SafeVarargs
    static <T> Gen<T> elements(T... values) {
        return elements(List.of(values));
    }

    /**
     * Obtains a generator that picks one of the given generators uniformly, then runs it.
     *
     * @param <T>  the type of the values
     * @param generators  the generators to pick from, not empty, not null
     * @return the generator, never null
     * @throws IllegalArgumentException if there is no generator
     * @throws NullPointerException if the list or a generator is null
     */
    static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> generators) {
        List<Gen<? extends T>> copy = List.copyOf(generators);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("there must be at least one generator to pick from");
        }
        return (random, size) -> copy.get(random.nextInt(copy.size())).generate(random, size);
    }

    /**
     * Picks {@code count} distinct positions among {@code 0..n-1}, in increasing order; a partial
     * shuffle draws each position once, so nothing is ever drawn again and rejected.
     *
     * @param random  the source of randomness, not null
     * @param n  how many positions there are, zero or positive
     * @param count  how many to pick, between zero and {@code n}
     * @return the positions, never null, unmodifiable
     * @throws IllegalArgumentException if {@code count} is out of range
     */
    static List<Integer> pickDistinct(RandomGenerator random, int n, int count) {
        if (count < 0 || count > n) {
            throw new IllegalArgumentException("cannot pick " + count + " of " + n + " positions");
        }
        int[] positions = new int[n];
        for (int i = 0; i < n; i++) {
            positions[i] = i;
        }
        for (int i = 0; i < count; i++) {
            int j = random.nextInt(i, n);
            int swap = positions[i];
            positions[i] = positions[j];
            positions[j] = swap;
        }
        return java.util.Arrays.stream(positions, 0, count).sorted().boxed().toList();
    }
}
