package dev.conventio.testkit.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A {@link RandomGenerator} that draws from a fuzzer's input, so that the testkit's generators,
 * unchanged, build values the fuzzer steers.
 *
 * <p>Bounded draws map to {@link FuzzedDataProvider#consumeInt(int, int)} and its kin instead of the
 * JDK's rejection sampling: each draw takes a fixed number of input bytes, which keeps the mapping
 * from input to value stable under mutation. The first eight bytes consumed are a seed: once the
 * input is used up, the draws go on from a {@link SplittableRandom} of that seed instead of
 * answering the lowest values, so that a short input still builds a whole history, with as many
 * amendments, changes and parties as a long one. The fuzzer steers the first choices with the
 * input's bytes, and reaches the deep ones by mutating the seed: coverage keeps the seeds that go
 * somewhere new.
 *
 * <p>Instances are mutable and confined to one fuzzing execution.
 */
final class FuzzedRandom implements RandomGenerator {

    private final FuzzedDataProvider data;
    private final SplittableRandom rest;

    FuzzedRandom(FuzzedDataProvider data) {
        this.data = Objects.requireNonNull(data, "data");
        this.rest = new SplittableRandom(data.consumeLong());
    }

    private boolean exhausted() {
        return data.remainingBytes() == 0;
    }

    @Override
    public long nextLong() {
        return exhausted() ? rest.nextLong() : data.consumeLong();
    }

    @Override
    public int nextInt() {
        return exhausted() ? rest.nextInt() : data.consumeInt();
    }

    @Override
    public boolean nextBoolean() {
        return exhausted() ? rest.nextBoolean() : data.consumeBoolean();
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
        return exhausted() ? rest.nextInt(origin, bound) : data.consumeInt(origin, bound - 1);
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
        return exhausted() ? rest.nextLong(origin, bound) : data.consumeLong(origin, bound - 1);
    }
}
