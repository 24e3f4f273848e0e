package dev.conventio.change;

import dev.conventio.validation.Violations;
import dev.conventio.work.PhaseStatus;
import dev.conventio.work.WorkCodes;
import org.immutables.value.Value;

/**
 * Changes where a phase stands, such as its validation by the steering committee.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class ChangePhaseStatus extends Change {

    ChangePhaseStatus() {
    }

    /**
     * Gets the number of the phase.
     *
     * @return the number of the phase
     */
    public abstract int phase();

    /**
     * Gets the new status.
     *
     * @return the new status, never null
     */
    public abstract PhaseStatus status();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param phase  the number of the phase
     * @param status  the new status, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static ChangePhaseStatus of(String article, int phase, PhaseStatus status) {
        return ImmutableChangePhaseStatus.builder().article(article).phase(phase).status(status).build();
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
