package dev.conventio.change;

import dev.conventio.text.TextLocation;
import dev.conventio.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Replaces one sentence of a paragraph (« la première phrase du quatrième alinéa est remplacée par
 * la phrase suivante : … »), by a sentence whose words are recorded or, when the amendment's new
 * words are not recorded, by {@linkplain #unknown(TextLocation) an unknown sentence}.
 * <pre>{@code
 * ReplaceSentence.of(TextLocation.article("1.1").withParagraph(4).withSentence(1),
 *         "Cette enveloppe est ramenée à 934,4 M€.");
 * ReplaceSentence.unknown(TextLocation.article("1.1").withParagraph(4).withSentence(1));
 * }</pre>
 *
 * <p>Applied to a paragraph whose words are recorded, an unknown new sentence leaves the paragraph
 * unknown from then on: no part of it is shown as in force while part of it is not known.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class ReplaceSentence extends TextOperation {

    ReplaceSentence() {
    }

    /**
     * Gets the sentence replaced: its text, paragraph and sentence.
     *
     * @return the location, naming a paragraph and a sentence, never null
     */
    public abstract TextLocation location();

    /**
     * Gets the new sentence, when its words are recorded.
     *
     * @return the non-blank sentence, empty when the amendment's new words are not recorded, never null
     */
    public abstract Optional<String> sentence();

    /**
     * Obtains the operation.
     *
     * @param location  the sentence replaced, naming a paragraph and a sentence, not null
     * @param sentence  the new sentence, not blank, not null
     * @return the operation, never null
     * @throws dev.conventio.validation.ValidationException if the sentence is blank or the location
     *     does not name a sentence
     * @throws NullPointerException if an argument is null
     */
    public static ReplaceSentence of(TextLocation location, String sentence) {
        return ImmutableReplaceSentence.builder().location(location).sentence(sentence).build();
    }

    /**
     * Obtains the replacement of a sentence by a sentence whose words are not recorded.
     *
     * @param location  the sentence replaced, naming a paragraph and a sentence, not null
     * @return the operation, never null
     * @throws dev.conventio.validation.ValidationException if the location does not name a sentence
     * @throws NullPointerException if the location is null
     */
    public static ReplaceSentence unknown(TextLocation location) {
        return ImmutableReplaceSentence.builder().location(location).build();
    }

    /**
     * Tells whether the words of the new sentence are recorded.
     *
     * @return true when they are
     */
    public boolean isKnown() {
        return sentence().isPresent();
    }

    @Override
    public TextLocation target() {
        return location().whole();
    }

    @Override
    public <R> R accept(TextOperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector();
        sentence().ifPresent(sentence -> violations.requireNonBlank(sentence, "sentence"));
        requireLevel(location(), true, true, "a sentence replacement", violations);
        violations.throwIfAny();
    }
}
