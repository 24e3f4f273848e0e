package dev.conventio.change;

import dev.conventio.validation.Violations;
import dev.conventio.work.Phase;
import org.immutables.value.Value;

/**
 * Adds a phase after the last one; its number must be the next one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class AddPhase extends Change {

    AddPhase() {
    }

    /**
     * Gets the phase to add.
     *
     * @return the phase to add, never null
     */
    public abstract Phase phase();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param phase  the phase to add, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static AddPhase of(String article, Phase phase) {
        return ImmutableAddPhase.builder().article(article).phase(phase).build();
    }

    @Override
    public <R> R accept(Change.Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    void check() {
        Violations violations = checkShared();
        violations.throwIfAny();
    }
}
