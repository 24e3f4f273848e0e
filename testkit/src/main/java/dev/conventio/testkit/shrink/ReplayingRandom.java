package dev.conventio.testkit.shrink;

import java.util.Objects;

/**
 * A {@link java.util.random.RandomGenerator} that answers each draw from a {@link ChoiceSequence}:
 * the generator that recorded the sequence builds the same value again, and a shorter or lower
 * sequence builds a simpler one.
 *
 * <p>Each draw takes the next offset, clamped into the draw's bounds (an offset of 12 for
 * {@code nextInt(10)} gives 9); once the sequence is used up every draw answers the lowest value it
 * can, offset 0, on which the testkit's generators, built by construction, always terminate. The
 * offsets actually used are recorded again: {@link #choices()} is the canonical sequence of the
 * value built, never longer or higher than the one replayed.
 *
 * <pre>{@code
 * ReplayingRandom random = ReplayingRandom.of(ChoiceSequence.parse("c1.AwAB"));
 * History history = HistoryGen.histories().generate(random, 10);
 * }</pre>
 *
 * <p>Instances are mutable and confined to the generation they serve.
 *
 * @since 0.1
 */
public final class ReplayingRandom extends ChoiceLog {

    private final long[] offsets;
    private long[] source;
    private int next;
    /** The span whose choices are replaced: its start in {@link #offsets}, its depth and its end; -1 for none. */
    private int replacedStart = -1;
    private int replacedDepth;
    private int replacedEnd;
    private long[] replacement;
    private boolean replacing;

    private ReplayingRandom(long[] offsets) {
        this.offsets = offsets;
        this.source = offsets;
    }

    /**
     * Obtains a source that replays a sequence.
     *
     * @param sequence  the choices to replay, not null
     * @return the source, at the first choice, never null
     * @throws NullPointerException if the sequence is null
     */
    public static ReplayingRandom of(ChoiceSequence sequence) {
        return new ReplayingRandom(Objects.requireNonNull(sequence, "sequence").offsets());
    }

    /**
     * Obtains a source that replays a sequence, except for one span: the span opened at depth
     * {@code depth} when the replay reaches position {@code start} answers the offsets of
     * {@code replacement} (then zeros) until it closes, and the replay then resumes at position
     * {@code end}. The parts after the span are read from where they were, whatever the span's new
     * content consumes: the shrinker simplifies one part of a value without shifting the others.
     */
    static ReplayingRandom replacingSpan(long[] offsets, int start, int depth, int end, long[] replacement) {
        ReplayingRandom random = new ReplayingRandom(offsets);
        random.replacedStart = start;
        random.replacedDepth = depth;
        random.replacedEnd = end;
        random.replacement = replacement;
        return random;
    }

    @Override
    void opening(int depth) {
        if (replacedStart >= 0 && !replacing && source == offsets && next == replacedStart && depth == replacedDepth) {
            replacing = true;
            source = replacement;
            next = 0;
        }
    }

    @Override
    void closing(int depth) {
        if (replacing && depth == replacedDepth) {
            replacing = false;
            replacedStart = -1;
            source = offsets;
            next = replacedEnd;
        }
    }

    /** The next offset, clamped below {@code range} (unsigned; 0 stands for 2^64), recorded. */
    private long take(long range) {
        long offset = next < source.length ? source[next] : 0;
        next++;
        if (range != 0 && Long.compareUnsigned(offset, range) >= 0) {
            offset = range - 1;
        }
        log(offset);
        return offset;
    }

    /**
     * Answers an int from the next zigzag-encoded offset.
     *
     * @return the value, 0 once the sequence is used up
     */
    @Override
    public int nextInt() {
        return unzigzagInt(take(1L << 32));
    }

    /**
     * Answers a long from the next zigzag-encoded offset.
     *
     * @return the value, 0 once the sequence is used up
     */
    @Override
    public long nextLong() {
        return unzigzagLong(take(0));
    }

    /**
     * Answers an int in {@code [0, bound)}.
     *
     * @param bound  the bound, positive
     * @return the value, 0 once the sequence is used up
     * @throws IllegalArgumentException if the bound is not positive
     */
    @Override
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, was " + bound);
        }
        return (int) take(bound);
    }

    /**
     * Answers an int in {@code [origin, bound)}.
     *
     * @param origin  the lowest value
     * @param bound  the bound, greater than the origin
     * @return the value, the origin once the sequence is used up
     * @throws IllegalArgumentException if the bound is not greater than the origin
     */
    @Override
    public int nextInt(int origin, int bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound " + bound + " must be greater than origin " + origin);
        }
        return (int) (origin + take((long) bound - origin));
    }

    /**
     * Answers a long in {@code [0, bound)}.
     *
     * @param bound  the bound, positive
     * @return the value, 0 once the sequence is used up
     * @throws IllegalArgumentException if the bound is not positive
     */
    @Override
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, was " + bound);
        }
        return take(bound);
    }

    /**
     * Answers a long in {@code [origin, bound)}.
     *
     * @param origin  the lowest value
     * @param bound  the bound, greater than the origin
     * @return the value, the origin once the sequence is used up
     * @throws IllegalArgumentException if the bound is not greater than the origin
     */
    @Override
    public long nextLong(long origin, long bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound " + bound + " must be greater than origin " + origin);
        }
        return origin + take(bound - origin);
    }

    /**
     * Answers a boolean: true for offset 1.
     *
     * @return the value, false once the sequence is used up
     */
    @Override
    public boolean nextBoolean() {
        return take(2) == 1;
    }

    /**
     * Answers a double in {@code [0, 1)} from 53 bits of fraction.
     *
     * @return the value, 0.0 once the sequence is used up
     */
    @Override
    public double nextDouble() {
        return take(1L << 53) * 0x1p-53;
    }

    /**
     * Answers a float in {@code [0, 1)} from 24 bits of fraction.
     *
     * @return the value, 0.0 once the sequence is used up
     */
    @Override
    public float nextFloat() {
        return take(1L << 24) * 0x1p-24f;
    }

    /**
     * Fills an array with bytes, one choice each.
     *
     * @param bytes  the array to fill, not null
     */
    @Override
    public void nextBytes(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) take(256);
        }
    }
}
