package dev.conventio.change;

import dev.conventio.finance.FinancialContribution;
import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Adds a financial contribution (« versera une participation financière … de 100 000 € pour 2020 »).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class AddContribution extends Change {

    AddContribution() {
    }

    /**
     * Gets the contribution to add, with an identifier not yet taken.
     *
     * @return the contribution to add, with an identifier not yet taken, never null
     */
    public abstract FinancialContribution contribution();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param contribution  the contribution to add, with an identifier not yet taken, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static AddContribution of(String article, FinancialContribution contribution) {
        return ImmutableAddContribution.builder().article(article).contribution(contribution).build();
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
