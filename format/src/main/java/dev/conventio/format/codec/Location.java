package dev.conventio.format.codec;

/**
 * Where a token is in its input: line and column from 1, and the offset in bytes or characters
 * from 0, each -1 when the input gives none. An adapter makes them from its parser's locations and
 * makes its parser's locations from them again. Unsupported: for the adapter modules only.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Location {

    private final long byteOffset;
    private final long charOffset;
    private final int line;
    private final int column;
    private final boolean inInput;

    private Location(long byteOffset, long charOffset, int line, int column, boolean inInput) {
        this.byteOffset = byteOffset;
        this.charOffset = charOffset;
        this.line = line;
        this.column = column;
        this.inInput = inInput;
    }

    /**
     * Obtains the location of a token of the input.
     *
     * @param byteOffset  the offset in bytes, or -1
     * @param charOffset  the offset in characters, or -1
     * @param line  the line from 1, or -1
     * @param column  the column from 1, or -1
     * @return the location, never null
     */
    public static Location inInput(long byteOffset, long charOffset, int line, int column) {
        return new Location(byteOffset, charOffset, line, column, true);
    }

    /**
     * Obtains a line and column that no token of the input stands at, such as that of the first
     * of several violations.
     *
     * @param line  the line from 1, or -1
     * @param column  the column from 1, or -1
     * @return the location, never null
     */
    public static Location of(int line, int column) {
        return new Location(-1L, -1L, line, column, false);
    }

    /**
     * Gets the offset in bytes, for byte input.
     *
     * @return the offset, or -1
     */
    public long byteOffset() {
        return byteOffset;
    }

    /**
     * Gets the offset in characters, for text input.
     *
     * @return the offset, or -1
     */
    public long charOffset() {
        return charOffset;
    }

    /**
     * Gets the line.
     *
     * @return the line from 1, or -1
     */
    public int line() {
        return line;
    }

    /**
     * Gets the column: in characters for text input, in bytes for byte input.
     *
     * @return the column from 1, or -1
     */
    public int column() {
        return column;
    }

    /**
     * Tells whether this is the location of a token of the input, made by {@link #inInput}.
     *
     * @return true for a token's location
     */
    public boolean isInInput() {
        return inInput;
    }

    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}
