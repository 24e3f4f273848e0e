package dev.conventio.history;

import static dev.conventio.history.Fixtures.BASE_END;
import static dev.conventio.history.Fixtures.GIP;
import static dev.conventio.history.Fixtures.METROPOLE;
import static dev.conventio.history.Fixtures.amendment;
import static dev.conventio.history.Fixtures.base;
import static dev.conventio.history.Fixtures.signature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.conventio.amendment.Amendment;
import dev.conventio.convention.Convention;
import dev.conventio.convention.ConventionCodes;
import dev.conventio.date.DateCodes;
import dev.conventio.date.PartialDate;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.signature.Signature;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A convention whose conclusion is known to the month, the year or not at all (« signée en
 * 2017 »): its rules compare the earliest and latest days the date allows, nothing gives it a day,
 * and its life is undetermined wherever it depends on that day.
 */
class ConclusionInPartTest {

    private static final PartialDate IN_2017 = PartialDate.parse("2017");

    /** The base concluded in 2017, its signatures not dated to the day either. */
    private static Convention concludedIn(PartialDate date) {
        return base().toBuilder().concludedOn(date)
                .signatures(List.of(Signature.byOffice(METROPOLE, "Pour la Métropole", date),
                        Signature.byOffice(GIP, "Pour le GIP", date)))
                .build();
    }

    private static Amendment signedOn(LocalDate day) {
        return amendment(1, BASE_END).addSignature(signature(METROPOLE, day)).addSignature(signature(GIP, day))
                .build();
    }

    @Test
    void theConclusionIsAPartialDateAndItsDayIsPresentOnlyWhenKnown() {
        assertThat(base().concludedOn()).isEqualTo(PartialDate.of(Fixtures.CONCLUDED));
        assertThat(base().conclusionDate()).contains(Fixtures.CONCLUDED);
        Convention in2017 = concludedIn(IN_2017);
        assertThat(in2017.concludedOn()).isEqualTo(IN_2017);
        assertThat(in2017.conclusionDate()).isEmpty();
        assertThat(concludedIn(PartialDate.unknown()).conclusionDate()).isEmpty();
    }

    @Test
    void aDayOutsideTheYearsTheModelHoldsIsRefusedAtConcludedOn() {
        assertThatThrownBy(() -> Convention.builder().concludedOn(LocalDate.of(10_000, 1, 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code, Violation::path)
                        .containsExactly(tuple(DateCodes.DATE_OUT_OF_RANGE, "concludedOn")));
    }

    @Test
    void aDecisionIsBeforeTheConclusionOnlyWhenEveryDayOfBothSaysSo() {
        Convention in2017 = concludedIn(IN_2017);
        assertThatThrownBy(() -> in2017.toBuilder()
                .decisions(List.of(CommitteeDecision.of(LocalDate.of(2016, 12, 31), "Validation", 2))).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code, Violation::path)
                        .containsExactly(tuple(ConventionCodes.DECISION_BEFORE_CONCLUSION, "decisions[0].date")));
        // Any day of 2017 may come after the conclusion, and nothing is known of an unknown one.
        assertThat(in2017.toBuilder().decisions(List.of(CommitteeDecision.of(LocalDate.of(2017, 1, 1),
                "Validation", 2))).build().decisions()).hasSize(1);
        assertThat(concludedIn(PartialDate.unknown()).toBuilder().decisions(List.of(CommitteeDecision.of(
                LocalDate.of(1990, 1, 1), "Validation", 2))).build().decisions()).hasSize(1);
    }

