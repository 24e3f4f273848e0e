package dev.conventio.change;

import dev.conventio.text.Paragraph;
import dev.conventio.text.TextLocation;
import dev.conventio.validation.Violations;
import java.util.List;
import org.immutables.value.Value;

/**
 * Inserts paragraphs after the n-th paragraph of a text, or at its end (« après le deuxième alinéa,
 * il est inséré un alinéa ainsi rédigé : … », « le préambule est complété par deux alinéas … »).
 * The paragraphs may themselves be {@linkplain Paragraph#unknown() not recorded}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class InsertParagraphs extends TextOperation {

    InsertParagraphs() {
    }

    /**
     * Gets where the paragraphs go: after the paragraph the location names, or at the end of the
     * text when it names none.
     *
     * @return the location, naming no sentence, never null
     */
    public abstract TextLocation location();

    /**
     * Gets the paragraphs inserted, in order.
     *
     * @return the paragraphs, at least one, never null, unmodifiable
     */
    public abstract List<Paragraph> paragraphs();

    /**
     * Obtains the operation.
     *
     * @param location  after which paragraph, or the text for its end, naming no sentence, not null
     * @param paragraphs  the paragraphs, at least one, not null
     * @return the operation, never null
     * @throws dev.conventio.validation.ValidationException if the location names a sentence
     * @throws IllegalArgumentException if no paragraph is given
     * @throws NullPointerException if an argument is null
     */
    public static InsertParagraphs of(TextLocation location, List<Paragraph> paragraphs) {
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("an insertion inserts at least one paragraph");
        }
        return ImmutableInsertParagraphs.builder().location(location).paragraphs(paragraphs).build();
    }

    /**
     * Tells whether the paragraphs go at the end of the text.
     *
     * @return true when the location names no paragraph
     */
    public boolean atEnd() {
        return location().paragraph().isEmpty();
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
        requireLevel(location(), location().paragraph().isPresent(), false, "an insertion of paragraphs", violations);
        violations.throwIfAny();
        if (paragraphs().isEmpty()) {
            throw new IllegalArgumentException("an insertion inserts at least one paragraph");
        }
    }
}
