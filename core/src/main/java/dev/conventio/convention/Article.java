package dev.conventio.convention;

import dev.conventio.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A numbered article of an instrument (article), such as « Article 2 : Conditions financières ».
 *
 * <p>The number is text, as written: {@code 2}, {@code 1.2}, {@code 3 bis}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Article {

    Article() {
    }

    /**
     * Gets the number of the article, as written.
     *
     * @return the non-blank number, never null
     */
    public abstract String number();

    /**
     * Gets the title of the article, when it has one.
     *
     * @return the title, empty when the article has none, never null
     */
    public abstract Optional<String> title();

    /**
     * Gets the text of the article, when it is recorded.
     *
     * @return the text, empty when not recorded, never null
     */
    public abstract Optional<String> text();

    /**
     * Obtains an article with a title and no recorded text.
     *
     * @param number  the number, not blank, not null
     * @param title  the title, not blank, not null
     * @return the article, never null
     * @throws dev.conventio.validation.ValidationException if a text is blank
     * @throws NullPointerException if an argument is null
     */
    public static Article of(String number, String title) {
        return ImmutableArticle.builder().number(number).title(title).build();
    }

    /**
     * Obtains an article with a title and its text.
     *
     * @param number  the number, not blank, not null
     * @param title  the title, not blank, not null
     * @param text  the text, not blank, not null
     * @return the article, never null
     * @throws dev.conventio.validation.ValidationException if a text is blank
     * @throws NullPointerException if an argument is null
     */
    public static Article of(String number, String title, String text) {
        return ImmutableArticle.builder().number(number).title(title).text(text).build();
    }

    /**
     * Obtains an untitled article with its text, such as a replacement « l'article 1.2 est remplacé
     * par … ».
     *
     * @param number  the number, not blank, not null
     * @param text  the text, not blank, not null
     * @return the article, never null
     * @throws dev.conventio.validation.ValidationException if a text is blank
     * @throws NullPointerException if an argument is null
     */
    public static Article untitled(String number, String text) {
        return ImmutableArticle.builder().number(number).text(text).build();
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector().requireNonBlank(number(), "number");
        title().ifPresent(title -> violations.requireNonBlank(title, "title"));
        text().ifPresent(text -> violations.requireNonBlank(text, "text"));
        violations.throwIfAny();
    }
}
