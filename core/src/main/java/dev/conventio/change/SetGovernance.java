package dev.conventio.change;

import dev.conventio.governance.SteeringCommittee;
import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Sets up or replaces the steering committee (« la mise en place d'un comité de pilotage »).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class SetGovernance extends Change {

    SetGovernance() {
    }

    /**
     * Gets the committee.
     *
     * @return the committee, never null
     */
    public abstract SteeringCommittee committee();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param committee  the committee, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static SetGovernance of(String article, SteeringCommittee committee) {
        return ImmutableSetGovernance.builder().article(article).committee(committee).build();
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
