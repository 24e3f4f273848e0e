package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.change.ChangeObject;
import dev.conventio.convention.Article;
import dev.conventio.date.DateCodes;
import dev.conventio.date.DateRange;
import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.JsonDocument;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.testkit.junit.GeneratedSource;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * One range of dates for the model and the format, over the whole {@link LocalDate} range: a value
 * holds a date exactly when the date is in the years 0000 to 9999, and then the date is written as
 * {@code YYYY-MM-DD} and read back equal; outside, the value is not
 * made, with {@code date.out-of-range} at the date's path, so nothing the writer could not write
 * back ever exists.
 */
class DateRangePropertyTest {

    /** Anywhere in LocalDate's range, anywhere in the model's, and a few days around either end of each. */
    static Gen<LocalDate> dates() {
        Gen<LocalDate> anywhere = (random, size) -> LocalDate.ofEpochDay(
                random.nextLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay() + 1));
        Gen<LocalDate> held = (random, size) -> Dates.between(random, DateRange.EARLIEST, DateRange.LATEST);
        Gen<LocalDate> ends = Gen.elements(DateRange.EARLIEST.minusDays(3), DateRange.LATEST.minusDays(3), LocalDate.MIN)
                .zip(Gen.integers(0, 6), (date, days) -> date.plusDays(days));
        Gen<LocalDate> last = Gen.integers(0, 6).map(days -> LocalDate.MAX.minusDays(days));
        return Gen.oneOf(List.of(anywhere, held, ends, last));
    }

    /** The amendment a date is given to, as its start or as its end. */
    private static final List<Function<LocalDate, Term>> TERMS = List.of(
            date -> Term.of(StartRule.onDate(date), TermEnd.after(Period.ofYears(1))),
            date -> Term.of(StartRule.notifiedOn(date), TermEnd.after(Period.ofMonths(6))),
            date -> Term.of(StartRule.onSignatureByAllParties(), TermEnd.on(date)));

    private static Amendment amendment(Term term) {
        return Amendment.builder().number(1).articles(List.of(Article.of("1", "Durée"))).term(term)
                .changes(List.of(ChangeObject.of("1", "Nouvel objet"))).build();
    }

    @ParameterizedTest
    @GeneratedSource(value = "dates", count = 600)
    void aDateIsHeldExactlyWhenTheFormatWritesItAndReadsItBack(LocalDate date) throws Exception {
        for (Function<LocalDate, Term> term : TERMS) {
            if (DateRange.contains(date)) {
                Amendment amendment = amendment(term.apply(date));
                String text = ConventioJson.compact().write(JsonDocument.AMENDMENT, amendment);
                assertThat(text).contains("\"" + date + "\"");
                assertThat(date.toString()).matches("[0-9]{4}-[0-9]{2}-[0-9]{2}");
                AmendmentRecord read = ConventioJson.compact().read(JsonDocument.AMENDMENT, text);
                assertThat(read).isEqualTo(amendment);
            } else {
                ValidationException e = catchThrowableOfType(ValidationException.class, () -> term.apply(date));
                assertThat(e).as("%s is held", date).isNotNull();
                assertThat(e.violations()).extracting(Violation::code).containsExactly(DateCodes.DATE_OUT_OF_RANGE);
            }
        }
    }
}
