package dev.conventio.change;

import dev.conventio.governance.CommitteeDecision;
import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Records a dated decision of the steering committee.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class RecordDecision extends Change {

    RecordDecision() {
    }

    /**
     * Gets the decision to record.
     *
     * @return the decision to record, never null
     */
    public abstract CommitteeDecision decision();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param decision  the decision to record, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static RecordDecision of(String article, CommitteeDecision decision) {
        return ImmutableRecordDecision.builder().article(article).decision(decision).build();
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
