package dev.conventio.change;

import dev.conventio.text.TextLocation;
import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Deletes one paragraph (« le cinquième alinéa est supprimé »).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class DeleteParagraph extends TextOperation {

    DeleteParagraph() {
    }

    /**
     * Gets the paragraph deleted.
     *
     * @return the location, naming a paragraph and no sentence, never null
     */
    public abstract TextLocation location();

    /**
     * Obtains the operation.
     *
     * @param location  the paragraph deleted, naming a paragraph and no sentence, not null
     * @return the operation, never null
     * @throws dev.conventio.validation.ValidationException if the location does not name a paragraph alone
     * @throws NullPointerException if the location is null
     */
    public static DeleteParagraph of(TextLocation location) {
        return ImmutableDeleteParagraph.builder().location(location).build();
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
        requireLevel(location(), true, false, "a paragraph deletion", violations);
        violations.throwIfAny();
    }
}
