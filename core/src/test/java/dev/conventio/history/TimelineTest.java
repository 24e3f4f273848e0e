package dev.conventio.history;

import static dev.conventio.history.Fixtures.BASE_END;
import static dev.conventio.history.Fixtures.CONCLUDED;
import static dev.conventio.history.Fixtures.DECIDED;
import static dev.conventio.history.Fixtures.GIP;
import static dev.conventio.history.Fixtures.METROPOLE;
import static dev.conventio.history.Fixtures.amendment;
import static dev.conventio.history.Fixtures.base;
import static dev.conventio.history.Fixtures.draft;
import static dev.conventio.history.Fixtures.signature;
import static dev.conventio.history.Fixtures.signed;
import static dev.conventio.history.Fixtures.unsigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.change.ChangeContributionAmount;
import dev.conventio.change.ChangeObject;
import dev.conventio.change.RecordDecision;
import dev.conventio.convention.Convention;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.term.Renewal;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final Instrument BASE = Instrument.base();
    private static final Instrument FIRST = Instrument.amendment(1);
    private static final Instrument SECOND = Instrument.amendment(2);

    @Test
    void eventsOfEveryKindInDateOrder() {
        LocalDate signed = LocalDate.of(2020, 3, 10);
        LocalDate meeting = LocalDate.of(2020, 4, 2);
        LocalDate lapse = LocalDate.of(2020, 10, 31);
        History history = History.of(base(), List.of(UnrecordedAmendment.of(1),
                signed(2, signed, lapse, RecordDecision.of("1", CommitteeDecision.of(meeting, "Lancement")))));

        assertThat(history.timeline()).extracting(TimelineEvent::date, TimelineEvent::kind, TimelineEvent::instrument)
                .containsExactly(
                        tuple(LocalDate.of(2017, 11, 20), TimelineEvent.Kind.SIGNATURE, BASE),
                        tuple(CONCLUDED, TimelineEvent.Kind.SIGNATURE, BASE),
                        tuple(CONCLUDED, TimelineEvent.Kind.CONCLUSION, BASE),
                        tuple(CONCLUDED, TimelineEvent.Kind.ENTRY_INTO_FORCE, BASE),
                        tuple(DECIDED, TimelineEvent.Kind.COMMITTEE_DECISION, BASE),
                        tuple(signed.minusDays(3), TimelineEvent.Kind.SIGNATURE, SECOND),
                        tuple(signed, TimelineEvent.Kind.SIGNATURE, SECOND),
                        tuple(signed, TimelineEvent.Kind.ENTRY_INTO_FORCE, SECOND),
                        tuple(meeting, TimelineEvent.Kind.COMMITTEE_DECISION, SECOND),
                        tuple(lapse, TimelineEvent.Kind.LAPSE, SECOND),
                        tuple(BASE_END, TimelineEvent.Kind.END, BASE));
    }

    @Test
    void eventsListedInAnotherOrderThanTheirDatesAreSorted() {
        // Amendment 2 is signed after amendment 1 but takes effect on a fixed day before it.
        LocalDate backDated = LocalDate.of(2018, 3, 1);
        History history = History.of(base(), List.of(signed(1, LocalDate.of(2018, 6, 1), BASE_END),
                amendment(2, BASE_END).term(Term.of(StartRule.onDate(backDated), TermEnd.on(BASE_END)))
                        .addSignature(signature(METROPOLE, LocalDate.of(2018, 7, 1)))
                        .addSignature(signature(GIP, LocalDate.of(2018, 7, 2)))
                        .build()));

        assertThat(history.timeline()).filteredOn(event -> event.kind() == TimelineEvent.Kind.ENTRY_INTO_FORCE)
                .extracting(TimelineEvent::date, TimelineEvent::instrument)
                .containsExactly(tuple(CONCLUDED, BASE), tuple(backDated, SECOND), tuple(LocalDate.of(2018, 6, 1), FIRST));
        assertThat(history.timeline()).extracting(TimelineEvent::date).isSorted();
    }

    @Test
    void lapsesSortAmongTheOtherEventsAndSameDayLapsesKeepTheOrderOfTheText() {
        // Amendment 1's changes lapse on one day, before amendment 2 is signed; amendment 1 lapses after it.
        LocalDate endOfYear = LocalDate.of(2018, 12, 31);
        LocalDate firstLapse = LocalDate.of(2019, 6, 30);
        History history = History.of(base(), List.of(
                signed(1, LocalDate.of(2018, 6, 1), firstLapse,
                        ChangeObject.of("2", "Objet pour 2018").withUntil(endOfYear),
                        ChangeContributionAmount.of("1", "phase-1", Money.parse("EUR 60000"), List.of())
                                .withUntil(endOfYear)),
                signed(2, LocalDate.of(2019, 3, 1), BASE_END)));

        assertThat(history.timeline()).filteredOn(event -> event.date().isAfter(LocalDate.of(2018, 6, 1))
                        && event.kind() != TimelineEvent.Kind.SIGNATURE)
                .extracting(TimelineEvent::date, TimelineEvent::kind, TimelineEvent::description)
                .containsExactly(
                        tuple(endOfYear, TimelineEvent.Kind.LAPSE, "last day a change of amendment n° 1, article 2, is in force"),
                        tuple(endOfYear, TimelineEvent.Kind.LAPSE, "last day a change of amendment n° 1, article 1, is in force"),
                        tuple(LocalDate.of(2019, 3, 1), TimelineEvent.Kind.ENTRY_INTO_FORCE, "amendment n° 2 takes effect"),
                        tuple(DECIDED, TimelineEvent.Kind.COMMITTEE_DECISION,
                                "Validation des phases 2 et 3 (validates phases [2, 3])"),
                        tuple(firstLapse, TimelineEvent.Kind.LAPSE, "last day the provisions of amendment n° 1 are in force"),
                        tuple(BASE_END, TimelineEvent.Kind.LAPSE, "last day the provisions of amendment n° 2 are in force"),
                        tuple(BASE_END, TimelineEvent.Kind.END, history.timeline().get(history.timeline().size() - 1)
                                .description()));
        assertThat(history.timeline()).extracting(TimelineEvent::date).isSorted();
    }

    @Test
    void eventsOfAHistoryAreValuesLikeEventsMadeWithOf() {
        LocalDate signed = LocalDate.of(2020, 3, 10);
        History history = History.of(base(), List.of(signed(1, signed, BASE_END,
                RecordDecision.of("2", CommitteeDecision.of(LocalDate.of(2020, 4, 2), "Lancement", 1)))));

        for (TimelineEvent event : history.timeline()) {
            TimelineEvent given = TimelineEvent.of(event.date(), event.kind(), event.instrument(), event.description());
            assertThat(event).isEqualTo(given).hasSameHashCodeAs(given).hasToString(given.toString());
        }
        assertThat(history.timeline()).extracting(TimelineEvent::description).contains(
                "amendment n° 1 signed for '" + GIP + "' by " + signature(GIP, signed).signatory().orElseThrow() + ", "
                        + signature(GIP, signed).capacity(),
                "amendment n° 1 takes effect",
                "last day the provisions of amendment n° 1 are in force",
                "Lancement (validates phases [1]), recorded by article 2");
    }

    @Test
    void sameDayEventsFollowTheOrderOfKindsThenOfTheText() {
        Convention sameDay = base().toBuilder().signatures(List.of(signature(METROPOLE, CONCLUDED),
                signature(GIP, CONCLUDED))).build();
        History history = History.of(sameDay, List.of(amendment(1, BASE_END)
                .addSignature(signature(METROPOLE, BASE_END)).addSignature(signature(GIP, BASE_END)).build()));

        List<TimelineEvent> timeline = history.timeline();
        assertThat(timeline).filteredOn(e -> e.date().equals(CONCLUDED))
                .extracting(TimelineEvent::kind).containsExactly(TimelineEvent.Kind.SIGNATURE,
                        TimelineEvent.Kind.SIGNATURE, TimelineEvent.Kind.CONCLUSION, TimelineEvent.Kind.ENTRY_INTO_FORCE);
        assertThat(timeline.get(0).description()).contains(METROPOLE);
        assertThat(timeline.get(1).description()).contains(GIP);
        assertThat(timeline).filteredOn(e -> e.date().equals(BASE_END))
                .extracting(TimelineEvent::kind, TimelineEvent::instrument).containsExactly(
                        tuple(TimelineEvent.Kind.SIGNATURE, FIRST), tuple(TimelineEvent.Kind.SIGNATURE, FIRST),
                        tuple(TimelineEvent.Kind.ENTRY_INTO_FORCE, FIRST), tuple(TimelineEvent.Kind.LAPSE, FIRST),
                        tuple(TimelineEvent.Kind.END, BASE));
        assertThat(history.timeline()).isEqualTo(timeline);
    }

    @Test
    void aDraftShowsOnlyItsDatedSignaturesAndNoDecisionOrEffect() {
        LocalDate metropoleSigned = LocalDate.of(2020, 5, 4);
        History history = History.of(base(), List.of(amendment(1, BASE_END,
                RecordDecision.of("1", CommitteeDecision.of(metropoleSigned, "Lancement")))
                .addSignature(signature(METROPOLE, metropoleSigned)).addSignature(unsigned(GIP)).build()));
        assertThat(history.timeline()).filteredOn(e -> e.instrument().equals(FIRST))
                .extracting(TimelineEvent::date, TimelineEvent::kind)
                .containsExactly(tuple(metropoleSigned, TimelineEvent.Kind.SIGNATURE));
        assertThat(History.of(base(), List.of(draft(1))).timeline()).filteredOn(e -> e.instrument().equals(FIRST))
                .isEmpty();
    }

    @Test
    void theEndIsTheLastDayOfTheTermRenewalsAside() {
        Convention renewable = base().toBuilder().term(Term.of(StartRule.onSignatureByAllParties(),
                TermEnd.after(Period.ofYears(2)), Renewal.of(Period.ofYears(1), 1, true))).build();
        assertThat(History.of(renewable).timeline()).filteredOn(e -> e.kind() == TimelineEvent.Kind.END)
                .singleElement().satisfies(end -> {
                    assertThat(end.date()).isEqualTo(CONCLUDED.plusYears(2).minusDays(1));
                    assertThat(end.description()).isEqualTo("last day of convention TEST 001, renewable 1 time(s) by P1Y");
                });
    }

    @Test
    void withoutATermThereIsNoEntryIntoForceNorEnd() {
        Convention noTerm = base().toBuilder().term(java.util.Optional.empty()).build();
        assertThat(History.of(noTerm).timeline()).extracting(TimelineEvent::kind)
                .doesNotContain(TimelineEvent.Kind.ENTRY_INTO_FORCE, TimelineEvent.Kind.END);
    }
}
