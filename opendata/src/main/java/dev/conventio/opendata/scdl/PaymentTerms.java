package dev.conventio.opendata.scdl;

import dev.conventio.validation.Violations;
import java.util.Objects;

/**
 * The payment conditions of an SCDL row (conditions de versement): {@code unique} (in one payment),
 * {@code échelonné} (in instalments), or a free description of at most 256 characters.
 * <pre>{@code
 * PaymentTerms.parse("échelonné").isInInstalments();   // true
 * PaymentTerms.other("50 % à la signature, le solde sur compte rendu").text();
 * }</pre>
 *
 * <p>Two terms are equal when their texts are. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PaymentTerms {

    /** The maximum length of the text, as the schema says. */
    public static final int MAX_LENGTH = 256;

    private static final String SINGLE_TEXT = "unique";
    private static final String INSTALMENTS_TEXT = "échelonné";
    private static final PaymentTerms SINGLE = new PaymentTerms(SINGLE_TEXT);
    private static final PaymentTerms INSTALMENTS = new PaymentTerms(INSTALMENTS_TEXT);

    private final String text;

    private PaymentTerms(String text) {
        this.text = text;
    }

    /**
     * Obtains the terms of a single payment, {@code unique}.
     *
     * @return the terms, never null
     */
    public static PaymentTerms single() {
        return SINGLE;
    }

    /**
     * Obtains the terms of a payment in instalments, {@code échelonné}.
     *
     * @return the terms, never null
     */
    public static PaymentTerms inInstalments() {
        return INSTALMENTS;
    }

    /**
     * Obtains terms described freely (the schema's « autre »).
     *
     * @param description  the description, 1 to 256 characters, not blank, not null
     * @return the terms, never null
     * @throws dev.conventio.validation.ValidationException with {@link ScdlCodes#CELL_REQUIRED} if the
     *     description is blank, {@link ScdlCodes#CELL_TOO_LONG} if it is longer than 256 characters
     * @throws NullPointerException if the description is null
     */
    public static PaymentTerms other(String description) {
        return parse(description);
    }

    /**
     * Obtains the terms a cell gives: {@code unique}, {@code échelonné} or a free description.
     *
     * @param text  the cell, not blank, at most 256 characters, not null
     * @return the terms, never null
     * @throws dev.conventio.validation.ValidationException with {@link ScdlCodes#CELL_REQUIRED} if the
     *     text is blank, {@link ScdlCodes#CELL_TOO_LONG} if it is longer than 256 characters
     * @throws NullPointerException if the text is null
     */
    public static PaymentTerms parse(String text) {
        Objects.requireNonNull(text, "text");
        Violations violations = Violations.collector();
        if (text.isBlank()) {
            violations.add(ScdlCodes.CELL_REQUIRED, "", "payment terms must not be blank, were '" + text + "'");
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX_LENGTH) {
            violations.add(ScdlCodes.CELL_TOO_LONG, "", "payment terms are at most " + MAX_LENGTH
                    + " characters, were " + length);
        }
        violations.throwIfAny();
        if (text.equals(SINGLE_TEXT)) {
            return SINGLE;
        }
        return text.equals(INSTALMENTS_TEXT) ? INSTALMENTS : new PaymentTerms(text);
    }

    /**
     * Tells whether the terms are a single payment, {@code unique}.
     *
     * @return true for {@code unique}
     */
    public boolean isSingle() {
        return text.equals(SINGLE_TEXT);
    }

    /**
     * Tells whether the terms are a payment in instalments, {@code échelonné}.
     *
     * @return true for {@code échelonné}
     */
    public boolean isInInstalments() {
        return text.equals(INSTALMENTS_TEXT);
    }

    /**
     * Gets the text of the cell.
     *
     * @return the text, never null
     */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PaymentTerms && text.equals(((PaymentTerms) other).text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /**
     * Returns the text of the cell, the form {@link #parse(String)} reads.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return text;
    }
}
