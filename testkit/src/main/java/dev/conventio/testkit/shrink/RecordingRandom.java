package dev.conventio.testkit.shrink;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A {@link RandomGenerator} that passes every draw on to another one and records it as a choice,
 * so that the value a generator builds can be replayed, and shrunk, from its
 * {@linkplain #choices() choice sequence}.
 *
 * <p>Each draw gives exactly what the source gives for the same call: a generator driven by a
 * recording {@code SplittableRandom} of a seed builds the value {@code gen.sample(seed, size)}
 * builds. Bounded draws, booleans, unbounded ints and longs, doubles, floats and bytes are one
 * choice each; the other draws ({@code nextDouble(origin, bound)}, {@code nextGaussian()}…) are
 * made of those, as {@link RandomGenerator}'s own default methods make them.
 *
 * <pre>{@code
 * RecordingRandom random = RecordingRandom.of(new SplittableRandom(seed));
 * History history = HistoryGen.histories().generate(random, 10);
 * ChoiceSequence choices = random.choices();   // replays as the same history
 * }</pre>
 *
 * <p>Instances are mutable and confined to the generation they record.
 *
 * @since 0.1
 */
public final class RecordingRandom extends ChoiceLog {

    private final RandomGenerator source;

    private RecordingRandom(RandomGenerator source) {
        this.source = source;
    }

    /**
     * Obtains a recorder of the draws of a source.
     *
     * @param source  the source that makes the draws, not null
     * @return the recorder, with no choice yet, never null
     * @throws NullPointerException if the source is null
     */
    public static RecordingRandom of(RandomGenerator source) {
        return new RecordingRandom(Objects.requireNonNull(source, "source"));
    }

    /**
     * Draws an int from the source, recorded as its zigzag encoding.
     *
     * @return the source's value
     */
    @Override
    public int nextInt() {
        int value = source.nextInt();
        log(zigzag(value));
        return value;
    }

    /**
     * Draws a long from the source, recorded as its zigzag encoding.
     *
     * @return the source's value
     */
    @Override
    public long nextLong() {
        long value = source.nextLong();
        log(zigzag(value));
        return value;
    }

    /**
     * Draws an int in {@code [0, bound)} from the source, recorded as itself.
     *
     * @param bound  the bound, positive
     * @return the source's value
     * @throws IllegalArgumentException if the bound is not positive
     */
    @Override
    public int nextInt(int bound) {
        int value = source.nextInt(bound);
        log(value);
        return value;
    }

    /**
     * Draws an int in {@code [origin, bound)} from the source, recorded as its offset from the origin.
     *
     * @param origin  the lowest value
     * @param bound  the bound, greater than the origin
     * @return the source's value
     * @throws IllegalArgumentException if the bound is not greater than the origin
     */
    @Override
    public int nextInt(int origin, int bound) {
        int value = source.nextInt(origin, bound);
        log((long) value - origin);
        return value;
    }

    /**
     * Draws a long in {@code [0, bound)} from the source, recorded as itself.
     *
     * @param bound  the bound, positive
     * @return the source's value
     * @throws IllegalArgumentException if the bound is not positive
     */
    @Override
    public long nextLong(long bound) {
        long value = source.nextLong(bound);
        log(value);
        return value;
    }

    /**
     * Draws a long in {@code [origin, bound)} from the source, recorded as its offset from the origin.
     *
     * @param origin  the lowest value
     * @param bound  the bound, greater than the origin
     * @return the source's value
     * @throws IllegalArgumentException if the bound is not greater than the origin
     */
    @Override
    public long nextLong(long origin, long bound) {
        long value = source.nextLong(origin, bound);
        log(value - origin);
        return value;
    }

    /**
     * Draws a boolean from the source, recorded as 0 (false) or 1 (true).
     *
     * @return the source's value
     */
    @Override
    public boolean nextBoolean() {
        boolean value = source.nextBoolean();
        log(value ? 1 : 0);
        return value;
    }

    /**
     * Draws a double in {@code [0, 1)} from the source, recorded as its 53 bits of fraction; the
     * value returned is the source's rounded down to a multiple of 2<sup>-53</sup>, which is the
     * source's own for the JDK's generators.
     *
     * @return the value
     */
    @Override
    public double nextDouble() {
        long bits = (long) (source.nextDouble() * 0x1p53);
        log(bits);
        return bits * 0x1p-53;
    }

    /**
     * Draws a float in {@code [0, 1)} from the source, recorded as its 24 bits of fraction; the
     * value returned is the source's rounded down to a multiple of 2<sup>-24</sup>.
     *
     * @return the value
     */
    @Override
    public float nextFloat() {
        int bits = (int) (source.nextFloat() * 0x1p24f);
        log(bits);
        return bits * 0x1p-24f;
    }

    /**
     * Fills an array with bytes from the source, each recorded as one choice.
     *
     * @param bytes  the array to fill, not null
     */
    @Override
    public void nextBytes(byte[] bytes) {
        source.nextBytes(bytes);
        for (byte b : bytes) {
            log(b & 0xff);
        }
    }
}
