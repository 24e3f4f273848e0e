package dev.conventio.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.History;
import dev.conventio.history.Instrument;
import dev.conventio.history.Provenance;
import dev.conventio.history.Sourced;
import dev.conventio.history.TimelineEvent;
import dev.conventio.work.Phase;
import dev.conventio.work.PhaseStatus;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.history.AmendmentPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Checks the reference history against the facts of the reference document. */
class ReferenceHistoryTest {

    private static final LocalDate MID_2020 = LocalDate.of(2020, 6, 30);
    private static final LocalDate AFTER_LAPSE = LocalDate.of(2021, 1, 1);
    private static final Instrument AVENANT_2 = Instrument.amendment(2);
    private static final Money HUNDRED_THOUSAND = Money.of(CurrencyUnit.EUR, 100_000);

    @Test
    void avenant1IsDeclaredWithoutContent() {
        assertThat(ReferenceHistory.asSigned().amendments().get(0)).isInstanceOf(UnrecordedAmendment.class)
                .extracting(record -> record.number()).isEqualTo(1);
    }

    @Nested
    class AsDrafted {

        private final History history = ReferenceHistory.asDrafted();

        @Test
        void avenant2IsKeptAsADraft() {
            assertThat(history.amendments().get(1)).isInstanceOfSatisfying(Amendment.class,
                    avenant -> assertThat(avenant.isDraft()).isTrue());
        }

        @Test
        void theDraftIsNeverInForce() {
            ConsolidatedConvention mid2020 = history.asOf(MID_2020);
            assertThat(mid2020.amendmentsInForce()).isEmpty();
            assertThat(mid2020.convention()).isEqualTo(ReferenceConvention.convention());
            assertThat(mid2020.commitments().forBudgetYear(Year.of(2020)).amount()).isEmpty();
        }

        @Test
        void theTimelineHoldsOnlyTheConclusion() {
            assertThat(history.timeline()).extracting(TimelineEvent::date, TimelineEvent::kind)
                    .containsExactly(tuple(LocalDate.of(2017, 11, 22), TimelineEvent.Kind.CONCLUSION));
        }
    }

    @Nested
    class AsSigned {

        private final History history = ReferenceHistory.asSigned();
        private final ConsolidatedConvention mid2020 = history.asOf(MID_2020);
        private final ConsolidatedConvention afterLapse = history.asOf(AFTER_LAPSE);

        private Provenance article(String number) {
            return Provenance.of(AVENANT_2, number);
        }

        @Test
        void avenant2IsInForceMid2020AndNotAfterItsTerm() {
            assertThat(mid2020.amendmentsInForce()).containsExactly(2);
            assertThat(afterLapse.amendmentsInForce()).isEmpty();
            assertThat(history.asOf(LocalDate.of(2020, 12, 31)).amendmentsInForce()).containsExactly(2);
        }

        @Test
        void bothStatesMayBeIncompleteBecauseOfAvenant1() {
            assertThat(mid2020.unrecordedBefore()).extracting(UnrecordedAmendment::number).containsExactly(1);
            assertThat(afterLapse.isPossiblyIncomplete()).isTrue();
        }

        @Test
        void article1SetsTheFourOrientationsOfPhase3AndValidatesPhases2And3() {
            assertThat(mid2020.orientations(3)).hasSize(4).extracting(Sourced::provenance).containsOnly(article("1"));
            assertThat(mid2020.phases()).extracting(p -> p.value().status(), Sourced::provenance).containsExactly(
                    tuple(PhaseStatus.PLANNED, Provenance.base()),
                    tuple(PhaseStatus.VALIDATED, article("1")),
                    tuple(PhaseStatus.VALIDATED, article("1")));
            assertThat(mid2020.decisions()).singleElement().satisfies(decision -> {
                assertThat(decision.value().date()).contains(LocalDate.of(2019, 3, 21));
                assertThat(decision.value().validatedPhases()).containsExactly(2, 3);
                assertThat(decision.provenance()).isEqualTo(article("1"));
            });
        }

        @Test
        void article2CommitsOneHundredThousandEurosFor2020() {
            assertThat(mid2020.contribution(ReferenceConvention.CONTRIBUTION_2020)).hasValueSatisfying(c -> {
                assertThat(c.value().amount()).contains(HUNDRED_THOUSAND);
                assertThat(c.value().contributor()).isEqualTo(ReferenceConvention.METROPOLE);
                assertThat(c.value().beneficiary()).isEqualTo(ReferenceConvention.GIP);
                assertThat(c.provenance()).isEqualTo(article("2"));
            });
            assertThat(mid2020.commitments().forBudgetYear(Year.of(2020)).amount()).contains(HUNDRED_THOUSAND);
            // The convention's own term is not recorded: its life on the date cannot be told.
            assertThat(mid2020.life().status()).isEqualTo(dev.conventio.history.Life.Status.UNDETERMINED);
            assertThat(mid2020.commitments().byContributor().get(ReferenceConvention.METROPOLE).amount()).contains(HUNDRED_THOUSAND);
            assertThat(afterLapse.commitments().forBudgetYear(Year.of(2020)).amount()).isEmpty();
        }

