package dev.conventio.text;

import dev.conventio.validation.Violations;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where a textual modification applies (destination): the preamble or an article, and within it a
 * paragraph (alinéa) and a sentence (phrase), such as « article 1.1, quatrième alinéa, deuxième
 * phrase ».
 * <pre>{@code
 * TextLocation.article("1.1").withParagraph(4).withSentence(2);
 * TextLocation.preamble().withParagraph(2);
 * }</pre>
 *
 * <p>Paragraphs and sentences count from 1; a sentence is named within its paragraph.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class TextLocation {

    TextLocation() {
    }

    /**
     * Gets the number of the article, as written.
     *
     * @return the article's number, empty for the preamble, never null
     */
    public abstract Optional<String> article();

    /**
     * Gets the paragraph, when one is named.
     *
     * @return the paragraph's position, from 1, empty for the whole text
     */
    public abstract OptionalInt paragraph();

    /**
     * Gets the sentence of the paragraph, when one is named.
     *
     * @return the sentence's position in the paragraph, from 1, empty for the whole paragraph
     */
    public abstract OptionalInt sentence();

    /**
     * Obtains the location of the preamble (préambule, considérants).
     *
     * @return the location, never null
     */
    public static TextLocation preamble() {
        return ImmutableTextLocation.builder().build();
    }

    /**
     * Obtains the location of an article.
     *
     * @param number  the number of the article, as written, not blank, not null
     * @return the location, never null
     * @throws dev.conventio.validation.ValidationException if the number is blank
     * @throws NullPointerException if the number is null
     */
    public static TextLocation article(String number) {
        return ImmutableTextLocation.builder().article(number).build();
    }

    /**
     * Returns this location narrowed to a paragraph.
     *
     * @param value  the paragraph's position, from 1
     * @return the location, never null
     * @throws dev.conventio.validation.ValidationException if the position is not positive
     */
    public abstract TextLocation withParagraph(int value);

    /**
     * Returns this location narrowed to a sentence of its paragraph.
     *
     * @param value  the sentence's position, from 1
     * @return the location, never null
     * @throws dev.conventio.validation.ValidationException if the position is not positive or no
     *     paragraph is named
     */
    public abstract TextLocation withSentence(int value);

    /**
     * Tells whether this is the preamble's location.
     *
     * @return true for the preamble
     */
    public boolean isPreamble() {
        return article().isEmpty();
    }

    /**
     * Returns the location without its paragraph and sentence: the preamble or the article.
     *
     * @return the location of the whole text, never null
     */
    public TextLocation whole() {
        return article().map(TextLocation::article).orElseGet(TextLocation::preamble);
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector();
        article().ifPresent(number -> violations.requireNonBlank(number, "article"));
        paragraph().ifPresent(n -> positive(n, "paragraph", violations));
        sentence().ifPresent(n -> positive(n, "sentence", violations));
        if (sentence().isPresent() && paragraph().isEmpty()) {
            violations.add(TextCodes.LOCATION_UNFIT, "sentence", "a sentence is named within its paragraph,"
                    + " and no paragraph is named");
        }
        violations.throwIfAny();
    }

    /** Records a {@link TextCodes#POSITION_NOT_POSITIVE} unless a position counts from 1. */
    static void positive(int position, String path, Violations violations) {
        if (position < 1) {
            violations.add(TextCodes.POSITION_NOT_POSITIVE, path, path + " counts from 1, was " + position);
        }
    }

    /**
     * Returns {@code article 1.1, paragraph 4, sentence 2} or {@code preamble, paragraph 2}.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return article().map(number -> "article " + number).orElse("preamble")
                + (paragraph().isPresent() ? ", paragraph " + paragraph().getAsInt() : "")
                + (sentence().isPresent() ? ", sentence " + sentence().getAsInt() : "");
    }
}
