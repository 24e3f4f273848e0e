package dev.conventio.change;

import dev.conventio.finance.FinanceCodes;
import dev.conventio.finance.Instalment;
import dev.conventio.internal.Schedules;
import dev.conventio.validation.Violations;
import java.util.List;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Changes the amount of a financial contribution, with the schedule that goes with the new amount.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class ChangeContributionAmount extends Change {

    ChangeContributionAmount() {
    }

    /**
     * Gets the identifier of the contribution.
     *
     * @return the identifier of the contribution, never null
     */
    public abstract String contribution();

    /**
     * Gets the new amount.
     *
     * @return the new amount, never null
     */
    public abstract Money amount();

    /**
     * Gets the schedule of the new amount, empty for none.
     *
     * @return the schedule of the new amount, empty for none, never null
     */
    public abstract List<Instalment> schedule();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param contribution  the identifier of the contribution, not null
     * @param amount  the new amount, not null
     * @param schedule  the schedule of the new amount, empty for none, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static ChangeContributionAmount of(String article, String contribution, Money amount, Iterable<? extends Instalment> schedule) {
        return ImmutableChangeContributionAmount.builder().article(article).contribution(contribution).amount(amount).addAllSchedule(schedule).build();
    }

    @Override
    public <R> R accept(Change.Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    void check() {
        Violations violations = checkShared();
        violations.requireIdentifier(contribution(), "contribution");
        if (!amount().isPositive()) {
            violations.add(FinanceCodes.CONTRIBUTION_AMOUNT_NOT_POSITIVE, "amount",
                    "a contribution must be positive, was " + amount());
        }
        Schedules.check(amount(), schedule(), "schedule", violations);
        violations.throwIfAny();
    }
}
