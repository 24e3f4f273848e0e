package dev.conventio.change;

import dev.conventio.text.Text;
import dev.conventio.text.TextLocation;
import dev.conventio.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Rewrites an article of the convention: its whole text, and its title when one is given
 * (« l'article 2.1 est intitulé "ITE concernés" et rédigé comme suit : … »). The new text may be
 * recorded in part or not at all. Unlike {@link ReplaceArticle}, the article need not be recorded
 * in the convention: the amendment attests that it exists.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class RewriteArticle extends TextOperation {

    RewriteArticle() {
    }

    /**
     * Gets the number of the article rewritten.
     *
     * @return the non-blank number, never null
     */
    public abstract String number();

    /**
     * Gets the new title.
     *
     * @return the title, empty when the title stays as it is, never null
     */
    public abstract Optional<String> title();

    /**
     * Gets the new text.
     *
     * @return the text, never null
     */
    public abstract Text content();

    /**
     * Obtains the operation, keeping the title.
     *
     * @param number  the number of the article, not blank, not null
     * @param content  the new text, not null
     * @return the operation, never null
     * @throws dev.conventio.validation.ValidationException if the number is blank
     * @throws NullPointerException if an argument is null
     */
    public static RewriteArticle of(String number, Text content) {
        return ImmutableRewriteArticle.builder().number(number).content(content).build();
    }

    /**
     * Obtains the operation, with a new title.
     *
     * @param number  the number of the article, not blank, not null
     * @param title  the new title, not blank, not null
     * @param content  the new text, not null
     * @return the operation, never null
     * @throws dev.conventio.validation.ValidationException if a text is blank
     * @throws NullPointerException if an argument is null
     */
    public static RewriteArticle of(String number, String title, Text content) {
        return ImmutableRewriteArticle.builder().number(number).title(title).content(content).build();
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
        Violations violations = Violations.collector().requireNonBlank(number(), "number");
        title().ifPresent(title -> violations.requireNonBlank(title, "title"));
        violations.throwIfAny();
    }
}
