package dev.conventio.format.codec;

/**
 * The read limits of the format, the same whatever the JSON library: each adapter gives them to its
 * library's own constraints (Jackson 2's and Jackson 3's {@code StreamReadConstraints}), and an
 * input that breaks one is {@link dev.conventio.format.RejectionCode#LIMIT_EXCEEDED}. No document
 * of the format comes near any of them. Unsupported: for the adapter modules only.
 */
public final class ReadLimits {

    /** Arrays and objects nested in each other, the root one counted. */
    public static final int NESTING_DEPTH = 64;
    /** The characters of a number: no integer of the format has more than 10 digits and a sign. */
    public static final int NUMBER_LENGTH = 20;
    /** The characters of a string value: 1 Mi. */
    public static final int STRING_LENGTH = 1 << 20;
    /** The characters of a member name: the longest name of the format has 30. */
    public static final int NAME_LENGTH = 64;
    /** The bytes or characters of a document: 16 Mi. */
    public static final long DOCUMENT_LENGTH = 16L << 20;
    /** The tokens of a document. */
    public static final long TOKEN_COUNT = 1_000_000L;
    /** Arrays and objects nested in each other when writing, the root one counted. */
    public static final int WRITE_NESTING_DEPTH = 64;

    private ReadLimits() {
    }
}
