package dev.conventio.format.codec;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A member name of the format, declared once: its text, its UTF-8 bytes, and its ordinal among all
 * names, by which an adapter keeps its own pre-encoded form of each name, made once. Unsupported:
 * for the adapter modules only.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Name {

    private final String text;
    private final byte[] utf8;
    private final int ordinal;

    Name(String text, int ordinal) {
        this.text = text;
        this.utf8 = text.getBytes(StandardCharsets.UTF_8);
        this.ordinal = ordinal;
    }

    /**
     * Gets every member name of the format, by ordinal.
     *
     * @return the names, the one of ordinal {@code i} at index {@code i}, never null, unmodifiable
     */
    public static List<Name> all() {
        return Names.all();
    }

    /**
     * Makes an adapter's own encoding of every name, once, at each name's ordinal: what a sink
     * writes a name as, such as a Jackson {@code SerializedString}, whose bytes the generator caches.
     *
     * @param <S>  the adapter's type of encoded name
     * @param encode  encodes a name's text, not null
     * @param array  makes the array of that type, not null
     * @return the encodings, indexed by {@link #ordinal()}, never null
     */
    public static <S> S[] encodeAll(Function<String, S> encode, IntFunction<S[]> array) {
        return all().stream().map(name -> encode.apply(name.text())).toArray(array);
    }

    /**
     * Gets the name as text, such as {@code formatVersion}.
     *
     * @return the text, never null
     */
    public String text() {
        return text;
    }

    /**
     * Gets the name in UTF-8, without quotes.
     *
     * @return a copy of the bytes, never null
     */
    public byte[] utf8() {
        return utf8.clone();
    }

    /**
     * Gets the index of this name in {@link #all()}.
     *
     * @return the ordinal, from 0
     */
    public int ordinal() {
        return ordinal;
    }

    @Override
    public String toString() {
        return text;
    }
}
