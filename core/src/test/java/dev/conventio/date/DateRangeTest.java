package dev.conventio.date;

import static dev.conventio.validation.ValidationAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.finance.Instalment;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.party.Mandate;
import dev.conventio.term.StartRule;
import dev.conventio.term.TermEnd;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    private static final LocalDate AFTER = LocalDate.of(10000, 1, 1);
    private static final LocalDate BEFORE = LocalDate.of(-1, 12, 31);

    @Test
    void theRangeIsTheYearsOfFourDigits() {
        assertThat(DateRange.contains(DateRange.EARLIEST)).isTrue();
        assertThat(DateRange.contains(DateRange.LATEST)).isTrue();
        assertThat(DateRange.EARLIEST.toString()).isEqualTo("0000-01-01");
        assertThat(DateRange.LATEST.toString()).isEqualTo("9999-12-31");
        assertThat(DateRange.contains(AFTER)).isFalse();
        assertThat(DateRange.contains(BEFORE)).isFalse();
        assertThat(DateRange.contains(LocalDate.MAX)).isFalse();
        assertThat(DateRange.contains(LocalDate.MIN)).isFalse();
    }

    @Test
    void aValueHoldsNoDateOutsideTheRange() {
        assertViolation(() -> StartRule.onDate(AFTER), DateCodes.DATE_OUT_OF_RANGE, "date");
        assertViolation(() -> StartRule.notifiedOn(BEFORE), DateCodes.DATE_OUT_OF_RANGE, "notifiedOn");
        assertViolation(() -> TermEnd.on(AFTER), DateCodes.DATE_OUT_OF_RANGE, "date");
        assertViolation(() -> Instalment.of(AFTER, Money.parse("EUR 1.00")), DateCodes.DATE_OUT_OF_RANGE, "dueOn");
        assertViolation(() -> Mandate.of("Conseil", "1", BEFORE), DateCodes.DATE_OUT_OF_RANGE, "date");
        assertViolation(() -> CommitteeDecision.of(AFTER, "Validation"), DateCodes.DATE_OUT_OF_RANGE, "date");
    }

    @Test
    void aValueHoldsEitherEndOfTheRange() {
        assertThat(StartRule.onDate(DateRange.LATEST).date()).contains(DateRange.LATEST);
        assertThat(TermEnd.on(DateRange.EARLIEST).date()).contains(DateRange.EARLIEST);
        assertThat(Instalment.of(DateRange.LATEST, Money.parse("EUR 1.00")).dueOn()).contains(DateRange.LATEST);
        assertThat(Mandate.of("Conseil", "1", DateRange.EARLIEST).date()).isEqualTo(DateRange.EARLIEST);
    }

    @Test
    void aPartialDateHasTheSameRange() {
        assertThat(PartialDate.of(DateRange.LATEST).date()).contains(DateRange.LATEST);
        assertThatThrownBy(() -> PartialDate.of(AFTER)).isInstanceOf(DateTimeException.class);
    }
}
