package dev.conventio.history;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import dev.conventio.validation.Violations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * The policies of {@link AmendmentPolicy#maxIncreasePerAmendment(BigDecimal)} and
 * {@link AmendmentPolicy#maxCumulativeIncrease(BigDecimal)}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class MoneyIncreaseCap implements AmendmentPolicy {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal percent;
    private final boolean cumulative;

    MoneyIncreaseCap(BigDecimal percent, boolean cumulative) {
        Objects.requireNonNull(percent, "percentOfInitial");
        if (percent.signum() < 0) {
            throw new IllegalArgumentException("a cap is zero or more percent, was " + percent);
        }
        // Normalised so that 50 and 50.0 make equal policies.
        this.percent = percent.stripTrailingZeros();
        this.cumulative = cumulative;
    }

    @Override
    public List<Violation> check(History history, Amendment candidate) {
        Violations violations = Violations.collector();
        try {
            Optional<Money> increase = MoneyTotals.difference(history.standingAfter(candidate).totalCommitted().recorded(),
                    history.standingBefore(candidate).totalCommitted().recorded());
            if (cumulative) {
                for (AmendmentRecord record : history.amendments()) {
                    if (record instanceof Amendment amendment && !amendment.isDraft()) {
                        increase = MoneyTotals.add(increase, history.committedIncrease(amendment.number()));
                    }
                }
            }
            increase.filter(Money::isPositive).ifPresent(money -> checkCap(history, candidate, money, violations));
        } catch (ValidationException e) {
            violations.addAll("", e.violations());
        }
        return violations.list();
    }

    private void checkCap(History history, Amendment candidate, Money increase, Violations violations) {
        Money initial = History.of(history.base()).asOf(history.base().concludedOn()).totalCommitted().recorded()
                .orElse(Money.zero(increase.getCurrencyUnit()));
        Money cap = initial.multipliedBy(percent.divide(HUNDRED), RoundingMode.HALF_EVEN);
        if (!initial.getCurrencyUnit().equals(increase.getCurrencyUnit())) {
            violations.add(HistoryCodes.MONEY_CURRENCY_MIXED, "changes", "the increase " + increase
                    + " cannot be compared with the initial amount " + initial + "; amounts are never converted");
        } else if (increase.getAmount().multiply(HUNDRED).compareTo(initial.getAmount().multiply(percent)) > 0) {
            violations.add(cumulative ? HistoryCodes.POLICY_CUMULATIVE_CAP_EXCEEDED
                    : HistoryCodes.POLICY_INCREASE_CAP_EXCEEDED, "changes", (cumulative
                    ? "the amendments up to n° " + candidate.number() + " together increase"
                    : "amendment n° " + candidate.number() + " increases")
                    + " the money committed by " + increase + ", more than " + percent.toPlainString()
                    + " % of the initial " + initial + " (at most " + cap + ")");
        }
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof MoneyIncreaseCap)) {
            return false;
        }
        MoneyIncreaseCap that = (MoneyIncreaseCap) other;
        return percent.equals(that.percent) && cumulative == that.cumulative;
    }

    @Override
    public int hashCode() {
        return Objects.hash(percent, cumulative);
    }

    @Override
    public String toString() {
        return (cumulative ? "maxCumulativeIncrease(" : "maxIncreasePerAmendment(") + percent.toPlainString() + " %)";
    }
}
