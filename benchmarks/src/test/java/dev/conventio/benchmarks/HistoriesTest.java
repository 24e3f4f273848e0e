package dev.conventio.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.History;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
        assertThat(view.totalCommitted()).contains(expected);
        assertThat(view.decisions()).hasSize(10);
    }

    @Test
    void theUncheckedHistoryConsolidatesAsTheCheckedOne() {
        History checked = Histories.of(120);
        History unchecked = Histories.unchecked(120);

        assertThat(unchecked).isEqualTo(checked);
        assertThat(unchecked.amendments()).isEqualTo(checked.amendments());
        assertThat(unchecked.base()).isEqualTo(checked.base());
        assertThat(unchecked.policies()).isEmpty();
        for (LocalDate date : List.of(Conventions.CONCLUDED_ON.plusDays(60), Histories.IN_FORCE)) {
            assertThat(unchecked.asOf(date).convention()).isEqualTo(checked.asOf(date).convention());
            assertThat(unchecked.asOf(date).amendmentsInForce()).isEqualTo(checked.asOf(date).amendmentsInForce());
        }
        assertThat(unchecked.timeline()).isEqualTo(checked.timeline());
    }
}
