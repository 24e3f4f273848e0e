package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.date.DateCodes;
import dev.conventio.date.DateRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The dates {@link DateRangeCases} gives a value that holds a date: outside the years 0000 to 9999
 * on either side, near either end and far beyond, each rejected with its code.
 */
class DateRangeCasesTest {

    @Test
    void datesFallJustPastEitherEndOfTheRangeOrFarBeyond() {
        int early = 0;
        int late = 0;
        int nearEarly = 0;
        int nearLate = 0;
        for (String mutation : CaseMutations.of(DateCodes.DATE_OUT_OF_RANGE, 0xda7eL, 400)) {
            assertThat(mutation).startsWith("date ");
            LocalDate date = LocalDate.parse(mutation.substring("date ".length()));
            if (date.isBefore(DateRange.EARLIEST)) {
                early++;
                nearEarly += date.isAfter(DateRange.EARLIEST.minusYears(2).minusDays(1)) ? 1 : 0;
            } else {
                assertThat(date).isAfter(DateRange.LATEST);
                late++;
                nearLate += date.isBefore(DateRange.LATEST.plusYears(2).plusDays(1)) ? 1 : 0;
            }
        }
        assertThat(early).as("before the range, one time in two").isBetween(160, 240);
        assertThat(late).isEqualTo(400 - early);
        assertThat(nearEarly).as("within two years of its start, half of those before").isBetween(early / 2 - 40,
                early / 2 + 40);
        assertThat(nearLate).as("within two years of its end, half of those after").isBetween(late / 2 - 40,
                late / 2 + 40);
    }
}
