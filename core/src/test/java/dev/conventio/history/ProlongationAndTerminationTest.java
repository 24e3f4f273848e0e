package dev.conventio.history;

import static dev.conventio.history.Fixtures.BASE_END;
import static dev.conventio.history.Fixtures.CONCLUDED;
import static dev.conventio.history.Fixtures.base;
import static dev.conventio.history.Fixtures.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.conventio.amendment.Amendment;
import dev.conventio.change.ChangeObject;
import dev.conventio.change.ProlongTerm;
import dev.conventio.change.SetTerm;
import dev.conventio.change.TerminateConvention;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermCodes;
import dev.conventio.term.TermEnd;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A relative prolongation (« prolongée de cinq ans ») moves the end whatever it was and checks the
 * total the instrument states; a termination (résiliation) ends the convention's life on its last
 * day. Neither is undone when the amendment that made it reaches its own end.
 */
class ProlongationAndTerminationTest {

    private static final LocalDate SIGNED = LocalDate.of(2019, 6, 3);
    private static final LocalDate AVENANT_END = LocalDate.of(2019, 12, 31);

    @Test
    void aProlongationMovesAnEndOnADateAndOutlivesItsAmendment() {
        History history = History.of(base(), List.of(signed(1, SIGNED, AVENANT_END,
                ProlongTerm.of("3", Period.ofYears(5)))));
        ConsolidatedConvention later = history.asOf(LocalDate.of(2024, 1, 1));
        assertThat(later.convention().term().orElseThrow().end()).contains(TermEnd.on(LocalDate.of(2025, 12, 31)));
        assertThat(later.amendmentsInForce()).isEmpty();
        assertThat(later.life().status()).isEqualTo(Life.Status.IN_FORCE);
        assertThat(later.life().decidedBy()).contains(Provenance.of(Instrument.amendment(1), "3"));
    }

    @Test
    void aProlongationGrowsAnEndAfterADurationAndItsStatedTotalHolds() {
        Term tenYears = Term.of(StartRule.onDate(LocalDate.of(2012, 1, 1)), TermEnd.after(Period.ofYears(10)));
        History history = History.of(base(), List.of(signed(1, SIGNED, BASE_END, SetTerm.of("3", tenYears))));
        Amendment prolongation = signed(2, SIGNED.plusDays(10), BASE_END,
                ProlongTerm.of("1", Period.ofYears(5)), ProlongTerm.of("2", Period.ofYears(1), Period.ofYears(16)));
        assertThat(history.check(prolongation)).isEmpty();
        assertThat(history.add(prolongation).asOf(LocalDate.of(2025, 1, 1)).convention().term().orElseThrow().end())
                .contains(TermEnd.after(Period.ofYears(16)));
    }

    @Test
    void aStatedTotalThatTheSumDoesNotGiveIsReportedAtIt() {
        List<Violation> violations = History.of(base()).check(signed(1, SIGNED, BASE_END,
                ChangeObject.of("1", "Évaluation"), ProlongTerm.of("3", Period.ofYears(2), Period.ofYears(10))));
        assertThat(violations).extracting(Violation::code, Violation::path).containsExactly(
                tuple(HistoryCodes.PROLONGATION_TOTAL_MISMATCH, "changes[1].statedTotal"));
        // 2017-11-22 to 2020-12-31 prolonged by two years is five years, one month and ten days.
        assertThat(violations.get(0).message()).contains("P10Y").contains("P5Y1M10D");
        assertThat(History.of(base()).check(signed(1, SIGNED, BASE_END,
                ProlongTerm.of("3", Period.ofYears(2), Period.of(5, 1, 10))))).isEmpty();
        assertThat(base().term().orElseThrow().totalDurationFor(CONCLUDED)).contains(Period.of(3, 1, 10));
    }

    @Test
    void aTermWithoutAnEndCannotBeProlonged() {
        History open = History.of(base(), List.of(signed(1, SIGNED, BASE_END,
                SetTerm.of("3", Term.of(StartRule.onSignatureByAllParties())))));
        assertThat(open.check(signed(2, SIGNED.plusDays(1), BASE_END, ProlongTerm.of("1", Period.ofYears(1)))))
                .extracting(Violation::code, Violation::path)
                .containsExactly(tuple(HistoryCodes.CHANGE_TARGET_MISSING, "changes[0]"));
    }

    @Test
    void aProlongationIsPositive() {
        ValidationException zero = org.assertj.core.api.Assertions.catchThrowableOfType(ValidationException.class,
                () -> ProlongTerm.of("1", Period.ZERO, Period.ofYears(-1)));
        assertThat(zero.violations()).extracting(Violation::code, Violation::path).containsExactly(
                tuple(TermCodes.DURATION_NOT_POSITIVE, "by"), tuple(TermCodes.DURATION_NOT_POSITIVE, "statedTotal"));
    }

    @Test
    void aTerminatedConventionIsInForceUpToItsLastDayAndTerminatedAfter() {
        LocalDate lastDay = LocalDate.of(2020, 3, 31);
        History history = History.of(base(), List.of(signed(1, SIGNED, AVENANT_END,
                TerminateConvention.of("1", lastDay, "Résiliation d'un commun accord"))));
        assertThat(history.asOf(lastDay).life().status()).isEqualTo(Life.Status.IN_FORCE);
        ConsolidatedConvention after = history.asOf(lastDay.plusDays(1));
        assertThat(after.life().status()).isEqualTo(Life.Status.TERMINATED);
        assertThat(after.life().day()).contains(lastDay.plusDays(1));
        assertThat(after.life().decidedBy()).contains(Provenance.of(Instrument.amendment(1), "1"));
        assertThat(after.commitments().total().amount()).hasValueSatisfying(amount -> assertThat(amount.isZero()).isTrue());
        assertThat(after.termination().orElseThrow().value().reason()).contains("Résiliation d'un commun accord");
        assertThat(history.timeline()).anySatisfy(event -> {
            assertThat(event.kind()).isEqualTo(TimelineEvent.Kind.END);
            assertThat(event.date()).isEqualTo(lastDay);
            assertThat(event.instrument()).isEqualTo(Instrument.amendment(1));
        });
    }

    @Test
    void noAmendmentIsConcludedAfterATerminationNorASecondTermination() {
        LocalDate lastDay = LocalDate.of(2020, 3, 31);
        History history = History.of(base(), List.of(signed(1, SIGNED, BASE_END, TerminateConvention.of("1", lastDay))));
        assertThat(history.check(signed(2, lastDay.plusDays(5), BASE_END, ChangeObject.of("1", "Autre objet"))))
                .extracting(Violation::code).containsExactly(HistoryCodes.AMENDMENT_AFTER_CONVENTION_END);
        assertThat(history.check(signed(2, lastDay.minusDays(5), BASE_END,
                TerminateConvention.of("1", lastDay.minusDays(1))))).extracting(Violation::code, Violation::path)
                .containsExactly(tuple(HistoryCodes.CHANGE_TARGET_EXISTS, "changes[0]"));
    }

    @Test
    void aTerminationAfterTheConventionEndedLeavesItEnded() {
        History history = History.of(base(), List.of(signed(1, SIGNED, BASE_END,
                TerminateConvention.of("1", BASE_END.plusYears(1)))));
        assertThat(history.asOf(BASE_END.plusYears(2)).life().status()).isEqualTo(Life.Status.ENDED);
    }
}
