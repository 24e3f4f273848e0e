package dev.conventio.format.codec;

import java.io.IOException;

/**
 * How one kind of value is read and written: a scalar, a list, an object, a polymorphic object.
 *
 * @param <V>  the type of value
 */
interface ValueCodec<V> {

    /**
     * Reads the value that starts at the current token, ending on its last token.
     *
     * @return the value, or null if it, or a value nested in it, broke an invariant (recorded)
     */
    V read(Reader in) throws IOException;

    /** Writes the value. */
    void write(Writer out, V value) throws IOException;
}
