package dev.conventio.testkit;

import static dev.conventio.testkit.PartyGen.pick;

import dev.conventio.date.DateCodes;
import dev.conventio.date.DateRange;
import dev.conventio.finance.Instalment;
import dev.conventio.party.Mandate;
import dev.conventio.term.StartRule;
import dev.conventio.term.TermEnd;
import dev.conventio.validation.ViolationCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.joda.money.Money;

/**
 * Invalid cases of dates outside the years 0000 to 9999: a date that {@link LocalDate} holds and
 * the format cannot write, just past either end of the range or anywhere beyond, given to a value
 * that holds a date.
 */
final class DateRangeCases {

    private DateRangeCases() {
    }

    /** Adds a generator of cases for the code of a date out of range. */
    static void addTo(Map<ViolationCode, Gen<InvalidCase>> cases) {
        cases.put(DateCodes.DATE_OUT_OF_RANGE, (random, size) -> {
            LocalDate date = random.nextBoolean()
                    ? Dates.between(random, DateRange.LATEST.plusDays(1), random.nextBoolean()
                            ? DateRange.LATEST.plusYears(2) : LocalDate.MAX)
                    : Dates.between(random, random.nextBoolean() ? LocalDate.MIN : DateRange.EARLIEST.minusYears(2),
                            DateRange.EARLIEST.minusDays(1));
            List<Function<LocalDate, Object>> holders = List.of(StartRule::onDate, StartRule::notifiedOn, TermEnd::on,
                    day -> Instalment.of(day, Money.parse("EUR 10.00")), day -> Mandate.of("Conseil métropolitain", "2020-01", day));
            Function<LocalDate, Object> holder = pick(random, holders);
            return InvalidCase.of(DateCodes.DATE_OUT_OF_RANGE, "date " + date, () -> holder.apply(date));
        });
    }
}
