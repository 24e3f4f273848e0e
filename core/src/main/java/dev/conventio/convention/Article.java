package dev.conventio.convention;

import dev.conventio.text.Paragraph;
import dev.conventio.text.Text;
import dev.conventio.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A numbered article of an instrument (article), such as « Article 2 : Conditions financières ».
 *
 * <p>The number is text, as written: {@code 2}, {@code 1.2}, {@code 3 bis}. An article may be known by
 * its number only ({@link #numbered(String)}), with a title, and with its {@link Text} recorded whole,
 * in part or not at all.
 * <pre>{@code
 * Article.of("2", "Conditions financières", "La Métropole versera …");     // one paragraph
 * Article.of("1.1", Text.partial(List.of(Paragraph.unknown(), Paragraph.unknown(),
 *         Paragraph.unknown(), Paragraph.of("…"))));                         // 4th paragraph known
 * Article.numbered("8.6");                                                   // known by number only
 * }</pre>
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
     * Gets the text of the article: its paragraphs (alinéas) and tables, recorded whole, in part or
     * not at all.
     *
     * @return the text, {@link Text#unrecorded()} when nothing of it is recorded, never null
     */
    @Value.Default
    public Text content() {
        return Text.unrecorded();
    }

    /**
     * Obtains an article known by its number only.
     *
     * @param number  the number, not blank, not null
     * @return the article, never null
     * @throws dev.conventio.validation.ValidationException if the number is blank
     * @throws NullPointerException if the number is null
     */
    public static Article numbered(String number) {
        return ImmutableArticle.builder().number(number).build();
    }

    /**
     * Obtains an untitled article with its text.
     *
     * @param number  the number, not blank, not null
     * @param content  the text, not null
     * @return the article, never null
     * @throws dev.conventio.validation.ValidationException if the number is blank
     * @throws NullPointerException if an argument is null
     */
    public static Article of(String number, Text content) {
        return ImmutableArticle.builder().number(number).content(content).build();
    }

    /**
     * Obtains an article with a title and its text.
     *
     * @param number  the number, not blank, not null
     * @param title  the title, not blank, not null
     * @param content  the text, not null
     * @return the article, never null
     * @throws dev.conventio.validation.ValidationException if the number or the title is blank
     * @throws NullPointerException if an argument is null
     */
    public static Article of(String number, String title, Text content) {
        return ImmutableArticle.builder().number(number).title(title).content(content).build();
    }

    /**
     * Returns this article with another title, or none.
     *
     * @param title  the title, empty for none, not null
     * @return the article, never null
     * @throws dev.conventio.validation.ValidationException if the title is blank
     */
    public abstract Article withTitle(Optional<String> title);

    /**
     * Returns this article with another number.
     *
     * @param number  the number, not blank, not null
     * @return the article, never null
     * @throws dev.conventio.validation.ValidationException if the number is blank
     */
    public abstract Article withNumber(String number);

    /**
     * Returns this article with another text.
     *
     * @param content  the text, not null
     * @return the article, never null
     */
    public abstract Article withContent(Text content);

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
     * Obtains an article with a title and its text of one paragraph, recorded whole.
     *
     * @param number  the number, not blank, not null
     * @param title  the title, not blank, not null
     * @param text  the text of its one paragraph, not blank, not null
     * @return the article, never null
     * @throws dev.conventio.validation.ValidationException if a text is blank
     * @throws NullPointerException if an argument is null
     */
    public static Article of(String number, String title, String text) {
        return of(number, title, Text.of(Paragraph.of(text)));
    }

    /**
     * Obtains an untitled article with its text of one paragraph, such as a replacement « l'article
     * 1.2 est remplacé par … ».
     *
     * @param number  the number, not blank, not null
     * @param text  the text of its one paragraph, not blank, not null
     * @return the article, never null
     * @throws dev.conventio.validation.ValidationException if a text is blank
     * @throws NullPointerException if an argument is null
     */
    public static Article untitled(String number, String text) {
        return of(number, Text.of(Paragraph.of(text)));
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector().requireNonBlank(number(), "number");
        title().ifPresent(title -> violations.requireNonBlank(title, "title"));
        violations.throwIfAny();
    }
}
