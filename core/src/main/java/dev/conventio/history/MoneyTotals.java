package dev.conventio.history;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.finance.BeneficiaryShare;
import dev.conventio.finance.Firmness;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.YearlyAmount;
import dev.conventio.validation.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The sums behind the money queries of {@link ConsolidatedConvention} and of the money policies:
 * amounts are added in one currency only, and a sum that would mix currencies throws
 * {@link HistoryCodes#MONEY_CURRENCY_MIXED}, naming the first amount in another currency. An
 * amount that is not known is left out of its sum, which lists the contribution as unknown.
 *
 * <p>Each total is summed as a {@link BigDecimal} in its currency and made a {@link Money} once:
 * adding {@code Money} values makes a {@code BigMoney} and a {@code Money} per addition (the
 * consolidation benchmark's money totals took 2.4 times as long that way).
 */
final class MoneyTotals {

    private MoneyTotals() {
    }

    /**
     * What a contribution counts in a sum: an amount, known or not, under a key, at a member of the
     * contribution ({@code amount}, {@code shares[0]}…). The path of the member in the convention is
     * made only for a violation: the queries sum thousands of amounts that are never reported.
     */
    record Entry<K>(K key, Optional<Money> amount, boolean forecast, String member) {
    }

    /** How a query counts a contribution: the entries it adds, possibly none. */
    @FunctionalInterface
    interface Counting<K> {
        void count(FinancialContribution contribution, List<Entry<K>> entries);
    }

    /** Counts a contribution's total under one key. */
    static <K> Counting<K> byTotal(java.util.function.Function<FinancialContribution, K> key) {
        return (c, entries) -> entries.add(new Entry<>(key.apply(c), c.total(), false, "amount"));
    }

    /** Counts each beneficiary's share of a contribution: the whole to its beneficiary when not shared. */
    static Counting<String> byBeneficiary() {
        return (c, entries) -> {
            if (c.shares().isEmpty()) {
                entries.add(new Entry<>(c.beneficiary(), c.total(), false, "amount"));
                return;
            }
            for (int i = 0; i < c.shares().size(); i++) {
                BeneficiaryShare share = c.shares().get(i);
                entries.add(new Entry<>(share.party(), c.total().flatMap(share.portion()::of), false,
                        "shares[" + i + "]"));
            }
        };
    }

    /**
     * Counts the amount of each budget year: a yearly amount under its year, the total of a
     * contribution charged to a single year under that year; a multi-year period without yearly
     * amounts, or no period, is not counted.
     */
    static Counting<Year> byBudgetYear() {
        return (c, entries) -> {
            List<YearlyAmount> years = c.yearlyAmounts();
            if (years.isEmpty()) {
                c.budget().filter(period -> period.isSingleYear()).ifPresent(period ->
                        entries.add(new Entry<>(period.first(), c.total(), false, "amount")));
                return;
            }
            for (int i = 0; i < years.size(); i++) {
                YearlyAmount year = years.get(i);
                entries.add(new Entry<>(year.year(), year.amount(), year.firmness() == Firmness.FORECAST,
                        "yearlyAmounts[" + i + "].amount"));
            }
        };
    }

    /**
     * Sums the contributions in force by key.
     *
     * @param totals  an empty map that orders the keys as the result must
     * @param what  the start of the description of a total, such as "the money committed by "
     * @param date  the date of the consolidation, for messages
     */
    static <K> Map<K, Committed> totals(List<Sourced<FinancialContribution>> contributions, Counting<K> counting,
            Map<K, Total> totals, String what, LocalDate date, Life life) {
        List<Entry<K>> entries = new ArrayList<>(2);
        for (int i = 0; i < contributions.size(); i++) {
            Sourced<FinancialContribution> contribution = contributions.get(i);
            entries.clear();
            counting.count(contribution.value(), entries);
            for (Entry<K> entry : entries) {
                Total total = totals.get(entry.key());
                if (total == null) {
                    total = new Total();
                    totals.put(entry.key(), total);
                }
                total.add(entry, contribution, i, what, entry.key(), date);
            }
        }
        Map<K, Committed> result = new LinkedHashMap<>();
        totals.forEach((value, total) -> result.put(value, total.committed(life)));
        return Collections.unmodifiableMap(result);
    }

    /** Sums the entries of one key; nothing when no contribution counts under it. */
    static <K> Committed sum(List<Sourced<FinancialContribution>> contributions, Counting<K> counting, K key,
            String what, LocalDate date, Life life) {
        Total total = new Total();
        List<Entry<K>> entries = new ArrayList<>(2);
        for (int i = 0; i < contributions.size(); i++) {
            Sourced<FinancialContribution> contribution = contributions.get(i);
            entries.clear();
            counting.count(contribution.value(), entries);
            for (Entry<K> entry : entries) {
                if (entry.key().equals(key)) {
                    total.add(entry, contribution, i, what, "", date);
                }
            }
        }
        return total.committed(life);
    }

    /** Subtracts two optional totals, an absent one counting as zero. */
    static Optional<Money> difference(Optional<Money> after, Optional<Money> before) {
        return add(after, before.map(Money::negated));
    }

    /**
     * Adds two optional totals, an absent one counting as zero.
     *
     * @throws dev.conventio.validation.ValidationException with {@link HistoryCodes#MONEY_CURRENCY_MIXED}
     *     for two currencies
     */
    static Optional<Money> add(Optional<Money> left, Optional<Money> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return left.isEmpty() ? right : left;
        }
        if (!left.get().getCurrencyUnit().equals(right.get().getCurrencyUnit())) {
            Violations.collector().add(HistoryCodes.MONEY_CURRENCY_MIXED, "", "cannot add " + left.get() + " and "
                    + right.get() + "; amounts are never converted between currencies").throwIfAny();
        }
        return Optional.of(left.get().plus(right.get()));
    }

    /** A running total in one currency, with the provenance of what it sums and what it leaves out. */
    static final class Total {
        private CurrencyUnit currency;
        private BigDecimal amount;
        private BigDecimal forecast;
        private final Set<Provenance> provenance = new LinkedHashSet<>();
        private final Set<String> unknown = new LinkedHashSet<>();

        /**
         * Adds an entry of contribution n° {@code index} (from 0); the total is described in a
         * message as {@code what} followed by {@code subject} on the date, only for a violation.
         */
        void add(Entry<?> entry, Sourced<FinancialContribution> contribution, int index, String what,
                Object subject, LocalDate date) {
            if (entry.amount().isEmpty()) {
                unknown.add(contribution.value().id());
                return;
            }
            Money added = entry.amount().get();
            if (currency == null) {
                currency = added.getCurrencyUnit();
                amount = BigDecimal.ZERO;
            } else if (!currency.equals(added.getCurrencyUnit())) {
                Violations.collector().add(HistoryCodes.MONEY_CURRENCY_MIXED,
                        "contributions[" + index + "]." + entry.member(),
                        what + subject + " on " + date + " would add " + added + " (contribution '"
                                + contribution.value().id() + "') to an amount in " + currency
                                + "; sums are never converted between currencies")
                        .throwIfAny();
            }
            amount = amount.add(added.getAmount());
            if (entry.forecast()) {
                forecast = forecast == null ? added.getAmount() : forecast.add(added.getAmount());
            }
            provenance.add(contribution.provenance());
        }

        Committed committed(Life life) {
            return Committed.of(currency == null ? null : Money.of(currency, amount),
                    forecast == null ? null : Money.of(currency, forecast), life, List.copyOf(provenance),
                    List.copyOf(unknown));
        }
    }

    /**
     * The change in money committed that amendment n° {@code number} of a chronicle makes, determined
     * or not: the total just after it takes effect less the total just before, on its reference day.
     *
     * @throws IllegalArgumentException if there is no recorded amendment with that number
     */
    static Increase increase(Chronicle chronicle, int number) {
        List<AmendmentRecord> records = chronicle.ledger().records();
        if (number < 1 || number > records.size() || !(records.get(number - 1) instanceof Amendment amendment)) {
            throw new IllegalArgumentException("the history has no recorded amendment n° " + number);
        }
        LocalDate day = chronicle.referenceDate(Span.of(amendment), number - 1);
        return Increase.between(chronicle.consolidate(number - 1, day), chronicle.after(amendment, number - 1));
    }
}
