package dev.conventio.format.codec;

import java.io.IOException;

/**
 * The members of an object without its braces: how a document's root value is read after the
 * leading {@code formatVersion} (and {@code document}), and written after them.
 *
 * @param <T>  the type of value
 */
interface MembersCodec<T> {

    /** Reads the members of an object whose reading started. */
    T readMembers(Reader in, ObjectReading reading) throws IOException;

    /** Writes the members of a value. */
    void writeMembers(Writer out, T value) throws IOException;

    /** Writes a value as an object: its braces around its members. */
    default void writeObject(Writer out, T value) throws IOException {
        out.sink().startObject();
        writeMembers(out, value);
        out.sink().endObject();
    }
}
