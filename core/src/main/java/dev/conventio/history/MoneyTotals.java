package dev.conventio.history;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.validation.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The sums behind the money queries of {@link ConsolidatedConvention} and of the money policies:
 * amounts are added in one currency only, and a sum that would mix currencies throws
 * {@link HistoryCodes#MONEY_CURRENCY_MIXED}, naming the first contribution in another currency.
 *
 * <p>Each total is summed as a {@link BigDecimal} in its currency and made a {@link Money} once:
 * adding {@code Money} values makes a {@code BigMoney} and a {@code Money} per addition (the
 * consolidation benchmark's money totals took 2.4 times as long that way).
 */
final class MoneyTotals {

    private MoneyTotals() {
    }

    /**
     * Sums the contributions in force by key.
     *
     * @param totals  an empty map that orders the keys as the result must
     * @param what  the start of the description of a total, such as "the money committed by "
     * @param date  the date of the consolidation, for messages
     */
    static <K> Map<K, Committed> totals(List<Sourced<FinancialContribution>> contributions,
            Function<FinancialContribution, K> key, Map<K, Total> totals, String what, LocalDate date, Life life) {
        for (int i = 0; i < contributions.size(); i++) {
            Sourced<FinancialContribution> contribution = contributions.get(i);
            K value = key.apply(contribution.value());
            Total total = totals.get(value);
            if (total == null) {
                totals.put(value, new Total(contribution));
            } else {
                total.add(i, contribution, what, value, date);
            }
        }
        Map<K, Committed> result = new LinkedHashMap<>();
        totals.forEach((value, total) -> result.put(value, total.committed(life)));
        return Collections.unmodifiableMap(result);
    }

    /** Sums the selected contributions; nothing when none is selected. */
    static Committed sum(List<Sourced<FinancialContribution>> contributions, Predicate<FinancialContribution> selected,
            String what, LocalDate date, Life life) {
        Total total = null;
        for (int i = 0; i < contributions.size(); i++) {
            Sourced<FinancialContribution> contribution = contributions.get(i);
            if (selected.test(contribution.value())) {
                if (total == null) {
                    total = new Total(contribution);
                } else {
                    total.add(i, contribution, what, "", date);
                }
            }
        }
        return total == null ? Committed.of(null, life, List.of()) : total.committed(life);
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

    /** A running total in one currency, with the provenance of what it sums. */
    static final class Total {
        private final CurrencyUnit currency;
        private BigDecimal amount;
        private final Set<Provenance> provenance = new LinkedHashSet<>();

        Total(Sourced<FinancialContribution> first) {
            Money money = first.value().amount();
            currency = money.getCurrencyUnit();
            amount = money.getAmount();
            provenance.add(first.provenance());
        }

        /**
         * Adds the amount of the contribution at index {@code i}; the total is described in a
         * message as {@code what} followed by {@code key}, joined only for a violation.
         */
        void add(int i, Sourced<FinancialContribution> contribution, String what, Object key, LocalDate date) {
            Money added = contribution.value().amount();
            if (!currency.equals(added.getCurrencyUnit())) {
                Violations.collector().add(HistoryCodes.MONEY_CURRENCY_MIXED, "contributions[" + i + "].amount",
                        what + key + " on " + date + " would add " + added + " (contribution '"
                                + contribution.value().id() + "') to an amount in " + currency
                                + "; sums are never converted between currencies")
                        .throwIfAny();
            }
            amount = amount.add(added.getAmount());
            provenance.add(contribution.provenance());
        }

        Committed committed(Life life) {
            return Committed.of(Money.of(currency, amount), life, List.copyOf(provenance));
        }
    }

    /**
     * The change in money committed that amendment n° {@code number} of a chronicle makes: the
     * total just after it takes effect less the total just before, on its reference day.
     *
     * @throws IllegalArgumentException if there is no recorded amendment with that number
     */
    static Optional<Money> increase(Chronicle chronicle, int number) {
        List<AmendmentRecord> records = chronicle.ledger().records();
        if (number < 1 || number > records.size() || !(records.get(number - 1) instanceof Amendment amendment)) {
            throw new IllegalArgumentException("the history has no recorded amendment n° " + number);
        }
        LocalDate day = chronicle.referenceDate(Span.of(amendment), number - 1);
        Optional<Money> before = chronicle.consolidate(number - 1, day).totalCommitted().recorded();
        return difference(chronicle.after(amendment, number - 1).totalCommitted().recorded(), before);
    }
}