        @Test
        void article3SetsUpTheSteeringCommittee() {
            assertThat(mid2020.steeringCommittee()).hasValueSatisfying(c -> {
                assertThat(c.value().name()).isEqualTo("Comité de pilotage");
                assertThat(c.provenance()).isEqualTo(article("3"));
            });
            assertThat(afterLapse.steeringCommittee()).isEmpty();
        }

        @Test
        void whatAvenant2DoesNotTouchComesFromTheBase() {
            assertThat(mid2020.object().provenance()).isEqualTo(Provenance.base());
            assertThat(mid2020.parties()).extracting(Sourced::provenance).containsOnly(Provenance.base());
            assertThat(mid2020.term()).as("the document gives no term for the convention").isEmpty();
        }

        @Test
        void afterItsLapseTheBaseAloneIsInForce() {
            assertThat(afterLapse.convention()).isEqualTo(ReferenceConvention.convention());
            assertThat(afterLapse.phases()).extracting(Sourced::value).extracting(Phase::status)
                    .containsOnly(PhaseStatus.PLANNED);
        }

        @Test
        void theTimelineShowsTheDecisionTheIllustrativeSignaturesTheEffectAndTheLapse() {
            assertThat(history.timeline()).extracting(TimelineEvent::date, TimelineEvent::kind, TimelineEvent::instrument)
                    .containsExactly(
                            tuple(LocalDate.of(2017, 11, 22), TimelineEvent.Kind.CONCLUSION, Instrument.base()),
                            tuple(LocalDate.of(2019, 3, 21), TimelineEvent.Kind.COMMITTEE_DECISION, AVENANT_2),
                            tuple(ReferenceConvention.ILLUSTRATIVE_METROPOLE_SIGNATURE, TimelineEvent.Kind.SIGNATURE,
                                    AVENANT_2),
                            tuple(ReferenceConvention.ILLUSTRATIVE_GIP_SIGNATURE, TimelineEvent.Kind.SIGNATURE, AVENANT_2),
                            tuple(ReferenceConvention.ILLUSTRATIVE_GIP_SIGNATURE, TimelineEvent.Kind.ENTRY_INTO_FORCE,
                                    AVENANT_2),
                            tuple(LocalDate.of(2020, 12, 31), TimelineEvent.Kind.LAPSE, AVENANT_2));
        }
    }

    @Test
    void theDocumentedExampleDoesWhatItSays() throws IOException {
        History history = History.of(ReferenceConvention.convention(),
                List.of(UnrecordedAmendment.of(1), ReferenceConvention.avenant2Signed()))
                .withPolicies(AmendmentPolicy.objectUnchanged(), AmendmentPolicy.maxIncreasePerAmendment(new BigDecimal("50")));
        ConsolidatedConvention mid2020 = history.asOf(MID_2020);
        Sourced<FinancialContribution> c = mid2020.contribution("participation-2020").orElseThrow();
        String doc = Docs.page("history.md");
        assertThat(doc).contains("// " + c.value().amount().orElseThrow() + " set by " + c.provenance())
                .contains("// " + mid2020.commitments().forBudgetYear(Year.of(2020)).amount())
                .contains("// " + mid2020.isPossiblyIncomplete() + ": amendment n° 1 is not recorded")
                .contains("// " + history.asOf(AFTER_LAPSE).amendmentsInForce() + ": its term ended on 2020-12-31");
        assertThat(history.policies()).hasSize(2);
    }

    @Test
    void printShowsBothCasesAndLabelsIllustrativeDates() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReferenceHistory.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed)
                .contains("projet, signatures non datées : jamais en vigueur")
                .contains("Version consolidée au 2020-06-30 — avenants appliqués : [2]")
                .contains("Version consolidée au 2021-01-01 — avenants appliqués : aucun")
                .contains("[avenant n° 2, article 2]")
                .contains("Engagé pour 2020, au 2020-06-30 : EUR 100000.00")
                .contains("Engagé pour 2020, au 2021-01-01 : rien")
                .contains(ReferenceConvention.ILLUSTRATIVE_GIP_SIGNATURE + " prise d'effet");
        assertThat(printed.lines().filter(line -> line.contains("signature —")))
                .isNotEmpty().allMatch(line -> line.contains("illustrative"));
    }
}
