package dev.conventio.change;

import dev.conventio.convention.Article;
import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Replaces an article of the base text (« l'article 1.2 est remplacé par … »), for changes that have no typed form.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class ReplaceArticle extends Change {

    ReplaceArticle() {
    }

    /**
     * Gets the new article, whose number names the one it replaces.
     *
     * @return the new article, whose number names the one it replaces, never null
     */
    public abstract Article replacement();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param replacement  the new article, whose number names the one it replaces, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static ReplaceArticle of(String article, Article replacement) {
        return ImmutableReplaceArticle.builder().article(article).replacement(replacement).build();
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
