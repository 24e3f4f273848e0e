package dev.conventio.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The hostile documents of the JSON issue's list, each made from a valid benchmark document by one
 * change, checked in under {@code benchmarks/src/main/resources/hostile} (see
 * {@link DocumentGenerator}).
 *
 * <p>Each change is made as late in the document as it can be (the last contribution, phase or
 * signature): a reader that rejects it has read almost all of the document first, which is the
 * worst case, and the one where a rejection can cost more than the valid read if a check is not
 * linear. The valid read of the same document is the yardstick.
 */
public enum Hostile {
    /** The last contribution's amount is {@code "1e100000000"}: an exponent bomb in a string. */
    AMOUNT_EXPONENT_STRING("amount \"1e100000000\"", true),
    /** The last contribution's amount is the JSON number {@code 1e100000000}. */
    AMOUNT_EXPONENT_NUMBER("amount 1e100000000 (number)", true),
    /** The last contribution's amount has 1 000 integer digits. */
    AMOUNT_1000_DIGITS("amount of 1 000 digits", true),
    /** The last phase's number is an integer of 1 000 digits. */
    INTEGER_1000_DIGITS("integer of 1 000 digits", false),
    /** The last signature's capacity is an array nested 1 000 deep. */
    DEEP_NESTING("nesting 1 000 deep", false),
    /** The last signature has its capacity twice. */
    DUPLICATE_KEY("duplicate key", false),
    /** The last signature has a member the format does not know. */
    UNKNOWN_FIELD("unknown member", false),
    /** A second value after the root object. */
    TRAILING_CONTENT("content after the root", false),
    /** The last signature is dated 2023-02-29, a day that does not exist. */
    NONEXISTENT_DATE("date 2023-02-29", false),
    /** Well-formed, but the last contribution's beneficiary is its contributor: a domain violation. */
    DOMAIN_VIOLATION("contributor = beneficiary", false);

    private static final String HOLE = "\u0000hostile\u0000";
    private static final ObjectMapper TREES = new ObjectMapper();

    private final String label;
    private final boolean amountBomb;
    private byte[] bytes;

    Hostile(String label, boolean amountBomb) {
        this.label = label;
        this.amountBomb = amountBomb;
    }

    /**
     * Gets the valid document this one is made from.
     *
     * @return the base document, never null
     */
    public Document base() {
        return Document.MEDIUM;
    }

    /**
     * Tells whether this is an amount bomb, whose rejection must take under 1 ms.
     *
     * @return true for an amount bomb
     */
    public boolean isAmountBomb() {
        return amountBomb;
    }

    /**
     * Gets a short description, for tables.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * Gets the file name under {@code hostile/}.
     *
     * @return the file name, never null
     */
    public String file() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".json";
    }

    /**
     * Gets the bytes of the checked-in hostile document; callers must not change the array.
     *
     * @return the bytes, never null
     */
    public synchronized byte[] bytes() {
        if (bytes == null) {
            bytes = Document.resource("hostile/" + file());
        }
        return bytes;
    }

    /**
     * Gets the size of the hostile document.
     *
     * @return the number of bytes
     */
    public int size() {
        return bytes().length;
    }

    /**
     * Makes this hostile document from the valid document it is based on.
     *
     * @param valid  the bytes of {@link #base()}, not null
     * @return the hostile document, never null
     */
    public byte[] make(byte[] valid) {
        ObjectNode root;
        try {
            root = (ObjectNode) TREES.readTree(valid);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode contribution = last(root, "contributions");
        ObjectNode signature = last(root, "signatures");
        String raw;
        switch (this) {
            case AMOUNT_EXPONENT_STRING:
                ((ObjectNode) contribution.get("amount")).put("amount", HOLE);
                raw = "\"1e100000000\"";
                break;
            case AMOUNT_EXPONENT_NUMBER:
                ((ObjectNode) contribution.get("amount")).put("amount", HOLE);
                raw = "1e100000000";
                break;
            case AMOUNT_1000_DIGITS:
                ((ObjectNode) contribution.get("amount")).put("amount", HOLE);
                raw = "\"" + "9".repeat(1000) + ".00\"";
                break;
            case INTEGER_1000_DIGITS:
                last(root, "phases").put("number", HOLE);
                raw = "1" + "0".repeat(999);
                break;
            case DEEP_NESTING:
                signature.put("capacity", HOLE);
                raw = "[".repeat(1000) + "]".repeat(1000);
                break;
            case DUPLICATE_KEY:
                raw = quoted(signature.get("capacity").asText()) + ",\"capacity\":"
                        + quoted(signature.get("capacity").asText());
                signature.put("capacity", HOLE);
                break;
            case UNKNOWN_FIELD:
                raw = quoted(signature.get("capacity").asText()) + ",\"signedAt\":\"Marseille\"";
                signature.put("capacity", HOLE);
                break;
            case TRAILING_CONTENT:
                return (write(root) + " {}").getBytes(StandardCharsets.UTF_8);
            case NONEXISTENT_DATE:
                signature.put("date", "2023-02-29");
                return write(root).getBytes(StandardCharsets.UTF_8);
            case DOMAIN_VIOLATION:
                contribution.put("beneficiary", contribution.get("contributor").asText());
                return write(root).getBytes(StandardCharsets.UTF_8);
            default:
                throw new IllegalStateException(name());
        }
        return write(root).replace(quoted(HOLE), raw).getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode last(ObjectNode root, String member) {
        ArrayNode array = (ArrayNode) root.get(member);
        return (ObjectNode) array.get(array.size() - 1);
    }

    private static String write(JsonNode root) {
        try {
            return TREES.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String text) {
        try {
            return TREES.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
