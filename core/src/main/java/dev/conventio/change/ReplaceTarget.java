package dev.conventio.change;

import dev.conventio.objective.Target;
import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Replaces a target: its quantity, period or attachment as amended.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class ReplaceTarget extends Change {

    ReplaceTarget() {
    }

    /**
     * Gets the new target, with the identifier of the one it replaces.
     *
     * @return the new target, with the identifier of the one it replaces, never null
     */
    public abstract Target target();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param target  the new target, with the identifier of the one it replaces, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static ReplaceTarget of(String article, Target target) {
        return ImmutableReplaceTarget.builder().article(article).target(target).build();
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
