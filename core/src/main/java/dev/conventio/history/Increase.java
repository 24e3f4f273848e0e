package dev.conventio.history;

import dev.conventio.finance.FinancialContribution;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.joda.money.Money;

/**
 * The change in money committed between two states, for the money policies: the difference of the
 * known amounts, and the contributions whose unknown amount makes it undetermined. An unknown
 * amount that is the same before and after (the same contribution, untouched) cancels out; one that
 * appears, disappears or changes leaves the increase undetermined.
 */
final class Increase {

    private final Optional<Money> known;
    private final Set<String> undeterminedBy;

    private Increase(Optional<Money> known, Set<String> undeterminedBy) {
        this.known = known;
        this.undeterminedBy = undeterminedBy;
    }

    /**
     * The increase from one state to another.
     *
     * @throws dev.conventio.validation.ValidationException with {@link HistoryCodes#MONEY_CURRENCY_MIXED}
     *     if the amounts are not all in one currency
     */
    static Increase between(ConsolidatedConvention before, ConsolidatedConvention after) {
        Committed from = before.commitments().total();
        Committed to = after.commitments().total();
        Map<String, FinancialContribution> unknownBefore = unknown(before, from.unknownAmounts());
        Map<String, FinancialContribution> unknownAfter = unknown(after, to.unknownAmounts());
        Set<String> changed = new LinkedHashSet<>();
        unknownBefore.forEach((id, value) -> {
            if (!value.equals(unknownAfter.get(id))) {
                changed.add(id);
            }
        });
        unknownAfter.forEach((id, value) -> {
            if (!value.equals(unknownBefore.get(id))) {
                changed.add(id);
            }
        });
        return new Increase(MoneyTotals.difference(to.recorded(), from.recorded()), changed);
    }

    private static Map<String, FinancialContribution> unknown(ConsolidatedConvention view, List<String> ids) {
        Map<String, FinancialContribution> values = new LinkedHashMap<>();
        for (String id : ids) {
            values.put(id, view.contribution(id).orElseThrow().value());
        }
        return values;
    }

    /** The sum of two increases, undetermined when either is. */
    Increase plus(Increase other) {
        Set<String> by = new LinkedHashSet<>(undeterminedBy);
        by.addAll(other.undeterminedBy);
        return new Increase(MoneyTotals.add(known, other.known), by);
    }

    /** The difference of the known amounts, empty when no money is known before or after. */
    Optional<Money> known() {
        return known;
    }

    /** The difference when the increase is determined, else empty. */
    Optional<Money> determined() {
        return isDetermined() ? known : Optional.empty();
    }

    /** Whether the increase is known: no unknown amount appears, disappears or changes. */
    boolean isDetermined() {
        return undeterminedBy.isEmpty();
    }

    /** The contributions whose unknown amount makes the increase undetermined, in order. */
    Set<String> undeterminedBy() {
        return undeterminedBy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Increase that && known.equals(that.known) && undeterminedBy.equals(that.undeterminedBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(known, undeterminedBy);
    }

    @Override
    public String toString() {
        return isDetermined() ? known.map(Money::toString).orElse("nothing")
                : "undetermined by the unknown amounts of " + undeterminedBy;
    }
}
