package dev.conventio.opendata.scdl;

import java.util.Objects;
import java.util.Optional;

/**
 * The nature of a subsidy in the SCDL format (nature de la subvention): in cash, in kind, or both,
 * in the order the file gives.
 * <pre>{@code
 * AidNature.parse("aide en numéraire").orElseThrow();   // CASH
 * AidNature.CASH.text();                                 // "aide en numéraire"
 * }</pre>
 *
 * @since 0.1
 */
public enum AidNature {
    /** « aide en numéraire »: money. */
    CASH("aide en numéraire"),
    /** « aide en nature »: goods, premises or services. */
    IN_KIND("aide en nature"),
    /** « aide en numéraire;aide en nature ». */
    CASH_AND_IN_KIND("aide en numéraire;aide en nature"),
    /** « aide en nature;aide en numéraire ». */
    IN_KIND_AND_CASH("aide en nature;aide en numéraire");

    private final String text;

    AidNature(String text) {
        this.text = text;
    }

    /**
     * Gets the value as the format writes it.
     *
     * @return the French text, such as {@code aide en numéraire}, never null
     */
    public String text() {
        return text;
    }

    /**
     * Finds the nature the format writes as a text, exactly (no case folding, no trimming).
     *
     * @param text  the cell, not null
     * @return the nature, empty if the text is none of the four allowed values, never null
     * @throws NullPointerException if the text is null
     */
    public static Optional<AidNature> parse(String text) {
        Objects.requireNonNull(text, "text");
        for (AidNature nature : values()) {
            if (nature.text.equals(text)) {
                return Optional.of(nature);
            }
        }
        return Optional.empty();
    }
}
