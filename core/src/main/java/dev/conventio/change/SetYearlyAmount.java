package dev.conventio.change;

import dev.conventio.finance.YearlyAmount;
import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Sets the amount of one budget year of a contribution (« le montant de la subvention pour 2022
 * est fixé à … »), adding the year to its breakdown or replacing the year's amount.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class SetYearlyAmount extends Change {

    SetYearlyAmount() {
    }

    /**
     * Gets the identifier of the contribution.
     *
     * @return the identifier of the contribution, never null
     */
    public abstract String contribution();

    /**
     * Gets the amount of the year.
     *
     * @return the amount of the year, never null
     */
    public abstract YearlyAmount amount();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param contribution  the identifier of the contribution, not null
     * @param amount  the amount of the year, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static SetYearlyAmount of(String article, String contribution, YearlyAmount amount) {
        return ImmutableSetYearlyAmount.builder().article(article).contribution(contribution).amount(amount).build();
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
