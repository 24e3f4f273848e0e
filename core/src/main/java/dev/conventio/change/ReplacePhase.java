package dev.conventio.change;

import dev.conventio.validation.Violations;
import dev.conventio.work.Phase;
import org.immutables.value.Value;

/**
 * Replaces the phase that has the same number as the given one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class ReplacePhase extends Change {

    ReplacePhase() {
    }

    /**
     * Gets the new phase, whose number names the phase it replaces.
     *
     * @return the new phase, whose number names the phase it replaces, never null
     */
    public abstract Phase phase();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param phase  the new phase, whose number names the phase it replaces, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static ReplacePhase of(String article, Phase phase) {
        return ImmutableReplacePhase.builder().article(article).phase(phase).build();
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
