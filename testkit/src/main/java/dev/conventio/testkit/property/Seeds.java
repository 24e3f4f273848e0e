package dev.conventio.testkit.property;

import java.util.Objects;

/**
 * The text form of seeds: {@code 0x} and sixteen hexadecimal digits, as reports print them, read
 * back in that form or in decimal.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Seeds {

    private Seeds() {
    }

    /**
     * Formats a seed the way {@link #parse(String)} reads it.
     *
     * @param seed  the seed
     * @return {@code 0x} and sixteen hexadecimal digits, never null
     */
    public static String format(long seed) {
        return String.format("0x%016x", seed);
    }

    /**
     * Reads a seed as printed ({@code 0x} and up to sixteen hexadecimal digits) or in decimal.
     *
     * @param text  the seed, not null
     * @return the seed
     * @throws IllegalArgumentException if the text is not a seed, quoting it
     * @throws NullPointerException if the text is null
     */
    public static long parse(String text) {
        String value = Objects.requireNonNull(text, "text").trim();
        try {
            if (value.startsWith("0x") || value.startsWith("0X")) {
                return Long.parseUnsignedLong(value.substring(2), 16);
            }
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a seed is such as 0x9e3779b97f4a7c15, was '" + text + "'", e);
        }
    }
}
