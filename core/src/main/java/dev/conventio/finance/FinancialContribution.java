package dev.conventio.finance;

import dev.conventio.decision.Decision;
import dev.conventio.party.Siret;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Money one party commits to another under a convention (participation financière, subvention,
 * dotation, prêt…): its amount, or its amount for each budget year, its nature, how it is paid, and
 * the action it funds.
 * <pre>{@code
 * FinancialContribution participation = FinancialContribution.builder().id("participation-2020")
 *         .contributor("metropole-amp").beneficiary("gip-crpv-paca")
 *         .amount(Money.of(CurrencyUnit.EUR, 100_000)).budget(BudgetPeriod.ofYear(2020)).build();
 * FinancialContribution cpo = FinancialContribution.builder().id("subvention-cpo")
 *         .contributor("ville").beneficiary("association").nature(ContributionNature.OPERATING_GRANT)
 *         .budget(BudgetPeriod.parse("2022-2024"))
 *         .addYearlyAmounts(YearlyAmount.firm(Year.of(2022), Money.of(EUR, 87_458)),
 *                 YearlyAmount.unknown(Year.of(2023), Firmness.FORECAST))
 *         .build();
 * cpo.total();                                      // Optional.empty(): 2023 is not known
 * }</pre>
 *
 * <p>The contribution is known inside its convention by its {@linkplain #id() identifier}, which
 * amendments refer to. Its {@linkplain #amount() amount} is the total the instrument states; a
 * multi-year contribution may give instead, or as well, its {@linkplain #yearlyAmounts() amount for
 * each budget year}, firm or forecast. An amount the instruments do not give stays unknown: nothing
 * is made up, and totals leave it out and say so. The invariants, each with its code in
 * {@link FinanceCodes}:
 * <ul>
 *   <li>amounts are positive and in one currency; the contributor is not a beneficiary;</li>
 *   <li>yearly amounts are in ascending years, within the budget period when one is stated, and add
 *       up to the amount: exactly when they cover the budget period, to at most it otherwise, to less
 *       than it while some year's amount is not known;</li>
 *   <li>a schedule's instalments are in the currency, dated ones in date order, adding up exactly to
 *       the total when it is known; payment conditions agree with the schedule;</li>
 *   <li>the shares of several beneficiaries name distinct parties, the beneficiary among them, and
 *       add up to the whole.</li>
 * </ul>
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
     * Gets the identifier of the party that receives the money; when the contribution is
     * {@linkplain #shares() shared}, the first beneficiary the instrument names.
     *
     * @return the beneficiary's identifier, never the contributor's, never null
     */
    public abstract String beneficiary();

    /**
     * Gets the amount the instrument states for the whole contribution (montant total).
     *
     * @return the positive amount, empty when the instruments do not give it (an unknown amount, or
     *     only amounts by year), never null
     * @see #total()
     */
    public abstract Optional<Money> amount();

    /**
     * Tells whether the amount is a ceiling rather than an exact sum (« dans la limite de »,
     * « jusqu'à »): what is committed is at most the amount.
     *
     * @return true for a ceiling, false unless set
     */
    @Value.Default
    public boolean ceiling() {
        return false;
    }

    /**
     * Gets the budget year or years the contribution is charged to.
     *
     * @return the budget period, empty when the instrument does not state it, never null
     */
    public abstract Optional<BudgetPeriod> budget();

    /**
     * Gets the amount of each budget year of a multi-year contribution (annuités).
     *
     * @return the yearly amounts in ascending years, empty when not broken down by year, never null,
     *     unmodifiable
     */
    public abstract List<YearlyAmount> yearlyAmounts();

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
     * Gets the identifier of the action of the convention (action d'un programme) the money funds.
     *
     * @return the action's identifier, empty for money of the convention as a whole, never null
     */
    public abstract Optional<String> action();

    /**
     * Gets the identifier of the contribution this one was split from (« part de l'enveloppe… »).
     *
     * @return the origin, empty for a contribution of its own, never null
     */
    public abstract Optional<String> origin();

    /**
     * Gets what the contribution or its amount was inferred from, when it is not read in the
     * instrument itself (another instrument, a deliberation's title).
     *
     * @return the source of the inference, empty when read in the instrument, never null
     */
    public abstract Optional<String> inferredFrom();

    /**
     * Gets how the contribution is paid: once, by instalments, or otherwise.
     *
     * @return the conditions, empty when not stated, never null
     */
    public abstract Optional<PaymentConditions> payment();

    /**
     * Gets the payment schedule (échéancier).
     *
     * @return the instalments, dated ones in date order, empty when no schedule is set, never null, unmodifiable
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
     * Gets the part of each beneficiary, when one subsidy is split between several.
     *
     * @return the shares, the beneficiary's among them, empty when the beneficiary receives the whole,
     *     never null, unmodifiable
     */
    public abstract List<BeneficiaryShare> shares();

    /**
     * Gets the facts of the aid that the open-data format asks for: its State-aid basis, RAE number
     * and aid scheme.
     *
     * @return the facts, empty when none is recorded, never null
     */
    public abstract Optional<AidFacts> aid();

    /**
     * Obtains a builder of contributions. {@code id}, {@code contributor} and {@code beneficiary}
     * are required; an amount not set is unknown.
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
     *     schedule or the yearly amounts no longer add up to it
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

    /**
     * Returns a copy of this contribution with other yearly amounts.
     *
     * @param yearlyAmounts  the yearly amounts, empty for none, not null
     * @return the changed contribution, never null
     * @throws dev.conventio.validation.ValidationException if they break an invariant
     */
    public abstract FinancialContribution withYearlyAmounts(Iterable<? extends YearlyAmount> yearlyAmounts);

    /**
     * Gets the total committed: the stated {@linkplain #amount() amount}, or else the sum of the
     * yearly amounts when they cover every year of the stated budget period, each known.
     *
     * <p>Yearly amounts without a budget period do not say whether other years follow, so they
     * make no total: a convention that fixes the amount of 2022 alone leaves its total unknown.
     *
     * @return the total, empty when it is not known, never null
     */
    public Optional<Money> total() {
        if (amount().isPresent() || !coversBudget()) {
            return amount();
        }
        Money sum = yearlyAmounts().get(0).amount().orElseThrow();
        for (int i = 1; i < yearlyAmounts().size(); i++) {
            sum = sum.plus(yearlyAmounts().get(i).amount().orElseThrow());
        }
        return Optional.of(sum);
    }

    /**
     * Tells whether the yearly amounts cover the stated budget period, one known amount for each of
     * its years.
     *
     * @return true when a budget period is stated and every year of it has a known amount
     */
    public boolean coversBudget() {
        if (budget().isEmpty() || yearlyAmounts().isEmpty()) {
            return false;
        }
        BudgetPeriod period = budget().get();
        long years = (long) period.last().getValue() - period.first().getValue() + 1;
        if (yearlyAmounts().size() != years) {
            return false;
        }
        for (YearlyAmount year : yearlyAmounts()) {
            if (!year.isKnown() || !period.contains(year.year())
                    || !year.amount().get().getCurrencyUnit().equals(yearlyAmounts().get(0).amount().get().getCurrencyUnit())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether the total is known.
     *
     * @return true when {@link #total()} is present
     */
    public boolean isAmountKnown() {
        return total().isPresent();
    }

    /**
     * Returns a copy of this contribution split from another: a part of it, knowing its origin.
     *
     * @param origin  the identifier of the contribution split, not null
     * @return the part, never null
     * @throws dev.conventio.validation.ValidationException if the identifier is malformed
     */
    public abstract FinancialContribution withOrigin(String origin);

    /**
     * Finds the amount of one budget year.
     *
     * @param year  the budget year, not null
     * @return the yearly amount, empty when the contribution is not broken down into that year, never null
     * @throws NullPointerException if the year is null
     */
    public Optional<YearlyAmount> yearlyAmount(Year year) {
        java.util.Objects.requireNonNull(year, "year");
        return yearlyAmounts().stream().filter(amount -> amount.year().equals(year)).findFirst();
    }

    @Value.Check
    void check() {
        ContributionChecks.check(this);
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
