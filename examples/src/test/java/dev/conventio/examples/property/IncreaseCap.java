package dev.conventio.examples.property;

import dev.conventio.amendment.Amendment;
import dev.conventio.history.AmendmentPolicy;
import dev.conventio.history.History;
import dev.conventio.validation.Violation;
import dev.conventio.history.HistoryCodes;
import java.util.List;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A policy of an application's own, the kind its stateful test checks: no amendment may raise the
 * money the convention commits by more than a fixed amount, whatever the initial amount (a council
 * that must vote on any raise above it).
 *
 * <p>This class is immutable and thread-safe.
 */
final class IncreaseCap implements AmendmentPolicy {

    private final Money cap;

    IncreaseCap(Money cap) {
        this.cap = Objects.requireNonNull(cap, "cap");
    }

    Money cap() {
        return cap;
    }

    /** The increase an amendment makes: the money committed just after it takes effect, less just before. */
    static Money increase(History history, Amendment candidate) {
        Money zero = Money.zero(CurrencyUnit.EUR);
        return history.standingAfter(candidate).commitments().total().amount().orElse(zero)
                .minus(history.standingBefore(candidate).commitments().total().amount().orElse(zero));
    }

    @Override
    public List<Violation> check(History history, Amendment candidate) {
        Money increase = increase(history, candidate);
        return increase.isGreaterThan(cap)
                ? List.of(Violation.of(HistoryCodes.POLICY_INCREASE_CAP_EXCEEDED, "changes", "amendment n° "
                        + candidate.number() + " raises the money committed by " + increase + ", more than " + cap))
                : List.of();
    }
}
