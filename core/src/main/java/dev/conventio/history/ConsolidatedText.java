package dev.conventio.history;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The text of a convention as in force on a date (texte consolidé): its preamble and articles, each
 * paragraph and table with its provenance, the articles deleted, and the modifications kept as
 * instructions where the text they name is not recorded.
 * <pre>{@code
 * ConsolidatedText text = history.asOf(LocalDate.of(2020, 6, 30)).text();
 * ArticleInForce article = text.article("1.1").orElseThrow();
 * article.content().blocks().get(3).modifications();   // [avenant n° 1, article 1]
 * text.hasUnknownParts();                              // true while some of it is not recorded
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ConsolidatedText {

    private final TextInForce preamble;
    private final List<ArticleInForce> articles;
    private final List<Sourced<String>> deleted;

    ConsolidatedText(TextInForce preamble, List<ArticleInForce> articles, List<Sourced<String>> deleted) {
        this.preamble = Objects.requireNonNull(preamble, "preamble");
        this.articles = List.copyOf(articles);
        this.deleted = List.copyOf(deleted);
    }

    /**
     * Gets the preamble (préambule, considérants).
     *
     * @return the preamble, never null
     */
    public TextInForce preamble() {
        return preamble;
    }

    /**
     * Gets the articles in force, in order.
     *
     * @return the articles, possibly empty, never null, unmodifiable
     */
    public List<ArticleInForce> articles() {
        return articles;
    }

    /**
     * Finds an article in force by number.
     *
     * @param number  the number as written, not null
     * @return the article, empty if none has that number, never null
     * @throws NullPointerException if the number is null
     */
    public Optional<ArticleInForce> article(String number) {
        Objects.requireNonNull(number, "number");
        return articles.stream().filter(article -> article.number().equals(number)).findFirst();
    }

    /**
     * Gets the numbers of the articles deleted (abrogés), each with the amending article that deleted it.
     *
     * @return the deleted articles, possibly empty, never null, unmodifiable
     */
    public List<Sourced<String>> deleted() {
        return deleted;
    }

    /**
     * Tells whether some of the text is unknown: a part not recorded or an instruction not applied.
     *
     * @return true when a part of the preamble or of an article is unknown
     */
    public boolean hasUnknownParts() {
        return preamble.hasUnknownParts() || articles.stream().anyMatch(a -> a.content().hasUnknownParts());
    }

    /**
     * Returns the number of articles and whether some of the text is unknown.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return "text of " + articles.size() + " articles" + (hasUnknownParts() ? ", in part unknown" : "");
    }
}
