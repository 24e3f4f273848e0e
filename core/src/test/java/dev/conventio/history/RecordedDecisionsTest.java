package dev.conventio.history;

import static dev.conventio.history.Fixtures.BASE_END;
import static dev.conventio.history.Fixtures.DECIDED;
import static dev.conventio.history.Fixtures.base;
import static dev.conventio.history.Fixtures.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.conventio.change.AddPhase;
import dev.conventio.change.RecordDecision;
import dev.conventio.change.RemovePhase;
import dev.conventio.convention.ConventionCodes;
import dev.conventio.date.PartialDate;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.validation.Violation;
import dev.conventio.work.Phase;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The states of a history share their decisions and check only those recorded since: the decisions
 * stay in date order, duplicates are found whatever their day, and a violation is reported as the
 * whole convention would report it.
 */
class RecordedDecisionsTest {

    private static final CommitteeDecision LATE = CommitteeDecision.of(LocalDate.of(2019, 9, 1), "Bilan");
    private static final CommitteeDecision EARLY = CommitteeDecision.of(LocalDate.of(2018, 2, 1), "Lancement");
    private static final CommitteeDecision SAME_DAY = CommitteeDecision.of(DECIDED, "Autre point du même comité");

    @Test
    void decisionsRecordedOutOfDateOrderAreListedInDateOrder() {
        History history = History.of(base(), List.of(
                signed(1, LocalDate.of(2019, 10, 1), BASE_END, RecordDecision.of("1", LATE)),
                signed(2, LocalDate.of(2019, 11, 1), BASE_END, RecordDecision.of("1", EARLY),
                        RecordDecision.of("2", SAME_DAY))));
        ConsolidatedConvention view = history.asOf(LocalDate.of(2020, 1, 1));
        assertThat(view.decisions()).extracting(Sourced::value).extracting(CommitteeDecision::statement)
                .containsExactly("Lancement", "Validation des phases 2 et 3", "Autre point du même comité", "Bilan");
        assertThat(view.decisions()).extracting(Sourced::provenance).containsExactly(
                Provenance.of(Instrument.amendment(2), "1"), Provenance.base(), Provenance.of(Instrument.amendment(2), "2"),
                Provenance.of(Instrument.amendment(1), "1"));
        assertThat(view.convention().decisions()).extracting(CommitteeDecision::statement)
                .containsExactly("Lancement", "Validation des phases 2 et 3", "Autre point du même comité", "Bilan");
    }

    @Test
    void aDecisionRecordedAgainIsFoundAmongThoseOfItsDay() {
        History history = History.of(base(), List.of(
                signed(1, LocalDate.of(2019, 10, 1), BASE_END, RecordDecision.of("1", SAME_DAY))));
        CommitteeDecision base = history.base().decisions().get(0);
        List<Violation> again = history.check(signed(2, LocalDate.of(2019, 11, 1), BASE_END,
                RecordDecision.of("1", SAME_DAY), RecordDecision.of("1", base),
                RecordDecision.of("1", CommitteeDecision.of(DECIDED, "Un troisième point"))));
        assertThat(again).extracting(Violation::code, Violation::path).containsExactly(
                tuple(HistoryCodes.CHANGE_TARGET_EXISTS, "changes[0]"), tuple(HistoryCodes.CHANGE_TARGET_EXISTS,
                        "changes[1]"));
    }

    @Test
    void aRecordedDecisionOnAPhaseThatDoesNotExistIsReportedAtItsPlaceInTheWholeConvention() {
        History history = History.of(base(), List.of(
                signed(1, LocalDate.of(2019, 10, 1), BASE_END, RecordDecision.of("1", LATE))));
        List<Violation> violations = history.check(signed(2, LocalDate.of(2019, 11, 1), BASE_END,
                RecordDecision.of("1", CommitteeDecision.of(LocalDate.of(2019, 10, 15), "Phase 7", 7))));
        // At the decision of the change, though third in date order in the whole convention.
        assertThat(violations).extracting(Violation::code, Violation::path)
                .containsExactly(tuple(ConventionCodes.DECISION_PHASE_UNKNOWN, "changes[0].decision.validatedPhases"));
    }

