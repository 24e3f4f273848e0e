package dev.conventio.format.codec;

import java.io.IOException;

/**
 * The tokens of a JSON text, written one at a time: what the codec writes a document to. An adapter
 * implements it over its JSON library's generator, in a small class, and writes each member name
 * pre-encoded, its own encoding of each {@link Name} made once. Unsupported: for the adapter modules
 * only. Not thread-safe.
 */
public interface TokenSink {

    /**
     * Writes <code>&#123;</code>.
     *
     * @throws IOException if the output fails
     */
    void startObject() throws IOException;

    /**
     * Writes <code>&#125;</code>.
     *
     * @throws IOException if the output fails
     */
    void endObject() throws IOException;

    /**
     * Writes {@code [}.
     *
     * @throws IOException if the output fails
     */
    void startArray() throws IOException;

    /**
     * Writes {@code ]}.
     *
     * @throws IOException if the output fails
     */
    void endArray() throws IOException;

    /**
     * Writes the name of a member.
     *
     * @param name  the name, not null
     * @throws IOException if the output fails
     */
    void name(Name name) throws IOException;

    /**
     * Writes a string value.
     *
     * @param value  the text, not null
     * @throws IOException if the output fails
     */
    void string(String value) throws IOException;

    /**
     * Writes an integer value.
     *
     * @param value  the value
     * @throws IOException if the output fails
     */
    void integer(int value) throws IOException;

    /**
     * Writes a boolean value.
     *
     * @param value  the value
     * @throws IOException if the output fails
     */
    void bool(boolean value) throws IOException;
}
