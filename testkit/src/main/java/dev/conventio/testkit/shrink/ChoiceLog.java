package dev.conventio.testkit.shrink;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The log of choices a recording or replaying source keeps: every offset drawn, in order, and the
 * spans that generators marked with {@link Spans}.
 *
 * <p>Instances are mutable and confined to the generation they serve.
 */
abstract class ChoiceLog implements RandomGenerator {

    private long[] offsets = new long[64];
    private int count;
    /** Closed spans as triples: start (inclusive), end (exclusive), depth when opened. */
    private int[] spans = new int[48];
    private int spanCount;
    private int[] open = new int[16];
    private int depth;

    /** Appends one offset. */
    final void log(long offset) {
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, count * 2);
        }
        offsets[count++] = offset;
    }

    /** Starts a span at the next choice. */
    final void openSpan() {
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
        }
        opening(depth);
        open[depth++] = count;
    }

    /** Called as a span opens, at the given depth (0 for the outermost), before its first choice. */
    void opening(int depth) {
    }

    /** Called as a span closes, back at the depth it was opened at. */
    void closing(int depth) {
    }

    /** Ends the innermost open span; a span without choices is not kept. */
    final void closeSpan() {
        if (depth == 0) {
            return;
        }
        int start = open[--depth];
        if (count > start) {
            if (spanCount * 3 == spans.length) {
                spans = Arrays.copyOf(spans, spans.length * 2);
            }
            spans[spanCount * 3] = start;
            spans[spanCount * 3 + 1] = count;
            spans[spanCount * 3 + 2] = depth;
            spanCount++;
        }
        closing(depth);
    }

    /**
     * Gets the choices made so far, trailing zeros dropped.
     *
     * @return the choices, never null
     */
    public final ChoiceSequence choices() {
        return ChoiceSequence.of(offsets, count);
    }

    /** The spans closed so far, as triples of start (inclusive), end (exclusive) and depth. */
    final int[] spans() {
        return Arrays.copyOf(spans, spanCount * 3);
    }

    /** The zigzag encoding of an int: 0, -1, 1, -2… as 0, 1, 2, 3…, unsigned. */
    static long zigzag(int value) {
        return Integer.toUnsignedLong((value << 1) ^ (value >> 31));
    }

    /** The zigzag encoding of a long, unsigned. */
    static long zigzag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    /** The int of a zigzag offset. */
    static int unzigzagInt(long offset) {
        int bits = (int) offset;
        return (bits >>> 1) ^ -(bits & 1);
    }

    /** The long of a zigzag offset. */
    static long unzigzagLong(long offset) {
        return (offset >>> 1) ^ -(offset & 1);
    }
}
