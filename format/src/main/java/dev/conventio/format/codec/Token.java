package dev.conventio.format.codec;

import java.util.Map;

/**
 * A token of JSON text, as a {@link TokenSource} gives it. Unsupported: for the adapter modules only.
 */
public enum Token {
    /** <code>&#123;</code>. */
    START_OBJECT,
    /** <code>&#125;</code>. */
    END_OBJECT,
    /** {@code [}. */
    START_ARRAY,
    /** {@code ]}. */
    END_ARRAY,
    /** The name of a member. */
    NAME,
    /** A string value. */
    STRING,
    /** A number without fraction or exponent. */
    INTEGER,
    /** A number with a fraction or an exponent. */
    DECIMAL,
    /** {@code true}. */
    TRUE,
    /** {@code false}. */
    FALSE,
    /** {@code null}. */
    NULL,
    /** A value that is not JSON text, which some parsers of in-memory trees give. */
    EMBEDDED;

    /** How a message names a value of this token: "an object", "a string"… */
    String described() {
        switch (this) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case STRING:
                return "a string";
            case INTEGER:
                return "an integer";
            case DECIMAL:
                return "a decimal number";
            case TRUE:
            case FALSE:
                return "a boolean";
            case NULL:
                return "null";
            case END_OBJECT:
                return "}";
            case END_ARRAY:
                return "]";
            case EMBEDDED:
                return "VALUE_EMBEDDED_OBJECT";
            default:
                return "FIELD_NAME";
        }
    }

    /**
     * The token of each name that streaming parsers give their tokens: Jackson's {@code JsonToken}
     * names a member {@code FIELD_NAME} in its version 2 and {@code PROPERTY_NAME} in its version 3,
     * and every other token alike.
     */
    private static final Map<String, Token> BY_LIBRARY_NAME = Map.ofEntries(
            Map.entry("START_OBJECT", START_OBJECT), Map.entry("END_OBJECT", END_OBJECT),
            Map.entry("START_ARRAY", START_ARRAY), Map.entry("END_ARRAY", END_ARRAY),
            Map.entry("FIELD_NAME", NAME), Map.entry("PROPERTY_NAME", NAME),
            Map.entry("VALUE_STRING", STRING), Map.entry("VALUE_NUMBER_INT", INTEGER),
            Map.entry("VALUE_NUMBER_FLOAT", DECIMAL), Map.entry("VALUE_TRUE", TRUE), Map.entry("VALUE_FALSE", FALSE),
            Map.entry("VALUE_NULL", NULL));

    /**
     * Makes the table from a JSON library's own tokens to these, so that an adapter translates a
     * token with one array access and no switch of its own: each constant is matched by its name
     * ({@code START_OBJECT}, {@code FIELD_NAME} or {@code PROPERTY_NAME}, {@code VALUE_STRING}…), any
     * other one is {@link #EMBEDDED}.
     *
     * @param <E>  the library's type of token
     * @param libraryTokens  the library's token constants, in ordinal order, not null
     * @return the table, never null
     */
    public static <E extends Enum<E>> Table<E> tableOf(E[] libraryTokens) {
        Token[] table = new Token[libraryTokens.length];
        for (E token : libraryTokens) {
            table[token.ordinal()] = BY_LIBRARY_NAME.getOrDefault(token.name(), EMBEDDED);
        }
        return new Table<>(table);
    }

    /**
     * The codec's token of each of a JSON library's, made by {@link #tableOf}. Immutable and
     * thread-safe.
     *
     * @param <E>  the library's type of token
     */
    public static final class Table<E extends Enum<E>> {

        private final Token[] tokens;

        private Table(Token[] tokens) {
            this.tokens = tokens;
        }

        /**
         * Gets the codec's token of a library's token.
         *
         * @param token  the library's token, or null (none: before the first, after the last)
         * @return the token, null for null
         */
        public Token of(E token) {
            return token == null ? null : tokens[token.ordinal()];
        }
    }
}
