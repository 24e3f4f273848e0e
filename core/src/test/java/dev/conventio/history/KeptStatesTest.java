package dev.conventio.history;

import static dev.conventio.history.Fixtures.base;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a chronicle keeps of its states along its history, and which one a past day starts from. */
class KeptStatesTest {

    private static final LocalDate DAY = LocalDate.of(2018, 1, 1);
    private static final ConsolidatedConvention STATE = WorkingState.of(base()).freeze(DAY, List.of());

    @Test
    void aStateIsKeptEverySpacingAmendmentsAndNeverMoreThanTheMost() {
        KeptStates kept = KeptStates.none();
        for (int count = 1; count < KeptStates.FIRST_SPACING; count++) {
            kept = kept.offer(new Tip(STATE, count, null));
        }
        assertThat(kept.size()).isZero();
        kept = kept.offer(new Tip(STATE, KeptStates.FIRST_SPACING, null));
        assertThat(kept.size()).isOne();
        assertThat(kept.nearest(Integer.MAX_VALUE, DAY).count()).isEqualTo(KeptStates.FIRST_SPACING);

        for (int count = KeptStates.FIRST_SPACING + 1; count <= 100_000; count++) {
            kept = kept.offer(new Tip(STATE, count, null));
            assertThat(kept.size()).isLessThanOrEqualTo(KeptStates.MOST);
        }
        // Thinned as it grew: more than half the most, the latest gap at most twice the spacing.
        assertThat(kept.size()).isGreaterThan(KeptStates.MOST / 2);
        int latest = kept.nearest(100_000, DAY).count();
        assertThat(100_000 - latest).isLessThan(2 * 100_000 / KeptStates.MOST);
        assertThat(kept.nearest(latest - 1, DAY).count()).isLessThan(latest);
    }

    @Test
    void thePastDayStartsFromTheNearestStateThatHoldsOnIt() {
        ConsolidatedConvention later = STATE.redated(DAY.plusDays(100), List.of());
        KeptStates kept = KeptStates.none()
                .offer(new Tip(STATE, 40, DAY.plusDays(50)))
                .offer(new Tip(later, 80, null));

        assertThat(kept.nearest(100, DAY.plusDays(120)).count()).isEqualTo(80);
        // Before the later state's day, the earlier one, within its window.
        assertThat(kept.nearest(100, DAY.plusDays(49)).count()).isEqualTo(40);
        // Its window ends on the day the set in force changes.
        assertThat(kept.nearest(100, DAY.plusDays(50))).isNull();
        assertThat(kept.nearest(100, DAY.minusDays(1))).isNull();
        // Never one with more amendments than the consolidation considers.
        assertThat(kept.nearest(79, DAY.plusDays(120))).isNull();
        assertThat(kept.nearest(40, DAY)).extracting(Tip::count).isEqualTo(40);
    }
}
