package dev.conventio.change;

import dev.conventio.objective.Target;
import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Adds a target that is not money (« l'objectif est porté à … »).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class AddTarget extends Change {

    AddTarget() {
    }

    /**
     * Gets the target to add, with an identifier not yet taken.
     *
     * @return the target to add, with an identifier not yet taken, never null
     */
    public abstract Target target();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param target  the target to add, with an identifier not yet taken, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static AddTarget of(String article, Target target) {
        return ImmutableAddTarget.builder().article(article).target(target).build();
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
