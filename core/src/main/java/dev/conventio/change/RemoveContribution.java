package dev.conventio.change;

import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Removes a financial contribution.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class RemoveContribution extends Change {

    RemoveContribution() {
    }

    /**
     * Gets the identifier of the contribution to remove.
     *
     * @return the identifier of the contribution to remove, never null
     */
    public abstract String contribution();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param contribution  the identifier of the contribution to remove, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static RemoveContribution of(String article, String contribution) {
        return ImmutableRemoveContribution.builder().article(article).contribution(contribution).build();
    }

    @Override
    public <R> R accept(Change.Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    void check() {
        Violations violations = checkShared();
        violations.requireIdentifier(contribution(), "contribution");
        violations.throwIfAny();
    }
}
