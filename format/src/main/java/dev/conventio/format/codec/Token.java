package dev.conventio.format.codec;

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
}
