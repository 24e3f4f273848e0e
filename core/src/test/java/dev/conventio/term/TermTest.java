package dev.conventio.term;

import static dev.conventio.validation.ValidationAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.validation.Violation;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TermTest {

    private static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);

    @Test
    void startOnSignatureIsTheLastSignatureDate() {
        Term term = Term.of(StartRule.onSignatureByAllParties(), TermEnd.on(END_2020));
        LocalDate signed = LocalDate.of(2020, 2, 3);
        assertThat(term.start().startDate(Optional.of(signed))).contains(signed);
        assertThat(term.start().startDate(Optional.empty())).isEmpty();
        assertThat(term.lastDay(signed)).contains(END_2020);
    }

    @Test
    void startOnADateOrOnNotification() {
        assertThat(StartRule.onDate(LocalDate.of(2020, 1, 1)).startDate(Optional.of(LocalDate.of(2020, 5, 5))))
                .contains(LocalDate.of(2020, 1, 1));
        assertThat(StartRule.onNotification().startDate(Optional.of(LocalDate.of(2020, 5, 5)))).isEmpty();
        assertThat(StartRule.notifiedOn(LocalDate.of(2020, 6, 1)).startDate(Optional.empty()))
                .contains(LocalDate.of(2020, 6, 1));
    }

    @Test
    void durationEndsTheDayBeforeTheAnniversary() {
        TermEnd twoYears = TermEnd.after(Period.ofYears(2));
        assertThat(twoYears.lastDay(LocalDate.of(2020, 1, 1))).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(twoYears).hasToString("P2Y");
        assertThat(TermEnd.on(END_2020)).hasToString("2020-12-31").isEqualTo(TermEnd.on(END_2020));
    }

    @Test
    void fixedEndMustComeAfterAFixedStart() {
        assertViolation(() -> Term.of(StartRule.onDate(END_2020), TermEnd.on(END_2020)),
                TermCodes.TERM_END_NOT_AFTER_START, "end");
        assertViolation(() -> Term.of(StartRule.onDate(END_2020), TermEnd.on(LocalDate.of(2020, 1, 1))),
                TermCodes.TERM_END_NOT_AFTER_START, "end");
        assertThat(Term.of(StartRule.onDate(LocalDate.of(2020, 1, 1)), TermEnd.on(END_2020)).end().flatMap(TermEnd::date))
                .contains(END_2020);
    }

    @Test
    void changingTheStartChecksTheEndAgain() {
        Term term = Term.of(StartRule.onSignatureByAllParties(), TermEnd.on(END_2020));
        assertViolation(() -> term.withStart(StartRule.onDate(LocalDate.of(2021, 1, 1))),
                TermCodes.TERM_END_NOT_AFTER_START, "end");
        assertThat(term.withEnd(TermEnd.on(LocalDate.of(2021, 6, 30))).end().flatMap(TermEnd::date))
                .contains(LocalDate.of(2021, 6, 30));
    }

    @Test
    void durationsMustBePositive() {
        assertViolation(() -> TermEnd.after(Period.ZERO), TermCodes.DURATION_NOT_POSITIVE, "duration");
        assertViolation(() -> TermEnd.after(Period.of(1, -13, 0)), TermCodes.DURATION_NOT_POSITIVE, "duration");
        assertViolation(() -> Renewal.of(Period.ZERO, 1, true), TermCodes.DURATION_NOT_POSITIVE, "period");
    }

    @Test
    void renewalsAllowAtLeastOneRenewal() {
        assertViolation(() -> Renewal.of(Period.ofYears(1), 0, true), TermCodes.RENEWAL_COUNT_NOT_POSITIVE,
                "maxRenewals");
        Renewal renewal = Renewal.of(Period.ofYears(1), 2, true);
        Term term = Term.of(StartRule.onDate(LocalDate.of(2020, 1, 1)), TermEnd.after(Period.ofYears(1)), renewal);
        assertThat(term.renewal()).contains(renewal);
    }

    @Test
    void theStartAndLastDayOfAnInstrumentConcludedOnADay() {
        LocalDate concluded = LocalDate.of(2019, 3, 4);
        Term onSignature = Term.of(StartRule.onSignatureByAllParties(), TermEnd.after(Period.ofYears(1)));
        assertThat(onSignature.startFor(concluded)).contains(concluded);
        assertThat(onSignature.lastDayFor(concluded)).contains(LocalDate.of(2020, 3, 3));
        Term fixed = Term.of(StartRule.onNotification(), TermEnd.on(END_2020));
        assertThat(fixed.startFor(concluded)).isEmpty();
        assertThat(fixed.lastDayFor(concluded)).contains(END_2020);
        Term pending = Term.of(StartRule.onNotification(), TermEnd.after(Period.ofYears(1)));
        assertThat(pending.lastDayFor(concluded)).isEmpty();
        assertThat(pending.lastPossibleDayFor(concluded)).isEmpty();
    }

    @Test
    void theLastPossibleDayCountsEveryRenewalTheClauseAllows() {
        Renewal twiceAYear = Renewal.of(Period.ofYears(1), 2, true);
        assertThat(twiceAYear.lastDayAfterRenewals(END_2020)).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(Renewal.of(Period.ofMonths(6), 1, false).lastDayAfterRenewals(LocalDate.of(2020, 2, 28)))
                .isEqualTo(LocalDate.of(2020, 8, 28));
        Term renewable = Term.of(StartRule.onSignatureByAllParties(), TermEnd.on(END_2020), twiceAYear);
        assertThat(renewable.lastDayFor(LocalDate.of(2019, 1, 1))).contains(END_2020);
        assertThat(renewable.lastPossibleDayFor(LocalDate.of(2019, 1, 1))).contains(LocalDate.of(2022, 12, 31));
        assertThat(Term.of(StartRule.onSignatureByAllParties(), TermEnd.on(END_2020))
                .lastPossibleDayFor(LocalDate.of(2019, 1, 1))).contains(END_2020);
    }

    @Test
    void aStartRuleParsesFromItsTextFormExactly() {
        for (StartRule rule : List.of(StartRule.onSignatureByAllParties(), StartRule.onDate(LocalDate.of(2020, 1, 1)),
                StartRule.onNotification(), StartRule.notifiedOn(LocalDate.of(2020, 3, 1)))) {
            assertThat(StartRule.parse(rule.toString())).isEqualTo(rule);
        }
        assertThat(StartRule.onDate(LocalDate.of(2020, 1, 1))).hasToString("on 2020-01-01");
        assertThat(StartRule.notifiedOn(LocalDate.of(2020, 3, 1))).hasToString("on notification of 2020-03-01");
        assertThat(StartRule.onSignatureByAllParties()).hasToString("on signature by all parties");
        for (String bad : List.of("", "ON_DATE 2020-01-01", "on 2020-02-30", "on 2020-1-01", "on signature",
                "on notification of", "on notification of 2020-13-01", "On 2020-01-01", "on  2020-01-01")) {
            Violation violation = assertViolation(() -> StartRule.parse(bad), TermCodes.START_RULE_MALFORMED, "");
            assertThat(violation.message()).as(bad).contains("'" + bad + "'");
        }
    }

    @Test
    void anEndParsesFromItsTextFormExactly() {
        for (TermEnd end : List.of(TermEnd.on(END_2020), TermEnd.after(Period.ofYears(2)),
                TermEnd.after(Period.of(1, 6, 0)), TermEnd.after(Period.ofDays(10)))) {
            assertThat(TermEnd.parse(end.toString())).isEqualTo(end);
        }
        for (String bad : List.of("", "2020-12-32", "20201231", "P1Y0M", "P2W", "p2y", "2 years", "P")) {
            Violation violation = assertViolation(() -> TermEnd.parse(bad), TermCodes.TERM_END_MALFORMED, "");
            assertThat(violation.message()).as(bad).contains("'" + bad + "'");
        }
        assertViolation(() -> TermEnd.parse("P-1Y"), TermCodes.DURATION_NOT_POSITIVE, "duration");
        assertViolation(() -> TermEnd.parse("P0D"), TermCodes.DURATION_NOT_POSITIVE, "duration");
    }

    @Test
    void aTermWithoutAnEndLastsFromItsStartOn() {
        Term open = Term.of(StartRule.onSignatureByAllParties());
        assertThat(open.end()).isEmpty();
        assertThat(open.isLimited()).isFalse();
        assertThat(open.lastDay(LocalDate.of(2020, 1, 1))).isEmpty();
        assertThat(open.lastDayFor(LocalDate.of(2020, 1, 1))).isEmpty();
        assertThat(open.lastPossibleDayFor(LocalDate.of(2020, 1, 1))).isEmpty();
        assertThat(open.startFor(LocalDate.of(2020, 1, 1))).contains(LocalDate.of(2020, 1, 1));
        assertThat(open.withEnd(TermEnd.on(END_2020)).isLimited()).isTrue();
        assertThat(Term.of(StartRule.onSignatureByAllParties(), TermEnd.on(END_2020)).isLimited()).isTrue();
    }

    @Test
    void aTermWithoutAnEndHasNothingToRenew() {
        Term open = Term.of(StartRule.onSignatureByAllParties());
        Renewal yearly = Renewal.of(Period.ofYears(1), 2, true);
        Violation violation = assertViolation(() -> ImmutableTerm.builder().from(open).renewal(yearly).build(),
                TermCodes.TERM_RENEWAL_WITHOUT_END, "renewal");
        assertThat(violation.message()).contains("needs an end");
        assertThat(Term.of(StartRule.onSignatureByAllParties(), TermEnd.on(END_2020), yearly).renewal()).contains(yearly);
    }
}
