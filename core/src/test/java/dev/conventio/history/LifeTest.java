package dev.conventio.history;

import static dev.conventio.history.Fixtures.BASE_END;
import static dev.conventio.history.Fixtures.CONCLUDED;
import static dev.conventio.history.Fixtures.base;
import static dev.conventio.history.Fixtures.signed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.change.ChangeTermEnd;
import dev.conventio.convention.Convention;
import dev.conventio.term.Renewal;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The consolidated view says whether the convention is in force on its date, and money follows. */
class LifeTest {

    private static final Money FIFTY = Money.parse("EUR 50000");

    @Test
    void beforeItsStartTheConventionIsNotYetInForceAndCommitsNothing() {
        Convention later = base().toBuilder().term(Term.of(StartRule.onDate(LocalDate.of(2018, 1, 1)),
                TermEnd.on(BASE_END))).build();
        ConsolidatedConvention view = History.of(later).asOf(LocalDate.of(2017, 12, 1));
        assertThat(view.life().status()).isEqualTo(Life.Status.NOT_YET_IN_FORCE);
        assertThat(view.life().day()).contains(LocalDate.of(2018, 1, 1));
        assertThat(view.life().decidedBy()).contains(Provenance.base());
        assertThat(view.commitments().total().amount()).contains(Money.zero(FIFTY.getCurrencyUnit()));
        assertThat(view.commitments().total().recorded()).contains(FIFTY);
        assertThat(view.commitments().forBudgetYear(Year.of(2018)).amount()).contains(Money.parse("EUR 0"));
    }

    @Test
    void fromItsStartToItsLastDayItIsInForce() {
        History history = History.of(base());
        for (LocalDate day : List.of(CONCLUDED, LocalDate.of(2019, 6, 1), BASE_END)) {
            ConsolidatedConvention view = history.asOf(day);
            assertThat(view.life().status()).as(day.toString()).isEqualTo(Life.Status.IN_FORCE);
            assertThat(view.life().isInForce()).isTrue();
            assertThat(view.life().day()).contains(CONCLUDED);
            assertThat(view.commitments().total().amount()).contains(FIFTY);
            assertThat(view.commitments().total().provenance()).containsExactly(Provenance.base());
            assertThat(view.commitments().total()).hasToString("EUR 50000.00");
        }
    }

    @Test
    void afterItsLastDayItHasEndedAndCommitsNothing() {
        ConsolidatedConvention view = History.of(base()).asOf(BASE_END.plusDays(1));
        assertThat(view.life().status()).isEqualTo(Life.Status.ENDED);
        assertThat(view.life().isCertainlyNotInForce()).isTrue();
        assertThat(view.life().day()).contains(BASE_END);
        assertThat(view.commitments().total().amount()).contains(Money.parse("EUR 0"));
        assertThat(view.commitments().total().toString()).startsWith("EUR 0.00 (ENDED on 2020-12-31 by base convention");
    }

    @Test
    void anEndSetByAnAmendmentDecidesItWithItsProvenance() {
        LocalDate shortened = LocalDate.of(2019, 12, 31);
        History history = History.of(base(), List.of(signed(1, LocalDate.of(2019, 2, 1), BASE_END,
                ChangeTermEnd.of("3", TermEnd.on(shortened)))));
        Life life = history.asOf(LocalDate.of(2020, 1, 1)).life();
        assertThat(life.status()).isEqualTo(Life.Status.ENDED);
        assertThat(life.day()).contains(shortened);
        assertThat(life.decidedBy()).contains(Provenance.of(Instrument.amendment(1), "3"));
    }

    @Test
    void aRenewableConventionPastItsEndIsUndeterminedUntilEveryRenewalHasRun() {
        Convention renewable = base().toBuilder().term(Term.of(StartRule.onSignatureByAllParties(),
                TermEnd.on(BASE_END), Renewal.of(Period.ofYears(1), 2, true))).build();
        History history = History.of(renewable);
        Life renewed = history.asOf(LocalDate.of(2021, 6, 1)).life();
        assertThat(renewed.status()).isEqualTo(Life.Status.UNDETERMINED);
        assertThat(renewed.day()).isEmpty();
        assertThat(renewed.reason()).hasValueSatisfying(reason -> assertThat(reason).contains("2022-12-31"));
        assertThat(history.asOf(LocalDate.of(2021, 6, 1)).commitments().total().amount()).contains(FIFTY);
        Life ended = history.asOf(LocalDate.of(2023, 1, 1)).life();
        assertThat(ended.status()).isEqualTo(Life.Status.ENDED);
        assertThat(ended.day()).contains(LocalDate.of(2022, 12, 31));
    }

    @Test
    void withoutARecordedTermItIsUndeterminedAndTheRecordedAmountStands() {
        Convention untermed = base().toBuilder().term(java.util.Optional.empty()).build();
        ConsolidatedConvention view = History.of(untermed).asOf(LocalDate.of(2030, 1, 1));
        assertThat(view.life().status()).isEqualTo(Life.Status.UNDETERMINED);
        assertThat(view.life().reason()).contains("the convention's term is not recorded");
        assertThat(view.life().decidedBy()).isEmpty();
        assertThat(view.commitments().total().amount()).contains(FIFTY);
        assertThat(view.commitments().total().toString()).isEqualTo("EUR 50000.00 (UNDETERMINED: the convention's term is"
                + " not recorded)");
    }

    @Test
    void aPendingNotificationLeavesTheStartUnknown() {
        Convention notified = base().toBuilder().term(Term.of(StartRule.onNotification(), TermEnd.on(BASE_END))).build();
        Life life = History.of(notified).asOf(LocalDate.of(2019, 1, 1)).life();
        assertThat(life.status()).isEqualTo(Life.Status.UNDETERMINED);
        assertThat(life.decidedBy()).contains(Provenance.base());
        assertThat(life.reason()).contains("the convention takes effect on its notification, not recorded yet");
    }

    @Test
    void livesAreValues() {
        Life one = Life.of(Life.Status.IN_FORCE, CONCLUDED, Provenance.base());
        assertThat(one).isEqualTo(Life.of(Life.Status.IN_FORCE, CONCLUDED, Provenance.base()))
                .hasSameHashCodeAs(Life.of(Life.Status.IN_FORCE, CONCLUDED, Provenance.base()))
                .isNotEqualTo(Life.of(Life.Status.ENDED, CONCLUDED, Provenance.base()))
                .isNotEqualTo(Life.undetermined("x", null)).hasToString("IN_FORCE on 2017-11-22 by base convention");
    }
}
