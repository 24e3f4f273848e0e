package dev.conventio.change;

import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Removes a target.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class RemoveTarget extends Change {

    RemoveTarget() {
    }

    /**
     * Gets the identifier of the target to remove.
     *
     * @return the identifier of the target to remove, never null
     */
    public abstract String target();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param target  the identifier of the target to remove, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static RemoveTarget of(String article, String target) {
        return ImmutableRemoveTarget.builder().article(article).target(target).build();
    }

    @Override
    public <R> R accept(Change.Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    void check() {
        Violations violations = checkShared();
        violations.requireIdentifier(target(), "target");
        violations.throwIfAny();
    }
}
