package dev.conventio.change;

import dev.conventio.text.Paragraph;
import dev.conventio.text.TextLocation;
import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Replaces one paragraph (« le paragraphe 1 de l'article 2 est modifié comme suit : … »); the new
 * paragraph may itself be {@linkplain Paragraph#unknown() not recorded}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class ReplaceParagraph extends TextOperation {

    ReplaceParagraph() {
    }

    /**
     * Gets the paragraph replaced.
     *
     * @return the location, naming a paragraph and no sentence, never null
     */
    public abstract TextLocation location();

    /**
     * Gets the new paragraph.
     *
     * @return the paragraph, known or not, never null
     */
    public abstract Paragraph replacement();

    /**
     * Obtains the operation.
     *
     * @param location  the paragraph replaced, naming a paragraph and no sentence, not null
     * @param replacement  the new paragraph, not null
     * @return the operation, never null
     * @throws dev.conventio.validation.ValidationException if the location does not name a paragraph alone
     * @throws NullPointerException if an argument is null
     */
    public static ReplaceParagraph of(TextLocation location, Paragraph replacement) {
        return ImmutableReplaceParagraph.builder().location(location).replacement(replacement).build();
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
        requireLevel(location(), true, false, "a paragraph replacement", violations);
        violations.throwIfAny();
    }
}
