package dev.conventio.history;

import static dev.conventio.history.Fixtures.BASE_END;
import static dev.conventio.history.Fixtures.GIP;
import static dev.conventio.history.Fixtures.METROPOLE;
import static dev.conventio.history.Fixtures.amendment;
import static dev.conventio.history.Fixtures.base;
import static dev.conventio.history.Fixtures.contribution;
import static dev.conventio.history.Fixtures.draft;
import static dev.conventio.history.Fixtures.signature;
import static dev.conventio.history.Fixtures.signed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.change.AddContribution;
import dev.conventio.change.AddPhase;
import dev.conventio.change.ChangeContributionAmount;
import dev.conventio.change.ChangePhaseStatus;
import dev.conventio.change.SetOrientations;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.validation.Violations;
import dev.conventio.work.Orientation;
import dev.conventio.work.Phase;
import dev.conventio.work.PhaseStatus;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A history starts consolidations from the state its last amendment left when it can; the result
 * must be what applying every amendment in force to the base gives.
 */
class IncrementalConsolidationTest {

    private static final List<AmendmentRecord> AMENDMENTS = List.of(
            signed(1, LocalDate.of(2018, 3, 1), BASE_END, AddContribution.of("2", contribution("a", "EUR 10", 2018))),
            signed(2, LocalDate.of(2018, 6, 1), LocalDate.of(2019, 5, 31),
                    AddPhase.of("1", Phase.of(4, "Prospective")),
                    ChangeContributionAmount.of("2", "a", Money.parse("EUR 20"), List.of())),
            UnrecordedAmendment.of(3),
            draft(4, ChangePhaseStatus.of("1", 1, PhaseStatus.ABANDONED)),
            signed(5, LocalDate.of(2019, 1, 15), BASE_END,
                    SetOrientations.of("1", 2, List.of(Orientation.of(1, "Nouvelle orientation"))),
                    ChangePhaseStatus.of("1", 3, PhaseStatus.IN_PROGRESS)),
            signed(6, LocalDate.of(2019, 9, 1), LocalDate.of(2020, 3, 31),
                    ChangeContributionAmount.of("2", "a", Money.parse("EUR 30"), List.of())));

    @Test
    void everyDayGivesWhatApplyingEveryAmendmentInForceGives() {
        History history = History.of(base(), AMENDMENTS);
        for (LocalDate day = LocalDate.of(2018, 1, 1); day.isBefore(LocalDate.of(2021, 1, 10)); day = day.plusDays(7)) {
            ConsolidatedConvention expected = FromScratch.consolidate(base(), AMENDMENTS, day);
            ConsolidatedConvention actual = history.asOf(day);
            assertThat(actual.amendmentsInForce()).as(day.toString()).isEqualTo(expected.amendmentsInForce());
            assertThat(actual.convention()).as(day.toString()).isEqualTo(expected.convention());
            assertThat(actual.parties()).isEqualTo(expected.parties());
            assertThat(actual.phases()).as(day.toString()).isEqualTo(expected.phases());
            for (Sourced<Phase> phase : expected.phases()) {
                assertThat(actual.orientations(phase.value().number()))
                        .isEqualTo(expected.orientations(phase.value().number()));
            }
            assertThat(actual.contributions()).as(day.toString()).isEqualTo(expected.contributions());
            assertThat(actual.decisions()).isEqualTo(expected.decisions());
            assertThat(actual.articles()).isEqualTo(expected.articles());
            assertThat(actual.term()).isEqualTo(expected.term());
            assertThat(actual.object()).isEqualTo(expected.object());
            assertThat(actual.date()).isEqualTo(day);
        }
    }

    @Test
    void anAmendmentThatTakesEffectBeforeAnEarlierOneIsNotTakenForTheStateItLeft() {
        // Amendment 2 is signed after amendment 1 but takes effect on a fixed day before it: the
        // state the history keeps (amendment 2 alone, on 2018-03-01) is not the state of a day on
        // which both are in force.
        Amendment first = signed(1, LocalDate.of(2018, 6, 1), BASE_END,
                AddContribution.of("2", contribution("b", "EUR 10", 2018)));
        Amendment backDated = amendment(2, BASE_END, AddContribution.of("2", contribution("c", "EUR 20", 2018)))
                .term(Term.of(StartRule.onDate(LocalDate.of(2018, 3, 1)), TermEnd.on(BASE_END)))
                .addSignature(signature(METROPOLE, LocalDate.of(2018, 7, 1)))
                .addSignature(signature(GIP, LocalDate.of(2018, 7, 2)))
                .build();
        History history = History.of(base(), List.of(first, backDated));

        ConsolidatedConvention before = history.asOf(LocalDate.of(2018, 4, 1));
        ConsolidatedConvention both = history.asOf(LocalDate.of(2018, 8, 1));

        assertThat(before.amendmentsInForce()).containsExactly(2);
        assertThat(before.contribution("b")).isEmpty();
        assertThat(both.amendmentsInForce()).containsExactly(1, 2);
        assertThat(both.contribution("b")).isPresent();
        assertThat(both.contribution("c")).isPresent();
        assertThat(both.date()).isEqualTo(LocalDate.of(2018, 8, 1));
    }

    @Test
    void addingOneByOneGivesTheSameHistoryAsAddingAll() {
        History oneByOne = History.of(base());
        for (AmendmentRecord record : AMENDMENTS) {
            oneByOne = oneByOne.add(record);
        }
        History all = History.of(base(), AMENDMENTS);
        assertThat(oneByOne.amendments()).isEqualTo(all.amendments());
        for (LocalDate day : List.of(LocalDate.of(2018, 7, 1), LocalDate.of(2019, 2, 1), LocalDate.of(2019, 10, 1))) {
            assertThat(oneByOne.asOf(day).contributions()).isEqualTo(all.asOf(day).contributions());
        }
    }
}