    @Test
    void aSignatureIsAfterTheConclusionOnlyWhenEveryDayOfBothSaysSo() {
        Convention inNovember = base().toBuilder().concludedOn(PartialDate.parse("2017-11")).build();
        assertThat(inNovember.signatures()).hasSize(2);
        assertThatThrownBy(() -> inNovember.toBuilder().signatures(List.of(signature(METROPOLE,
                LocalDate.of(2017, 12, 1)))).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code, Violation::path)
                        .containsExactly(tuple(ConventionCodes.SIGNATURE_AFTER_CONCLUSION, "signatures[0].date")));
    }

    @Test
    void anAmendmentCertainlySignedBeforeIsAViolationAndOnePossiblyBeforeIsUndetermined() {
        History history = History.of(concludedIn(IN_2017));
        assertThatThrownBy(() -> history.add(signedOn(LocalDate.of(2016, 12, 31))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code, Violation::path, Violation::isUndetermined)
                        .contains(tuple(HistoryCodes.AMENDMENT_BEFORE_CONVENTION, "signatures[0].date", false)));
        assertThat(history.check(signedOn(LocalDate.of(2017, 6, 1))))
                .extracting(Violation::code, Violation::path, Violation::isUndetermined)
                .containsExactly(tuple(HistoryCodes.AMENDMENT_BEFORE_CONVENTION, "signatures[0].date", true),
                        tuple(HistoryCodes.AMENDMENT_BEFORE_CONVENTION, "signatures[1].date", true));
        assertThat(history.check(signedOn(LocalDate.of(2018, 1, 2)))).isEmpty();
    }

    @Test
    void aConclusionNotKnownAtAllIsNoEvidenceEitherWay() {
        History history = History.of(concludedIn(PartialDate.unknown()));
        assertThat(history.check(signedOn(LocalDate.of(2017, 6, 1)))).isEmpty();
        assertThat(history.add(signedOn(LocalDate.of(2017, 6, 1))).undetermined()).isEmpty();
        assertThat(history.asOf(LocalDate.of(2019, 1, 1)).life().reason()).hasValueSatisfying(reason ->
                assertThat(reason).isEqualTo("the convention takes effect on its conclusion, whose date is not known"));
    }

    @Test
    void aStartOnConclusionKnownInPartLeavesTheLifeUndeterminedBesideTheRecordedAmount() {
        ConsolidatedConvention view = History.of(concludedIn(IN_2017)).asOf(LocalDate.of(2019, 1, 1));
        assertThat(view.life().status()).isEqualTo(Life.Status.UNDETERMINED);
        assertThat(view.life().day()).isEmpty();
        assertThat(view.life().reason()).hasValueSatisfying(reason ->
                assertThat(reason).contains("on its conclusion, known only as 2017"));
        // As for any undetermined life: the recorded amount stands, flagged by the life it is given with.
        assertThat(view.commitments().total().amount()).contains(Money.parse("EUR 50000"));
        assertThat(view.commitments().total().life().status()).isEqualTo(Life.Status.UNDETERMINED);
    }

    @Test
    void aStartOnAFixedDayNeedsNoConclusionDay() {
        Convention fixed = concludedIn(IN_2017).toBuilder()
                .term(Term.of(StartRule.onDate(LocalDate.of(2018, 1, 1)), TermEnd.on(BASE_END))).build();
        History history = History.of(fixed);
        assertThat(history.asOf(LocalDate.of(2019, 1, 1)).life().status()).isEqualTo(Life.Status.IN_FORCE);
        assertThat(history.asOf(LocalDate.of(2017, 12, 31)).life().status()).isEqualTo(Life.Status.NOT_YET_IN_FORCE);
        assertThat(history.asOf(BASE_END.plusDays(1)).life().status()).isEqualTo(Life.Status.ENDED);
        assertThat(fixed.term().orElseThrow().totalDurationFor(fixed.concludedOn())).contains(Period.of(3, 0, 0));
    }

    @Test
    void theTimelineHasNoConclusionEventWithoutItsDay() {
        List<TimelineEvent> events = History.of(concludedIn(IN_2017)).timeline();
        assertThat(events).extracting(TimelineEvent::kind).doesNotContain(TimelineEvent.Kind.CONCLUSION,
                TimelineEvent.Kind.ENTRY_INTO_FORCE, TimelineEvent.Kind.SIGNATURE);
        assertThat(History.of(base()).timeline()).extracting(TimelineEvent::kind)
                .contains(TimelineEvent.Kind.CONCLUSION);
    }

    @Test
    void aTermFromItsConclusionKnownInPartHasNoDayButAFixedEndAndADurationStay() {
        Term fromConclusion = Term.of(StartRule.onSignatureByAllParties(), TermEnd.after(Period.ofYears(3)));
        assertThat(fromConclusion.startFor(IN_2017)).isEmpty();
        assertThat(fromConclusion.lastDayFor(IN_2017)).isEmpty();
        assertThat(fromConclusion.lastPossibleDayFor(IN_2017)).isEmpty();
        assertThat(fromConclusion.totalDurationFor(IN_2017)).contains(Period.ofYears(3));
        assertThat(fromConclusion.startFor(PartialDate.of(Fixtures.CONCLUDED))).contains(Fixtures.CONCLUDED);
        Term fixedEnd = Term.of(StartRule.onSignatureByAllParties(), TermEnd.on(BASE_END));
        assertThat(fixedEnd.lastDayFor(PartialDate.unknown())).contains(BASE_END);
        assertThat(fixedEnd.totalDurationFor(IN_2017)).isEmpty();
    }
}
