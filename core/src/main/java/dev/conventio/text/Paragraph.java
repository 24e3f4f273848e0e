package dev.conventio.text;

import dev.conventio.validation.Violations;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A paragraph of a text (alinéa): its words when they are recorded, and its sentences (phrases),
 * either split by the rule of {@link TextMatching#sentences(String)} or recorded explicitly.
 * <pre>{@code
 * Paragraph fourth = Paragraph.ofSentences("Le montant de l'action est de 934,4 M€.",
 *         "Ce montant n'inclut pas les montants …");
 * fourth.sentences().get(1);          // the second sentence (deuxième phrase)
 * Paragraph.unknown().isKnown();      // false: a paragraph known to exist, its words not recorded
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class Paragraph implements Block {

    private static final Paragraph UNKNOWN = ImmutableParagraph.builder().build();

    Paragraph() {
    }

    /**
     * Gets the words of the paragraph, when recorded.
     *
     * @return the text, empty when the paragraph's words are not recorded, never null
     */
    public abstract Optional<String> text();

    /**
     * Gets the sentences as recorded explicitly, when they are.
     *
     * @return the sentences, empty when they follow the splitting rule, never null, unmodifiable
     */
    public abstract List<String> recordedSentences();

    /**
     * Obtains a paragraph whose sentences follow the splitting rule.
     *
     * @param text  the words, not blank, not null
     * @return the paragraph, never null
     * @throws dev.conventio.validation.ValidationException if the text is blank
     * @throws NullPointerException if the text is null
     */
    public static Paragraph of(String text) {
        return ImmutableParagraph.builder().text(text).build();
    }

    /**
     * Obtains a paragraph from its sentences, recorded explicitly: its text is the sentences joined
     * by one space.
     *
     * @param sentences  the sentences, at least one, none blank, not null
     * @return the paragraph, never null
     * @throws dev.conventio.validation.ValidationException if a sentence is blank or none is given
     * @throws NullPointerException if the list or a sentence is null
     */
    public static Paragraph ofSentences(List<String> sentences) {
        List<String> copy = List.copyOf(sentences);
        return ImmutableParagraph.builder().text(String.join(" ", copy)).recordedSentences(copy).build();
    }

    /**
     * Obtains a paragraph from its sentences, recorded explicitly.
     *
     * @param sentences  the sentences, at least one, none blank, not null
     * @return the paragraph, never null
     * @throws dev.conventio.validation.ValidationException if a sentence is blank or none is given
     * @throws NullPointerException if the array or a sentence is null
     */
    public static Paragraph ofSentences(String... sentences) {
        return ofSentences(List.of(sentences));
    }

    /**
     * Obtains a paragraph known to exist whose words are not recorded.
     *
     * @return the paragraph, never null
     */
    public static Paragraph unknown() {
        return UNKNOWN;
    }

    @Override
    public boolean isKnown() {
        return text().isPresent();
    }

    /**
     * Gets the sentences: the ones recorded explicitly, else the text split by the rule of
     * {@link TextMatching#sentences(String)}.
     *
     * @return the sentences, empty when the paragraph is not known, never null, unmodifiable
     */
    public List<String> sentences() {
        if (!recordedSentences().isEmpty()) {
            return recordedSentences();
        }
        return text().map(TextMatching::sentences).orElse(List.of());
    }

    /**
     * Tells whether the sentences are recorded explicitly rather than split by the rule.
     *
     * @return true when recorded explicitly
     */
    public boolean hasRecordedSentences() {
        return !recordedSentences().isEmpty();
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector();
        text().ifPresent(text -> violations.requireNonBlank(text, "text"));
        for (int i = 0; i < recordedSentences().size(); i++) {
            violations.requireNonBlank(recordedSentences().get(i), "recordedSentences[" + i + "]");
        }
        violations.throwIfAny();
        if (!recordedSentences().isEmpty() && !Objects.equals(text().orElse(null),
                String.join(" ", recordedSentences()))) {
            throw new IllegalStateException("the text of a paragraph is its recorded sentences joined by a space");
        }
    }

    /**
     * Returns the text, or {@code [unknown paragraph]}.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return text().orElse("[unknown paragraph]");
    }
}
