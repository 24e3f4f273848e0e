package dev.conventio.change;

import dev.conventio.convention.Article;
import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Adds an article to the base text (« il est ajouté un article 5 bis … »), for changes that have no typed form.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class AddArticle extends Change {

    AddArticle() {
    }

    /**
     * Gets the article to add, with a number not yet taken.
     *
     * @return the article to add, with a number not yet taken, never null
     */
    public abstract Article added();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param added  the article to add, with a number not yet taken, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static AddArticle of(String article, Article added) {
        return ImmutableAddArticle.builder().article(article).added(added).build();
    }

    @Override
    public <R> R accept(Change.Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    void check() {
        Violations violations = checkShared();
        violations.throwIfAny();
    }
}
