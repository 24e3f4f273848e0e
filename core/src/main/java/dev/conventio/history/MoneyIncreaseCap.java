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
            Increase increase = Increase.between(history.standingBefore(candidate), history.standingAfter(candidate));
            if (cumulative) {
                for (AmendmentRecord record : history.amendments()) {
                    if (record instanceof Amendment amendment && !amendment.isDraft()) {
                        increase = increase.plus(MoneyTotals.increase(history.chronicle(), amendment.number()));
                    }
                }
            }
            checkCap(history, candidate, increase, violations);
        } catch (ValidationException e) {
            violations.addAll("", e.violations());
        }
        return violations.list();
    }

    private void checkCap(History history, Amendment candidate, Increase increase, Violations violations) {
        String increases = cumulative ? "the amendments up to n° " + candidate.number() + " together increase"
                : "amendment n° " + candidate.number() + " increases";
        if (!increase.isDetermined()) {
            violations.addAll("", List.of(undetermined("whether " + increases + " the money committed beyond the cap"
                    + " cannot be told: the amounts of " + increase.undeterminedBy() + " are not known")));
            return;
        }
        if (increase.known().filter(Money::isPositive).isEmpty()) {
            return;
        }
        Money money = increase.known().get();
        Committed base = History.of(history.base()).asOf(Chronicle.earliestConclusion(history.base())).commitments()
                .total();
        Money initial = base.recorded().orElse(Money.zero(money.getCurrencyUnit()));
        Money cap = initial.multipliedBy(percent.divide(HUNDRED), RoundingMode.HALF_EVEN);
        if (!initial.getCurrencyUnit().equals(money.getCurrencyUnit())) {
            violations.add(HistoryCodes.MONEY_CURRENCY_MIXED, "changes", "the increase " + money
                    + " cannot be compared with the initial amount " + initial + "; amounts are never converted");
        } else if (money.getAmount().multiply(HUNDRED).compareTo(initial.getAmount().multiply(percent)) > 0) {
            // Beyond the share of the known initial amount: exceeded, unless an initial amount not
            // known may make the cap larger.
            if (base.hasUnknownAmounts()) {
                violations.addAll("", List.of(undetermined(increases + " the money committed by " + money
                        + ", more than " + percent.toPlainString() + " % of the known initial " + initial
                        + "; whether it exceeds the cap cannot be told, as the initial amounts of "
                        + base.unknownAmounts() + " are not known")));
            } else {
                violations.add(cumulative ? HistoryCodes.POLICY_CUMULATIVE_CAP_EXCEEDED
                        : HistoryCodes.POLICY_INCREASE_CAP_EXCEEDED, "changes", increases + " the money committed by "
                        + money + ", more than " + percent.toPlainString() + " % of the initial " + initial
                        + " (at most " + cap + ")");
            }
        }
    }

    /**
     * The outcome of a cap that cannot be told, because an amount is not known: an
     * {@linkplain Violation#undetermined undetermined outcome} of its own code,
     * {@link HistoryCodes#POLICY_INCREASE_CAP_UNDETERMINED} or
     * {@link HistoryCodes#POLICY_CUMULATIVE_CAP_UNDETERMINED}, which a history accepts and keeps
     * unless it also has {@link AmendmentPolicy#undeterminedRejected()}.
     */
    private Violation undetermined(String message) {
        return Violation.undetermined(cumulative ? HistoryCodes.POLICY_CUMULATIVE_CAP_UNDETERMINED
                : HistoryCodes.POLICY_INCREASE_CAP_UNDETERMINED, "changes", message);
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
