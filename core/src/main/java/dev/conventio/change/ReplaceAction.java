package dev.conventio.change;

import dev.conventio.action.Action;
import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Replaces an action's title and description; its contributions and targets, which name it, stay.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class ReplaceAction extends Change {

    ReplaceAction() {
    }

    /**
     * Gets the new action, with the identifier of the one it replaces.
     *
     * @return the new action, with the identifier of the one it replaces, never null
     */
    public abstract Action action();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param action  the new action, with the identifier of the one it replaces, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static ReplaceAction of(String article, Action action) {
        return ImmutableReplaceAction.builder().article(article).action(action).build();
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
