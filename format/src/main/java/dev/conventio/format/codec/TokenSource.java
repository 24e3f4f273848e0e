package dev.conventio.format.codec;

import java.io.IOException;

/**
 * The tokens of a JSON text, one at a time: what the codec reads a document from. An adapter
 * implements it over its JSON library's parser, in a small class. Unsupported: for the adapter
 * modules only.
 *
 * <p>Every method that reads the input throws a {@link Rejection} of kind
 * {@link dev.conventio.format.RejectionCode.Kind#JSON} where the text is not acceptable JSON — malformed,
 * not UTF-8, over a limit — found now or, with a lazy parser, when a value is first asked for; an
 * {@link IOException} is a failure of the input itself. Not thread-safe.
 */
public interface TokenSource {

    /**
     * Moves to the next token.
     *
     * @return the token, or null at the end of the input
     * @throws IOException if the input fails
     */
    Token next() throws IOException;

    /**
     * Gets the current token.
     *
     * @return the token, or null before the first and after the last
     */
    Token current();

    /**
     * Gets the name of the current member: at a {@link Token#NAME}, its text.
     *
     * @return the name, never null at a name
     * @throws IOException if the input fails
     */
    String name() throws IOException;

    /**
     * Gets the text of the current value: a string's content, a number's digits.
     *
     * @return the text, never null
     * @throws IOException if the input fails
     */
    String text() throws IOException;

    /**
     * Tells whether the current {@link Token#INTEGER} fits 32 bits.
     *
     * @return true if {@link #intValue()} gives it exactly
     * @throws IOException if the input fails
     */
    boolean isInt() throws IOException;

    /**
     * Gets the current {@link Token#INTEGER}, which {@link #isInt()} said fits.
     *
     * @return the value
     * @throws IOException if the input fails
     */
    int intValue() throws IOException;

    /**
     * Gets the JSON Pointer (RFC 6901) of the current token from the root of the input: after a
     * value's last token, that of the whole value.
     *
     * @return the pointer, empty for the root, never null
     */
    String pointer();

    /**
     * Tells whether the current token closes, or is, a root value: no array or object is open.
     *
     * @return true outside any array and object
     */
    boolean inRoot();

    /**
     * Gets where the source stands: after the current token, or at the end of the input.
     *
     * @return the location, never null
     */
    Location location();

    /**
     * Gets the location of the current token.
     *
     * @return the location, never null
     */
    Location tokenLocation();
}
