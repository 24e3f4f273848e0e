package dev.conventio.change;

import dev.conventio.text.TextLocation;
import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Deletes an article of the convention (« l'article 5 est abrogé »).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class DeleteArticle extends TextOperation {

    DeleteArticle() {
    }

    /**
     * Gets the number of the article deleted.
     *
     * @return the non-blank number, never null
     */
    public abstract String number();

    /**
     * Obtains the operation.
     *
     * @param number  the number of the article, not blank, not null
     * @return the operation, never null
     * @throws dev.conventio.validation.ValidationException if the number is blank
     * @throws NullPointerException if the number is null
     */
    public static DeleteArticle of(String number) {
        return ImmutableDeleteArticle.builder().number(number).build();
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
        Violations.collector().requireNonBlank(number(), "number").throwIfAny();
    }
}
