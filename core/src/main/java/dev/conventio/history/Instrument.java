package dev.conventio.history;

import java.util.OptionalInt;

/**
 * One of the instruments of a history: the base convention (convention initiale) or amendment
 * n° k (avenant n° k).
 *
 * <p>Instruments order as they were made: the base convention first, then amendments by number.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Instrument implements Comparable<Instrument> {

    private static final Instrument BASE = new Instrument(0);

    /** The amendment number, 0 for the base convention. */
    private final int number;

    private Instrument(int number) {
        this.number = number;
    }

    /**
     * Obtains the base convention (convention initiale).
     *
     * @return the base convention, never null
     */
    public static Instrument base() {
        return BASE;
    }

    /**
     * Obtains amendment n° k (avenant n° k).
     *
     * @param number  the amendment number, from 1
     * @return the instrument, never null
     * @throws IllegalArgumentException if the number is not positive
     */
    public static Instrument amendment(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("amendments are numbered from 1, was " + number);
        }
        return new Instrument(number);
    }

    /**
     * Tells whether this is the base convention.
     *
     * @return true for the base convention, false for an amendment
     */
    public boolean isBase() {
        return number == 0;
    }

    /**
     * Gets the amendment number.
     *
     * @return the number, empty for the base convention, never null
     */
    public OptionalInt amendmentNumber() {
        return isBase() ? OptionalInt.empty() : OptionalInt.of(number);
    }

    /**
     * Orders the base convention first, then amendments by number.
     *
     * @param other  the other instrument, not null
     * @return negative, zero or positive as this instrument comes before, with or after the other
     */
    @Override
    public int compareTo(Instrument other) {
        return Integer.compare(number, other.number);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Instrument && ((Instrument) other).number == number;
    }

    @Override
    public int hashCode() {
        return number;
    }

    /**
     * Returns {@code base convention} or {@code amendment n° k}, in English as every
     * {@code toString} of the library; a rendering names it in French (convention initiale,
     * avenant n° k).
     *
     * @return the name of the instrument, never null
     */
    @Override
    public String toString() {
        return isBase() ? "base convention" : "amendment n° " + number;
    }
}
