package dev.conventio.change;

import dev.conventio.finance.Instalment;
import dev.conventio.internal.Schedules;
import dev.conventio.validation.Violations;
import java.util.List;
import org.immutables.value.Value;

/**
 * Changes the payment schedule (échéancier) of a financial contribution.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class ChangeContributionSchedule extends Change {

    ChangeContributionSchedule() {
    }

    /**
     * Gets the identifier of the contribution.
     *
     * @return the identifier of the contribution, never null
     */
    public abstract String contribution();

    /**
     * Gets the new schedule, empty to remove it.
     *
     * @return the new schedule, empty to remove it, never null
     */
    public abstract List<Instalment> schedule();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param contribution  the identifier of the contribution, not null
     * @param schedule  the new schedule, empty to remove it, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static ChangeContributionSchedule of(String article, String contribution, Iterable<? extends Instalment> schedule) {
        return ImmutableChangeContributionSchedule.builder().article(article).contribution(contribution).addAllSchedule(schedule).build();
    }

    @Override
    public <R> R accept(Change.Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    void check() {
        Violations violations = checkShared();
        violations.requireIdentifier(contribution(), "contribution");
        Schedules.checkDates(schedule(), "schedule", violations);
        violations.throwIfAny();
    }
}
