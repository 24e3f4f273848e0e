package dev.conventio.change;

import dev.conventio.finance.FinancialContribution;
import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Replaces the financial contribution that has the same identifier as the given one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class ReplaceContribution extends Change {

    ReplaceContribution() {
    }

    /**
     * Gets the new contribution, whose identifier names the one it replaces.
     *
     * @return the new contribution, whose identifier names the one it replaces, never null
     */
    public abstract FinancialContribution contribution();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param contribution  the new contribution, whose identifier names the one it replaces, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static ReplaceContribution of(String article, FinancialContribution contribution) {
        return ImmutableReplaceContribution.builder().article(article).contribution(contribution).build();
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
