package dev.conventio.change;

import dev.conventio.validation.Violations;
import dev.conventio.work.WorkCodes;
import org.immutables.value.Value;

/**
 * Removes the last phase; only the last one can go, so that numbering stays 1..n.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class RemovePhase extends Change {

    RemovePhase() {
    }

    /**
     * Gets the number of the phase to remove.
     *
     * @return the number of the phase to remove
     */
    public abstract int phase();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param phase  the number of the phase to remove
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static RemovePhase of(String article, int phase) {
        return ImmutableRemovePhase.builder().article(article).phase(phase).build();
    }

    @Override
    public <R> R accept(Change.Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    void check() {
        Violations violations = checkShared();
        if (phase() < 1) {
            violations.add(WorkCodes.PHASE_NUMBER_NOT_POSITIVE, "phase", "a phase number counts from 1, was " + phase());
        }
        violations.throwIfAny();
    }
}
