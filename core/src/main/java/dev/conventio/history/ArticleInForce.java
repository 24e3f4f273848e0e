package dev.conventio.history;

import dev.conventio.convention.Article;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article of the consolidated text: its number and title as in force, its text block by block
 * with their provenance, the instrument and article that set it as a whole (the base article, or the
 * amending article that added, replaced or rewrote it), and every amending article that modified it
 * since.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ArticleInForce {

    private final String number;
    private final Optional<String> title;
    private final Provenance provenance;
    private final TextInForce content;
    private final List<Provenance> modifications;

    ArticleInForce(String number, Optional<String> title, Provenance provenance, TextInForce content,
            List<Provenance> modifications) {
        this.number = Objects.requireNonNull(number, "number");
        this.title = Objects.requireNonNull(title, "title");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        this.content = Objects.requireNonNull(content, "content");
        this.modifications = List.copyOf(modifications);
    }

    /**
     * Gets the number of the article as in force.
     *
     * @return the number, never null
     */
    public String number() {
        return number;
    }

    /**
     * Gets the title of the article as in force.
     *
     * @return the title, empty when it has none or none is recorded, never null
     */
    public Optional<String> title() {
        return title;
    }

    /**
     * Gets the instrument and article that set the article as a whole.
     *
     * @return the provenance, never null
     */
    public Provenance provenance() {
        return provenance;
    }

    /**
     * Gets the text of the article, block by block.
     *
     * @return the text, never null
     */
    public TextInForce content() {
        return content;
    }

    /**
     * Gets the amending articles that modified this article (its words, paragraphs, tables, title or
     * number) since it was set, in order, each once.
     *
     * @return the modifications, possibly empty, never null, unmodifiable
     */
    public List<Provenance> modifications() {
        return modifications;
    }

    /**
     * Gets the article as a plain value, without provenance.
     *
     * @return the article, never null
     */
    public Article article() {
        Article article = Article.of(number, content.text());
        return title.map(value -> Article.of(number, value, content.text())).orElse(article);
    }

    /**
     * Returns the number, the title and the provenance.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return "article " + number + title.map(value -> " " + value).orElse("") + " [" + provenance + "]";
    }
}
