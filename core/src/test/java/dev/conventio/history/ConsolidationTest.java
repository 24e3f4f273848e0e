package dev.conventio.history;

import static dev.conventio.history.Fixtures.BASE_END;
import static dev.conventio.history.Fixtures.COMMUNE;
import static dev.conventio.history.Fixtures.CONCLUDED;
import static dev.conventio.history.Fixtures.GIP;
import static dev.conventio.history.Fixtures.METROPOLE;
import static dev.conventio.history.Fixtures.amendment;
import static dev.conventio.history.Fixtures.base;
import static dev.conventio.history.Fixtures.contribution;
import static dev.conventio.history.Fixtures.draft;
import static dev.conventio.history.Fixtures.party;
import static dev.conventio.history.Fixtures.signature;
import static dev.conventio.history.Fixtures.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.change.AddContribution;
import dev.conventio.change.ChangeObject;
import dev.conventio.change.ChangePhaseStatus;
import dev.conventio.change.ChangeRepresentative;
import dev.conventio.change.ChangeTermEnd;
import dev.conventio.change.RecordDecision;
import dev.conventio.change.RemoveContribution;
import dev.conventio.change.RemoveParty;
import dev.conventio.change.ReplaceArticle;
import dev.conventio.change.SetGovernance;
import dev.conventio.change.SetOrientations;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.date.DateRange;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.governance.SteeringCommittee;
import dev.conventio.party.Civility;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Person;
import dev.conventio.party.Representative;
import dev.conventio.signature.Signature;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.ViolationCode;
import dev.conventio.work.Orientation;
import dev.conventio.work.PhaseStatus;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConsolidationTest {

    private static final LocalDate SIGNED = LocalDate.of(2020, 3, 10);
    private static final LocalDate AMENDMENT_END = LocalDate.of(2020, 12, 31);
    private static final List<Orientation> ORIENTATIONS =
            List.of(Orientation.of(1, "Accompagnement des professionnels"), Orientation.of(2, "Jeunesse"));
    private static final FinancialContribution PHASE_3 = contribution("phase-3", "EUR 100000", 2020);
    private static final CommitteeDecision LAUNCH = CommitteeDecision.of(LocalDate.of(2020, 4, 2), "Lancement");
    private static final SteeringCommittee COMMITTEE = SteeringCommittee.of("Comité de pilotage", "valide la démarche");
    private static final Representative NEW_REPRESENTATIVE =
            Representative.of(Person.of(Civility.MONSIEUR, "Nouveau Directeur"), "directeur");
    private static final Provenance ARTICLE_1 = Provenance.of(Instrument.amendment(1), "1");
    private static final Provenance ARTICLE_2 = Provenance.of(Instrument.amendment(1), "2");
    private static final Provenance ARTICLE_3 = Provenance.of(Instrument.amendment(1), "3");

    @Test
    void anAmendmentInForceUntilTheLastRepresentableDayDoesNotStopTheNextOne() {
        // The last day a value holds is 9999-12-31 (DateRange); queries still reach LocalDate.MAX.
        Amendment open = signed(1, SIGNED, DateRange.LATEST, AddContribution.of("2", contribution("open", "EUR 10", 2020)));
        Amendment next = signed(2, SIGNED.plusDays(30), AMENDMENT_END,
                AddContribution.of("2", contribution("next", "EUR 20", 2020)));

        History history = History.of(base(), List.of(open, next));

        assertThat(history.asOf(SIGNED.plusDays(30)).amendmentsInForce()).containsExactly(1, 2);
        assertThat(history.asOf(DateRange.LATEST).amendmentsInForce()).containsExactly(1);
        assertThat(history.asOf(LocalDate.MAX).life().status()).isEqualTo(Life.Status.ENDED);
        assertThat(history.timeline()).anySatisfy(event -> {
            assertThat(event.kind()).isEqualTo(TimelineEvent.Kind.LAPSE);
            assertThat(event.date()).isEqualTo(DateRange.LATEST);
        });
    }

    /** Amendment 1: one change of each kind of element, in force 2020-03-10 .. 2020-12-31. */
    private static Amendment everyKind() {
        return signed(1, SIGNED, AMENDMENT_END,
                SetOrientations.of("1", 3, ORIENTATIONS),
                ChangePhaseStatus.of("1", 2, PhaseStatus.IN_PROGRESS),
                AddContribution.of("2", PHASE_3),
                RemoveContribution.of("2", "phase-1"),
                ReplaceArticle.of("2", Article.untitled("2", "100 000 € pour 2020.")),
                SetGovernance.of("3", COMMITTEE),
                RecordDecision.of("3", LAUNCH),
                ChangeRepresentative.of("3", GIP, NEW_REPRESENTATIVE),
                ChangeTermEnd.of("3", TermEnd.on(LocalDate.of(2021, 6, 30))),
                ChangeObject.of("1", "Évaluation et prospective"));
    }

    private final History history = History.of(base(), List.of(everyKind()));

    @Nested
    class InForce {

        @Test
        void beforeItsEffectAnAmendmentIsNotApplied() {
            ConsolidatedConvention before = history.asOf(SIGNED.minusDays(1));
            assertThat(before.amendmentsInForce()).isEmpty();
            assertThat(before.convention()).isEqualTo(base());
            assertThat(before.orientations(3)).isEmpty();
        }

        @Test
        void fromTheDayOfItsLastSignatureItIsApplied() {
            ConsolidatedConvention on = history.asOf(SIGNED);
            assertThat(on.amendmentsInForce()).containsExactly(1);
            assertThat(on.convention().phase(3).orElseThrow().orientations()).isEqualTo(ORIENTATIONS);
            assertThat(on.convention().contributions()).containsExactly(PHASE_3);
            assertThat(on.date()).isEqualTo(SIGNED);
        }

        @Test
        void onTheLastDayOfItsTermItStillApplies() {
            assertThat(history.asOf(AMENDMENT_END).amendmentsInForce()).containsExactly(1);
        }

        @Test
        void afterItsLapseItsProvisionsNoLongerApply() {
            ConsolidatedConvention after = history.asOf(AMENDMENT_END.plusDays(1));
            assertThat(after.amendmentsInForce()).isEmpty();
            assertThat(after.convention().contributions()).isEqualTo(base().contributions());
            assertThat(after.convention().phases()).isEqualTo(base().phases());
            assertThat(after.convention().articles()).isEqualTo(base().articles());
            assertThat(after.convention().object()).isEqualTo(base().object());
            assertThat(after.contribution("phase-1")).isPresent();
        }

        @Test
        void afterItsLapseItsChangeOfTermRemains() {
            ConsolidatedConvention after = history.asOf(AMENDMENT_END.plusDays(1));
            assertThat(after.convention().term().orElseThrow().end()).contains(TermEnd.on(LocalDate.of(2021, 6, 30)));
            assertThat(after.term().orElseThrow().provenance()).isEqualTo(Provenance.of(Instrument.amendment(1), "3"));
        }

        @Test
        void aDraftIsNeverApplied() {
            History withDraft = History.of(base(), List.of(draft(1, AddContribution.of("2", PHASE_3))));
            for (LocalDate date : List.of(CONCLUDED, SIGNED, AMENDMENT_END, LocalDate.of(2030, 1, 1))) {
                assertThat(withDraft.asOf(date).amendmentsInForce()).isEmpty();
                assertThat(withDraft.asOf(date).contribution(PHASE_3.id())).isEmpty();
            }
        }

        @Test
        void anAmendmentAwaitingNotificationIsNotApplied() {
            Amendment awaiting = amendment(1, AMENDMENT_END, AddContribution.of("2", PHASE_3))
                    .term(Term.of(StartRule.onNotification(), TermEnd.on(AMENDMENT_END)))
                    .addSignature(signature(METROPOLE, SIGNED)).addSignature(signature(GIP, SIGNED)).build();
            assertThat(History.of(base(), List.of(awaiting)).asOf(SIGNED.plusMonths(1)).amendmentsInForce()).isEmpty();
            Amendment notified = Amendment.builder().from(awaiting)
                    .term(Term.of(StartRule.notifiedOn(SIGNED.plusDays(5)), TermEnd.on(AMENDMENT_END))).build();
            History history = History.of(base(), List.of(notified));
            assertThat(history.asOf(SIGNED.plusDays(4)).amendmentsInForce()).isEmpty();
            assertThat(history.asOf(SIGNED.plusDays(5)).amendmentsInForce()).containsExactly(1);
        }

        @Test
        void aShortenedTermIsTheTermInForce() {
            LocalDate shortened = LocalDate.of(2020, 6, 30);
            History shortening = History.of(base(), List.of(
                    signed(1, SIGNED, AMENDMENT_END, ChangeTermEnd.of("3", TermEnd.on(shortened)))));
            Sourced<Term> term = shortening.asOf(SIGNED).term().orElseThrow();
            assertThat(term.value().end()).contains(TermEnd.on(shortened));
            assertThat(term.provenance()).isEqualTo(ARTICLE_3);
            assertThat(shortening.asOf(SIGNED.minusDays(1)).term().orElseThrow().value().end())
                    .contains(TermEnd.on(BASE_END));
            assertThat(shortening.timeline()).filteredOn(e -> e.kind() == TimelineEvent.Kind.END)
                    .extracting(TimelineEvent::date).containsExactly(shortened);
        }

        @Test
        void aRemovedContributionIsGoneAndNoLongerCounted() {
            History removal = History.of(base(), List.of(signed(1, SIGNED, AMENDMENT_END,
                    RemoveContribution.of("2", "phase-1"), AddContribution.of("2", PHASE_3))));
            ConsolidatedConvention after = removal.asOf(SIGNED);
            assertThat(after.contribution("phase-1")).isEmpty();
            assertThat(after.commitments().total().amount()).contains(Money.parse("EUR 100000"));
            assertThat(removal.asOf(SIGNED.minusDays(1)).commitments().total().amount()).contains(Money.parse("EUR 50000"));
        }

        @Test
        void aRemovedPartysSignatureLeavesTheConsolidatedConvention() {
            Signature communeSignature = signature(COMMUNE, CONCLUDED);
            Convention three = base().toBuilder().addParty(party(COMMUNE, "Commune", PartyKind.COMMUNE))
                    .addSignature(communeSignature).build();
            Amendment removal = amendment(1, AMENDMENT_END, RemoveParty.of("1", COMMUNE))
                    .addSignature(signature(METROPOLE, SIGNED)).addSignature(signature(GIP, SIGNED))
                    .addSignature(signature(COMMUNE, SIGNED)).build();
            ConsolidatedConvention after = History.of(three, List.of(removal)).asOf(SIGNED);
            assertThat(after.party(COMMUNE)).isEmpty();
            assertThat(after.convention().signatures()).doesNotContain(communeSignature).hasSize(2);
        }

        @Test
        void anUnknownPhaseHasNoOrientations() {
            assertThatThrownBy(() -> history.asOf(SIGNED).orientations(4)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Provenances {

        private final ConsolidatedConvention on = history.asOf(SIGNED);
        private final ConsolidatedConvention before = history.asOf(SIGNED.minusDays(1));

        @Test
        void object() {
            assertThat(on.object()).isEqualTo(Sourced.of("Évaluation et prospective", ARTICLE_1));
            assertThat(before.object().provenance()).isEqualTo(Provenance.base());
        }

        @Test
        void party() {
            assertThat(on.party(GIP).orElseThrow().provenance()).isEqualTo(ARTICLE_3);
            assertThat(on.party(GIP).orElseThrow().value().representative()).contains(NEW_REPRESENTATIVE);
            assertThat(on.party(METROPOLE).orElseThrow().provenance()).isEqualTo(Provenance.base());
        }

        @Test
        void phase() {
            assertThat(on.phase(2).orElseThrow().provenance()).isEqualTo(ARTICLE_1);
            assertThat(on.phase(2).orElseThrow().value().status()).isEqualTo(PhaseStatus.IN_PROGRESS);
            assertThat(on.phase(1).orElseThrow().provenance()).isEqualTo(Provenance.base());
            // Setting orientations is recorded on the orientations, not on the phase.
            assertThat(on.phase(3).orElseThrow().provenance()).isEqualTo(Provenance.base());
        }

        @Test
        void orientation() {
            assertThat(on.orientations(3)).containsExactly(Sourced.of(ORIENTATIONS.get(0), ARTICLE_1),
                    Sourced.of(ORIENTATIONS.get(1), ARTICLE_1));
            assertThat(on.orientations(1)).extracting(Sourced::provenance).containsExactly(Provenance.base());
        }

        @Test
        void contribution() {
            assertThat(on.contributions()).containsExactly(Sourced.of(PHASE_3, ARTICLE_2));
            assertThat(before.contributions()).extracting(Sourced::provenance).containsExactly(Provenance.base());
        }

        @Test
        void decision() {
            assertThat(on.decisions()).extracting(Sourced::provenance).containsExactly(Provenance.base(), ARTICLE_3);
            assertThat(on.decisions().get(1).value()).isEqualTo(LAUNCH);
        }

        @Test
        void governance() {
            assertThat(on.steeringCommittee()).contains(Sourced.of(COMMITTEE, ARTICLE_3));
            assertThat(before.steeringCommittee()).isEmpty();
        }

        @Test
        void term() {
            assertThat(on.term().orElseThrow().provenance()).isEqualTo(ARTICLE_3);
            assertThat(before.term().orElseThrow().provenance()).isEqualTo(Provenance.base());
        }

        @Test
        void article() {
            assertThat(on.article("2")).contains(Sourced.of(Article.untitled("2", "100 000 € pour 2020."), ARTICLE_2));
            assertThat(on.article("1").orElseThrow().provenance())
                    .isEqualTo(Provenance.of(Instrument.base(), "1"));
        }

        @Test
        void provenanceTextNamesTheInstrumentAndArticle() {
            assertThat(ARTICLE_2).hasToString("amendment n° 1, article 2");
            assertThat(Provenance.base()).hasToString("base convention");
            assertThat(Provenance.base().article()).isEmpty();
        }
    }

    @Nested
    class Incompleteness {

        @Test
        void anUnrecordedAmendmentMakesLaterStatesPossiblyIncomplete() {
            History unrecorded = History.of(base(), List.of(UnrecordedAmendment.of(1), signed(2, SIGNED, AMENDMENT_END)));
            assertThat(unrecorded.asOf(SIGNED).isPossiblyIncomplete()).isTrue();
            assertThat(unrecorded.asOf(SIGNED).unrecordedBefore()).extracting(UnrecordedAmendment::number)
                    .containsExactly(1);
            assertThat(history.asOf(SIGNED).isPossiblyIncomplete()).isFalse();
            assertThat(unrecorded.asOf(SIGNED).toString()).endsWith(", possibly incomplete");
            assertThat(history.asOf(SIGNED).toString()).startsWith("TEST 001 as of " + SIGNED)
                    .doesNotContain("possibly incomplete");
        }

        @Test
        void anUnrecordedAmendmentCannotPrecedeTheConclusionOfTheOneBeforeIt() {
            LocalDate firstSigned = LocalDate.of(2019, 1, 10);
            History unrecorded = History.of(base(), List.of(signed(1, firstSigned, AMENDMENT_END),
                    UnrecordedAmendment.of(2)));
            assertThat(unrecorded.asOf(firstSigned.minusDays(1)).isPossiblyIncomplete()).isFalse();
            assertThat(unrecorded.asOf(firstSigned).isPossiblyIncomplete()).isTrue();
        }
    }

    @Nested
    class MoneyQueries {

        private final FinancialContribution byCommune = FinancialContribution.builder().id("commune-2020")
                .contributor(COMMUNE).beneficiary(GIP).amount(Money.parse("EUR 20000"))
                .budget(BudgetPeriod.ofYear(2020)).build();
        private final FinancialContribution multiYear = FinancialContribution.builder().id("multi")
                .contributor(METROPOLE).beneficiary(COMMUNE).amount(Money.parse("EUR 30000"))
                .budget(BudgetPeriod.parse("2019-2021")).build();
        private final Convention convention = base().toBuilder()
                .addParty(party(COMMUNE, "Commune", PartyKind.COMMUNE))
                .addContribution(contribution("phase-2", "EUR 70000", 2020))
                .addContribution(byCommune).addContribution(multiYear).build();
        private final ConsolidatedConvention consolidated = History.of(convention).asOf(SIGNED);

        private Money eur(String amount) {
            return Money.parse("EUR " + amount);
        }

        private <K> java.util.Map<K, Money> amounts(java.util.Map<K, Committed> totals) {
            java.util.Map<K, Money> amounts = new java.util.LinkedHashMap<>();
            totals.forEach((key, committed) -> amounts.put(key, committed.amount().orElseThrow()));
            return amounts;
        }

        @Test
        void totalCommitted() {
            assertThat(consolidated.commitments().total().amount()).contains(eur("170000"));
        }

        @Test
        void byContributor() {
            assertThat(amounts(consolidated.commitments().byContributor()))
                    .containsExactly(entry(METROPOLE, eur("150000")),
                            entry(COMMUNE, eur("20000")));
        }

        @Test
        void byBeneficiary() {
            assertThat(amounts(consolidated.commitments().byBeneficiary()))
                    .containsExactly(entry(GIP, eur("140000")),
                            entry(COMMUNE, eur("30000")));
        }

        @Test
        void byBudgetPeriodWithoutSplittingMultiYearPeriods() {
            assertThat(amounts(consolidated.commitments().byBudgetPeriod()))
                    .containsExactly(entry(BudgetPeriod.ofYear(2018), eur("50000")),
                            entry(BudgetPeriod.parse("2019-2021"), eur("30000")),
                            entry(BudgetPeriod.ofYear(2020), eur("90000")));
        }

        @Test
        void forOneBudgetYearCountsSingleYearContributionsOnly() {
            assertThat(consolidated.commitments().forBudgetYear(Year.of(2020)).amount()).contains(eur("90000"));
            assertThat(consolidated.commitments().forBudgetYear(Year.of(2021)).amount()).isEmpty();
        }

        @Test
        void noContributionMeansNoTotal() {
            Convention none = base().toBuilder().contributions(List.of()).build();
            assertThat(History.of(none).asOf(SIGNED).commitments().total().amount()).isEmpty();
            assertThat(amounts(History.of(none).asOf(SIGNED).commitments().byContributor())).isEmpty();
        }

        @Test
        void mixingCurrenciesIsAReportedError() {
            FinancialContribution dollars = FinancialContribution.builder().id("usd").contributor(METROPOLE)
                    .beneficiary(GIP).amount(Money.parse("USD 10")).budget(BudgetPeriod.ofYear(2018))
                    .build();
            ConsolidatedConvention mixed = History.of(base().toBuilder().addContribution(dollars).build()).asOf(SIGNED);
            assertThatThrownBy(() -> mixed.commitments().total()).isInstanceOfSatisfying(ValidationException.class, e -> {
                assertThat(e.codes()).containsExactly(HistoryCodes.MONEY_CURRENCY_MIXED);
                assertThat(e.violations().get(0).path()).isEqualTo("contributions[1].amount");
            });
            assertThatThrownBy(() -> mixed.commitments().byContributor()).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> mixed.commitments().forBudgetYear(Year.of(2018)).amount()).isInstanceOf(ValidationException.class);
        }

        @Test
        void differentCurrenciesInSeparateSumsAreFine() {
            FinancialContribution dollars = FinancialContribution.builder().id("usd").contributor(COMMUNE)
                    .beneficiary(GIP).amount(Money.parse("USD 10")).budget(BudgetPeriod.ofYear(2018))
                    .build();
            Convention twoCurrencies = base().toBuilder().addParty(party(COMMUNE, "Commune", PartyKind.COMMUNE))
                    .addContribution(dollars).build();
            assertThat(amounts(History.of(twoCurrencies).asOf(SIGNED).commitments().byContributor()))
                    .containsEntry(COMMUNE, Money.parse("USD 10"))
                    .containsEntry(METROPOLE, eur("50000"));
        }

        @Test
        void moneyInForceFollowsTheAmendments() {
            assertThat(history.asOf(SIGNED).commitments().forBudgetYear(Year.of(2020)).amount()).contains(eur("100000"));
            assertThat(history.asOf(SIGNED.minusDays(1)).commitments().forBudgetYear(Year.of(2020)).amount()).isEmpty();
            assertThat(history.committedIncrease(1)).contains(eur("50000"));
        }
    }
}
