package dev.conventio.change;

import dev.conventio.action.Action;
import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Adds an action to a programme convention (« une action nouvelle … est créée »).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class AddAction extends Change {

    AddAction() {
    }

    /**
     * Gets the action to add, with an identifier not yet taken.
     *
     * @return the action to add, with an identifier not yet taken, never null
     */
    public abstract Action action();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param action  the action to add, with an identifier not yet taken, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static AddAction of(String article, Action action) {
        return ImmutableAddAction.builder().article(article).action(action).build();
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
