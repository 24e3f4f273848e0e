package dev.conventio.testkit.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A {@link RandomGenerator} that draws from a fuzzer's input, so that the testkit's generators,
 * unchanged, build values the fuzzer steers.
 *
 * <p>Bounded draws map to {@link FuzzedDataProvider#consumeInt(int, int)} and its kin instead of the
 * JDK's rejection sampling: each draw takes a fixed number of input bytes, which keeps the mapping
 * from input to value stable under mutation, and an exhausted input yields the lowest values, on
 * which the generators, built by construction, always terminate.
 *
 * <p>Instances are mutable and confined to one fuzzing execution.
 */
final class FuzzedRandom implements RandomGenerator {

    private final FuzzedDataProvider data;

    FuzzedRandom(FuzzedDataProvider data) {
        this.data = Objects.requireNonNull(data, "data");
    }

    @Override
    public long nextLong() {
        return data.consumeLong();
    }

    @Override
    public int nextInt() {
        return data.consumeInt();
    }

    @Override
    public boolean nextBoolean() {
        return data.consumeBoolean();
    }

    @Override
    public int nextInt(int bound) {
        return nextInt(0, bound);
    }

    @Override
    public int nextInt(int origin, int bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound " + bound + " must be greater than origin " + origin);
        }
        return data.consumeInt(origin, bound - 1);
    }

    @Override
    public long nextLong(long bound) {
        return nextLong(0, bound);
    }

    @Override
    public long nextLong(long origin, long bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound " + bound + " must be greater than origin " + origin);
        }
        return data.consumeLong(origin, bound - 1);
    }
}