    @Test
    void removingAPhaseChecksTheDecisionsRecordedBefore() {
        History history = History.of(base(), List.of(signed(1, LocalDate.of(2019, 10, 1), BASE_END,
                RecordDecision.of("1", CommitteeDecision.of(LocalDate.of(2019, 9, 1), "Phase 2", 2)))));
        assertThat(history.check(signed(2, LocalDate.of(2019, 11, 1), BASE_END, RemovePhase.of("1", 3))))
                .singleElement().satisfies(violation -> {
                    assertThat(violation.code()).isEqualTo(ConventionCodes.DECISION_PHASE_UNKNOWN);
                    assertThat(violation.path()).isEqualTo("changes[0].phase");
                    assertThat(violation.message()).contains("decisions[0].validatedPhases");
                });
    }

    @Test
    void aDecisionOutlivesTheTimeLimitedAmendmentThatRecordedIt() {
        // Amendment 1, in force until the end of 2019, adds a fourth phase and records its validation.
        CommitteeDecision validation = CommitteeDecision.of(LocalDate.of(2019, 10, 15), "Validation de la phase 4", 4);
        History history = History.of(base(), List.of(signed(1, LocalDate.of(2019, 10, 1), LocalDate.of(2019, 12, 31),
                AddPhase.of("1", Phase.of(4, "Prospective")), RecordDecision.of("2", validation))));
        Sourced<CommitteeDecision> recorded = Sourced.of(validation, Provenance.of(Instrument.amendment(1), "2"));

        ConsolidatedConvention inForce = history.asOf(LocalDate.of(2019, 12, 31));
        assertThat(inForce.decisions()).contains(recorded);
        assertThat(inForce.lapsedDecisions()).isEmpty();
        assertThat(inForce.convention().decisions()).contains(validation);

        ConsolidatedConvention after = history.asOf(LocalDate.of(2020, 1, 1));
        assertThat(after.amendmentsInForce()).isEmpty();
        assertThat(after.phases()).hasSize(3);
        assertThat(after.decisions()).extracting(Sourced::value).extracting(CommitteeDecision::statement)
                .containsExactly("Validation des phases 2 et 3", "Validation de la phase 4");
        assertThat(after.decisions()).last().isEqualTo(recorded);
        assertThat(after.lapsedDecisions()).containsExactly(recorded);
        // The convention as its provisions stand no longer has the phase the decision validated.
        assertThat(after.convention().decisions()).doesNotContain(validation);
    }

    @Test
    void lapsedDecisionsTakeTheirPlaceInDateOrderAmongTheConventions() {
        History history = History.of(base(), List.of(
                signed(1, LocalDate.of(2019, 10, 1), LocalDate.of(2019, 12, 31), RecordDecision.of("1", LATE)),
                signed(2, LocalDate.of(2019, 11, 1), BASE_END, RecordDecision.of("1", EARLY))));
        ConsolidatedConvention view = history.asOf(LocalDate.of(2020, 6, 1));
        assertThat(view.decisions()).extracting(Sourced::value)
                .containsExactly(EARLY, history.base().decisions().get(0), LATE);
        assertThat(view.lapsedDecisions()).extracting(Sourced::value).containsExactly(LATE);
        assertThat(view.convention().decisions()).containsExactly(EARLY, history.base().decisions().get(0));
    }

    @Test
    void aDecisionKnownToTheMonthTakesItsPlaceByItsFirstDayAndIsOnNoDayOfTheTimeline() {
        CommitteeDecision june = CommitteeDecision.of(PartialDate.of(YearMonth.of(2019, 6)), "Comité de juin");
        History history = History.of(base(), List.of(
                signed(1, LocalDate.of(2019, 10, 1), BASE_END, RecordDecision.of("1", LATE), RecordDecision.of("1", june))));
        assertThat(history.asOf(LocalDate.of(2019, 10, 1)).decisions()).extracting(Sourced::value)
                .containsExactly(history.base().decisions().get(0), june, LATE);
        assertThat(june.date()).isEmpty();
        assertThat(history.timeline()).filteredOn(event -> event.kind() == TimelineEvent.Kind.COMMITTEE_DECISION)
                .extracting(TimelineEvent::date).containsExactly(DECIDED, LATE.date().orElseThrow());
        // Recorded again, the same decision is found among those of its month.
        assertThat(history.check(signed(2, LocalDate.of(2019, 11, 1), BASE_END, RecordDecision.of("1", june))))
                .extracting(Violation::code).containsExactly(HistoryCodes.CHANGE_TARGET_EXISTS);
    }
}
