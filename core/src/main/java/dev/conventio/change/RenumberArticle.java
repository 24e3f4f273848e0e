package dev.conventio.change;

import dev.conventio.text.TextLocation;
import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Renumbers an article of the convention (« l'article 8 devient l'article 9 »).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class RenumberArticle extends TextOperation {

    RenumberArticle() {
    }

    /**
     * Gets the number of the article renumbered.
     *
     * @return the non-blank number, never null
     */
    public abstract String number();

    /**
     * Gets the article's new number.
     *
     * @return the non-blank new number, never null
     */
    public abstract String newNumber();

    /**
     * Obtains the operation.
     *
     * @param number  the article's number, not blank, not null
     * @param newNumber  its new number, not blank, not null
     * @return the operation, never null
     * @throws dev.conventio.validation.ValidationException if a number is blank
     * @throws NullPointerException if an argument is null
     */
    public static RenumberArticle of(String number, String newNumber) {
        return ImmutableRenumberArticle.builder().number(number).newNumber(newNumber).build();
    }

    @Override
    public TextLocation target() {
        return TextLocation.article(number());
    }

    @Override
    public <R> R accept(TextOperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    void check() {
        Violations.collector().requireNonBlank(number(), "number").requireNonBlank(newNumber(), "newNumber")
                .throwIfAny();
    }
}
