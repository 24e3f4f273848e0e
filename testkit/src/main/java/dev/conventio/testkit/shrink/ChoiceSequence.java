package dev.conventio.testkit.shrink;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * The random choices a generator made to build one value: each primitive draw as a non-negative
 * offset from the draw's origin, in the order the generator made them.
 *
 * <p>A bounded draw such as {@code nextInt(10, 20)} that gave 13 is recorded as 3; a boolean as 0
 * (false) or 1 (true); an unbounded {@code nextInt()} or {@code nextLong()} as its zigzag encoding
 * (0, -1, 1, -2… become 0, 1, 2, 3…), so that values near zero are small offsets; a
 * {@code nextDouble()} as its 53 bits of fraction. Offsets are unsigned 64-bit values. Replayed
 * through a {@link ReplayingRandom}, a sequence builds the same value again; a sequence that is
 * shorter or has lower offsets builds a simpler value, which is what shrinking relies on.
 *
 * <p>Sequences are canonical: trailing zeros are dropped, since a replay answers zero once the
 * sequence is used up. They are ordered shortlex (shorter first, then offset by offset, unsigned):
 * the order in which a shrinker makes progress.
 *
 * <p>The text form, {@code c1.} followed by the offsets as unsigned LEB128 varints in unpadded
 * URL-safe Base64, is what {@code -Dconventio.testkit.replay=…} takes: {@link #toString()} and
 * {@link #parse(String)} are inverses.
 *
 * <pre>{@code
 * ChoiceSequence choices = ChoiceSequence.of(3, 0, 1);
 * choices.toString();                      // "c1.AwAB"
 * ChoiceSequence.parse("c1.AwAB").size();  // 3
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ChoiceSequence implements Comparable<ChoiceSequence> {

    /** The prefix of the text form, with the version of the encoding. */
    static final String PREFIX = "c1.";

    private static final ChoiceSequence EMPTY = new ChoiceSequence(new long[0]);

    private final long[] offsets;

    private ChoiceSequence(long[] offsets) {
        this.offsets = offsets;
    }

    /**
     * Obtains the sequence without choices, which a replay answers with zeros only.
     *
     * @return the empty sequence, never null
     */
    public static ChoiceSequence empty() {
        return EMPTY;
    }

    /**
     * Obtains a sequence of offsets, trailing zeros dropped.
     *
     * @param offsets  the offsets, read as unsigned, not null
     * @return the sequence, never null
     * @throws NullPointerException if the array is null
     */
    public static ChoiceSequence of(long... offsets) {
        Objects.requireNonNull(offsets, "offsets");
        return of(offsets, offsets.length);
    }

    /** The first {@code length} offsets of an array, copied, trailing zeros dropped. */
    static ChoiceSequence of(long[] offsets, int length) {
        int end = Math.min(length, offsets.length);
        while (end > 0 && offsets[end - 1] == 0) {
            end--;
        }
        return end == 0 ? EMPTY : new ChoiceSequence(Arrays.copyOf(offsets, end));
    }

    /**
     * Reads a sequence from its text form, as {@link #toString()} writes it.
     *
     * @param text  the text, such as {@code c1.AwAB}, not null
     * @return the sequence, never null
     * @throws IllegalArgumentException if the text is not a choice sequence, quoting it
     * @throws NullPointerException if the text is null
     */
    public static ChoiceSequence parse(String text) {
        Objects.requireNonNull(text, "text");
        String value = text.trim();
        if (!value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a choice sequence starts with '" + PREFIX + "', was '" + text + "'");
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a choice sequence is URL-safe Base64 after '" + PREFIX + "', was '"
                    + text + "'", e);
        }
        long[] decoded = new long[bytes.length];
        int count = 0;
        int at = 0;
        while (at < bytes.length) {
            long offset = 0;
            int shift = 0;
            while (true) {
                if (at == bytes.length || shift > 63) {
                    throw new IllegalArgumentException("a choice sequence ends inside an offset: '" + text + "'");
                }
                byte b = bytes[at++];
                offset |= (long) (b & 0x7f) << shift;
                shift += 7;
                if (b >= 0) {
                    break;
                }
            }
            decoded[count++] = offset;
        }
        return of(decoded, count);
    }

    /**
     * Gets the number of choices, trailing zeros excluded.
     *
     * @return the size, zero or positive
     */
    public int size() {
        return offsets.length;
    }

    /**
     * Gets one offset; offsets past the end are zero, as a replay answers them.
     *
     * @param index  the position, zero or positive
     * @return the offset, unsigned
     * @throws IndexOutOfBoundsException if the index is negative
     */
    public long get(int index) {
        if (index < 0) {
            throw new IndexOutOfBoundsException("a choice index is zero or positive, was " + index);
        }
        return index < offsets.length ? offsets[index] : 0;
    }

    /**
     * Gets the offsets as an array.
     *
     * @return a copy of the offsets, never null
     */
    public long[] toArray() {
        return offsets.clone();
    }

    /** The offsets themselves, for the shrinker, which never changes them. */
    long[] offsets() {
        return offsets;
    }

    /**
     * Compares shortlex: the shorter sequence first, then the first differing offset, unsigned.
     *
     * @param other  the other sequence, not null
     * @return negative, zero or positive as this sequence is simpler than, equal to or more complex
     *     than the other
     */
    @Override
    public int compareTo(ChoiceSequence other) {
        int order = Integer.compare(offsets.length, other.offsets.length);
        for (int i = 0; order == 0 && i < offsets.length; i++) {
            order = Long.compareUnsigned(offsets[i], other.offsets[i]);
        }
        return order;
    }

    /**
     * Tells whether another object is a sequence of the same offsets.
     *
     * @param other  the other object, null gives false
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ChoiceSequence sequence && Arrays.equals(offsets, sequence.offsets);
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Arrays.hashCode(offsets);
    }

    /**
     * Writes the text form that {@link #parse(String)} reads, such as {@code c1.AwAB}.
     *
     * @return the text, shell- and URL-safe, never null
     */
    @Override
    public String toString() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(offsets.length + 8);
        for (long offset : offsets) {
            long rest = offset;
            while ((rest & ~0x7fL) != 0) {
                out.write((int) (rest & 0x7f) | 0x80);
                rest >>>= 7;
            }
            out.write((int) rest);
        }
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }
}
