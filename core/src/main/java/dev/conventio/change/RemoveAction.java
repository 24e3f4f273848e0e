package dev.conventio.change;

import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Removes an action; no contribution or target may name it any more.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class RemoveAction extends Change {

    RemoveAction() {
    }

    /**
     * Gets the identifier of the action to remove.
     *
     * @return the identifier of the action to remove, never null
     */
    public abstract String action();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param action  the identifier of the action to remove, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static RemoveAction of(String article, String action) {
        return ImmutableRemoveAction.builder().article(article).action(action).build();
    }

    @Override
    public <R> R accept(Change.Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    void check() {
        Violations violations = checkShared();
        violations.requireIdentifier(action(), "action");
        violations.throwIfAny();
    }
}
