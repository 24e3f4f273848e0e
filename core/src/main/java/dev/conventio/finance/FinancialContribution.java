package dev.conventio.finance;

import dev.conventio.decision.Decision;
import dev.conventio.internal.Schedules;
import dev.conventio.party.Siret;
import dev.conventio.validation.Violations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Money one party commits to another under a convention (participation financière, subvention).
 * <pre>{@code
 * FinancialContribution participation = FinancialContribution.builder().id("participation-2020")
 *         .contributor("metropole-amp").beneficiary("gip-crpv-paca")
 *         .amount(Money.of(CurrencyUnit.EUR, 100_000)).budget(BudgetPeriod.ofYear(2020)).build();
 * }</pre>
 *
 * <p>The contribution is known inside its convention by its {@linkplain #id() identifier}, which
 * amendments refer to. When a payment schedule is given, its instalments are in the contribution's
 * currency, in date order, and add up exactly to its amount.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class FinancialContribution {

    FinancialContribution() {
    }

    /**
     * Gets the identifier of the contribution inside its convention, such as {@code phase-3-2020}.
     *
     * @return the identifier, never null
     */
    public abstract String id();

    /**
     * Gets the identifier of the party that pays.
     *
     * @return the contributor's identifier, never null
     */
    public abstract String contributor();

    /**
     * Gets the identifier of the party that receives the money.
     *
     * @return the beneficiary's identifier, never the contributor's, never null
     */
    public abstract String beneficiary();

    /**
     * Gets the amount committed.
     *
     * @return the positive amount, never null
     */
    public abstract Money amount();

    /**
     * Gets the budget year or years the contribution is charged to.
     *
     * @return the budget period, never null
     */
    public abstract BudgetPeriod budget();

    /**
     * Gets the nature of the contribution.
     *
     * @return the nature, {@link ContributionNature#FINANCIAL_PARTICIPATION} unless set, never null
     */
    @Value.Default
    public ContributionNature nature() {
        return ContributionNature.FINANCIAL_PARTICIPATION;
    }

    /**
     * Gets what the money pays for, when the instrument says it.
     *
     * @return the purpose, empty when not stated, never null
     */
    public abstract Optional<String> purpose();

    /**
     * Gets the payment schedule (échéancier).
     *
     * @return the instalments in date order, empty when no schedule is set, never null, unmodifiable
     */
    public abstract List<Instalment> schedule();

    /**
     * Gets the decision that grants the contribution (the open-data format's
     * {@code referenceDecision}), such as the deliberation that votes a subsidy.
     *
     * @return the decision, empty when not stated, never null
     */
    public abstract Optional<Decision> grantingDecision();

    /**
     * Gets the SIRET of the contributor's establishment that pays, when stated: it wins over the
     * contributor's own SIRET for open data, and belongs to the contributor's SIREN when both are
     * given.
     *
     * @return the SIRET, empty when not stated, never null
     */
    public abstract Optional<Siret> payingEstablishment();

    /**
     * Gets the SIRET of the beneficiary's establishment that receives the money, when stated: it wins
     * over the beneficiary's own SIRET for open data, and belongs to the beneficiary's SIREN when both
     * are given.
     *
     * @return the SIRET, empty when not stated, never null
     */
    public abstract Optional<Siret> receivingEstablishment();

    /**
     * Obtains a builder of contributions. {@code id}, {@code contributor}, {@code beneficiary},
     * {@code amount} and {@code budget} are required.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a copy of this contribution with another amount, keeping its schedule.
     *
     * @param amount  the new amount, not null
     * @return the changed contribution, never null
     * @throws dev.conventio.validation.ValidationException if the amount is not positive or the
     *     schedule no longer adds up to it
     */
    public abstract FinancialContribution withAmount(Money amount);

    /**
     * Returns a copy of this contribution with another payment schedule.
     *
     * @param schedule  the new instalments, empty to remove the schedule, not null
     * @return the changed contribution, never null
     * @throws dev.conventio.validation.ValidationException if the schedule does not add up to the amount
     */
    public abstract FinancialContribution withSchedule(Iterable<? extends Instalment> schedule);

    @Value.Check
    void check() {
        Violations violations = Violations.collector()
                .requireIdentifier(id(), "id")
                .requireIdentifier(contributor(), "contributor")
                .requireIdentifier(beneficiary(), "beneficiary");
        purpose().ifPresent(text -> violations.requireNonBlank(text, "purpose"));
        if (!amount().isPositive()) {
            violations.add(FinanceCodes.CONTRIBUTION_AMOUNT_NOT_POSITIVE, "amount",
                    "a contribution must be positive, was " + amount());
        }
        if (contributor().equals(beneficiary())) {
            violations.add(FinanceCodes.CONTRIBUTION_BENEFICIARY_IS_CONTRIBUTOR, "beneficiary",
                    "party '" + beneficiary() + "' cannot contribute to itself");
        }
        Schedules.check(amount(), schedule(), "schedule", violations);
        violations.throwIfAny();
    }

    /**
     * Builds {@link FinancialContribution} values; {@code build()} checks the invariants and throws
     * {@link dev.conventio.validation.ValidationException} when one is broken, or
     * {@link IllegalStateException} when a required attribute was not set.
     */
    public static final class Builder extends ImmutableFinancialContribution.Builder {
        Builder() {
        }
    }
}
