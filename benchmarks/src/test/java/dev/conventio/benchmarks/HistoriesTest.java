package dev.conventio.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.History;
import java.math.BigDecimal;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The consolidation benchmark's histories apply every amendment on the measured date. */
class HistoriesTest {

    @Test
    void everyAmendmentIsInForceAndTheMoneyAddsUp() {
        ConsolidatedConvention view = Histories.of(40).asOf(Histories.IN_FORCE);

        assertThat(view.amendmentsInForce()).hasSize(40);
        // Ten contributions added (k = 4, 8 … 40) of 1 000.00 + k cents, and the base contribution's
        // amount last changed by amendment 37 to 100 000.00 + 37 cents.
        BigDecimal added = BigDecimal.ZERO;
        for (int k = 4; k <= 40; k += 4) {
            added = added.add(BigDecimal.valueOf(100_000L + k, 2));
        }
        Money expected = Money.of(CurrencyUnit.EUR, added.add(BigDecimal.valueOf(10_000_037L, 2)));
        assertThat(view.contributions()).hasSize(11);
        assertThat(view.commitments().total().amount()).contains(expected);
        assertThat(view.decisions()).hasSize(10);
    }

    @Test
    void theDayBeforeTheLastAmendmentEveryOtherIsAppliedFromTheBase() {
        History history = Histories.of(120);
        History withoutTheLast = History.of(history.base(), history.amendments().subList(0, 119));

        ConsolidatedConvention before = history.asOf(Histories.beforeLast(120));

        assertThat(before.amendmentsInForce()).hasSize(119).doesNotContain(120);
        assertThat(before.convention()).isEqualTo(withoutTheLast.asOf(Histories.IN_FORCE).convention());
        assertThat(before.convention()).isNotEqualTo(history.asOf(Histories.IN_FORCE).convention());
    }
}
