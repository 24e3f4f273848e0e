package dev.conventio.change;

import dev.conventio.text.TextLocation;
import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Replaces one sentence of a paragraph (« la première phrase du quatrième alinéa est remplacée par
 * la phrase suivante : … »).
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
     * Gets the new sentence.
     *
     * @return the non-blank sentence, never null
     */
    public abstract String sentence();

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
        Violations violations = Violations.collector().requireNonBlank(sentence(), "sentence");
        requireLevel(location(), true, true, "a sentence replacement", violations);
        violations.throwIfAny();
    }
}
