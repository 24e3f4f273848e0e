package dev.conventio.history;

import dev.conventio.action.Action;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Transfer;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The money a convention commits on a date (engagements financiers), summed every way a manager
 * asks for it: in all, by contributor, by beneficiary, by budget period and budget year, by nature
 * and by action; and the transfers that moved it.
 * <pre>{@code
 * Commitments money = history.asOf(LocalDate.of(2012, 1, 1)).commitments();
 * money.total();                          // EUR 500000000.00
 * money.byAction().get("action-1");       // EUR 250000000.00, set by the base convention
 * money.byNature();                       // {ENDOWMENT=EUR 500000000.00}
 * money.forBudgetYear(Year.of(2022));     // the contributions of 2022 and the yearly amounts for 2022
 * }</pre>
 *
 * <p>Each sum is a {@link Committed}: zero when the convention is certainly not in force on the
 * date, with the provenance of what it counts and the contributions whose amount is not known,
 * which it leaves out rather than guess. Amounts are added in one currency only: a sum that would
 * mix currencies throws a {@link dev.conventio.validation.ValidationException} with
 * {@link HistoryCodes#MONEY_CURRENCY_MIXED} whose path names the first amount in another currency;
 * nothing is converted.
 *
 * <p>Nothing is split that the instruments do not split: a multi-year budget period without
 * amounts by year is counted under its period, never spread over its years (any split would
 * invent an allocation, and counting it in each year would count it several times); a subsidy
 * shared between beneficiaries is counted for each by its portion, when that portion is a whole
 * number of cents, and as unknown otherwise. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Commitments {

    private final ConsolidatedConvention view;
    private final List<Sourced<FinancialContribution>> contributions;
    private final LocalDate date;
    private final Life life;

    Commitments(ConsolidatedConvention view) {
        this.view = view;
        this.contributions = view.contributions();
        this.date = view.date();
        this.life = view.life();
    }

    /**
     * Gets the convention's life on the date, which decides whether what is recorded is committed.
     *
     * @return the life, never null
     */
    public Life life() {
        return life;
    }

    /**
     * Gets the money committed on the date by every contribution.
     *
     * @return the total, nothing counted when there is no contribution, never null
     * @throws dev.conventio.validation.ValidationException with {@link HistoryCodes#MONEY_CURRENCY_MIXED}
     *     if the contributions are not all in one currency
     */
    public Committed total() {
        return MoneyTotals.sum(contributions, MoneyTotals.byTotal(c -> Boolean.TRUE), Boolean.TRUE,
                "the total committed", date, life);
    }

    /**
     * Gets the money committed on the date by each contributor.
     *
     * @return the totals by contributor identifier, in the order contributors first appear, never
     *     null, unmodifiable
     * @throws dev.conventio.validation.ValidationException with {@link HistoryCodes#MONEY_CURRENCY_MIXED}
     *     if the contributions of one contributor are not all in one currency
     */
    public Map<String, Committed> byContributor() {
        return MoneyTotals.totals(contributions, MoneyTotals.byTotal(FinancialContribution::contributor),
                new LinkedHashMap<>(), "the money committed by ", date, life);
    }

    /**
     * Gets the money committed on the date to each beneficiary: a shared subsidy by each
     * beneficiary's portion.
     *
     * @return the totals by beneficiary identifier, in the order beneficiaries first appear, never
     *     null, unmodifiable
     * @throws dev.conventio.validation.ValidationException with {@link HistoryCodes#MONEY_CURRENCY_MIXED}
     *     if the contributions to one beneficiary are not all in one currency
     */
    public Map<String, Committed> byBeneficiary() {
        return MoneyTotals.totals(contributions, MoneyTotals.byBeneficiary(), new LinkedHashMap<>(),
                "the money committed to ", date, life);
    }

    /**
     * Gets the money committed on the date for each budget period, as the contributions state
     * their periods; a multi-year period such as {@code 2020-2022} is a key of its own. A
     * contribution whose period is not stated is not counted here.
     *
     * @return the totals by budget period, in period order, never null, unmodifiable
     * @throws dev.conventio.validation.ValidationException with {@link HistoryCodes#MONEY_CURRENCY_MIXED}
     *     if the contributions of one period are not all in one currency
     */
    public Map<BudgetPeriod, Committed> byBudgetPeriod() {
        MoneyTotals.Counting<BudgetPeriod> counting = (c, entries) -> c.budget().ifPresent(period ->
                entries.add(new MoneyTotals.Entry<>(period, c.total(), false, "amount")));
        return MoneyTotals.totals(contributions, counting, new TreeMap<>(), "the money committed for ", date, life);
    }

    /**
     * Gets the money committed on the date for each budget year: the amount of each year of the
     * contributions broken down by year, and the amount of those charged to a single year.
     *
     * @return the totals by year, in year order, never null, unmodifiable
     * @throws dev.conventio.validation.ValidationException with {@link HistoryCodes#MONEY_CURRENCY_MIXED}
     *     if the amounts of one year are not all in one currency
     */
    public Map<Year, Committed> byBudgetYear() {
        return MoneyTotals.totals(contributions, MoneyTotals.byBudgetYear(), new TreeMap<>(),
                "the money committed for ", date, life);
    }

    /**
     * Gets the money committed on the date for one budget year (exercice): the contributions
     * charged to that single year and the amount for that year of those broken down by year, not
     * those of a multi-year period without amounts by year.
     *
     * @param year  the budget year, not null
     * @return the total, nothing counted when no amount is for that year, never null
     * @throws dev.conventio.validation.ValidationException with {@link HistoryCodes#MONEY_CURRENCY_MIXED}
     *     if those amounts are not all in one currency
     * @throws NullPointerException if the year is null
     */
    public Committed forBudgetYear(Year year) {
        Objects.requireNonNull(year, "year");
        return MoneyTotals.sum(contributions, MoneyTotals.byBudgetYear(), year, "the money committed for " + year,
                date, life);
    }

    /**
     * Gets the money committed on the date by nature (subvention, dotation, prêt…).
     *
     * @return the totals by nature, in the order of {@link ContributionNature}, never null, unmodifiable
     * @throws dev.conventio.validation.ValidationException with {@link HistoryCodes#MONEY_CURRENCY_MIXED}
     *     if the contributions of one nature are not all in one currency
     */
    public Map<ContributionNature, Committed> byNature() {
        return MoneyTotals.totals(contributions, MoneyTotals.byTotal(FinancialContribution::nature),
                new EnumMap<>(ContributionNature.class), "the money committed as ", date, life);
    }

    /**
     * Gets the money committed on the date to each action of the convention; money of the
     * convention as a whole, which names no action, is not counted here.
     *
     * @return the totals by action identifier, every action in the convention's order (nothing
     *     counted for an action without money), never null, unmodifiable
     * @throws dev.conventio.validation.ValidationException with {@link HistoryCodes#MONEY_CURRENCY_MIXED}
     *     if the contributions of one action are not all in one currency
     */
    public Map<String, Committed> byAction() {
        Map<String, MoneyTotals.Total> totals = new LinkedHashMap<>();
        for (Sourced<Action> action : view.actions()) {
            totals.put(action.value().id(), new MoneyTotals.Total());
        }
        MoneyTotals.Counting<String> counting = (c, entries) -> c.action().ifPresent(action ->
                entries.add(new MoneyTotals.Entry<>(action, c.total(), false, "amount")));
        return MoneyTotals.totals(contributions, counting, totals, "the money committed to action ", date, life);
    }

    /**
     * Gets the transfers and redeployments of the amendments in force, each with the instrument and
     * article that made it, in the order they were applied.
     *
     * @return the transfers, possibly empty, never null, unmodifiable
     */
    public List<Sourced<Transfer>> transfers() {
        return Collections.unmodifiableList(view.transfers());
    }

    /**
     * Returns the date and the number of contributions, such as
     * {@code commitments on 2020-06-30 of 2 contribution(s)}.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return "commitments on " + date + " of " + contributions.size() + " contribution(s)";
    }
}
