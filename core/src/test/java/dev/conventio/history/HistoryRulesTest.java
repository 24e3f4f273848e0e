package dev.conventio.history;

import static dev.conventio.history.Fixtures.BASE_END;
import static dev.conventio.history.Fixtures.COMMUNE;
import static dev.conventio.history.Fixtures.CONCLUDED;
import static dev.conventio.history.Fixtures.DECIDED;
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
import static org.assertj.core.api.Assertions.tuple;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.change.AddArticle;
import dev.conventio.change.AddContribution;
import dev.conventio.change.AddParty;
import dev.conventio.change.AddPhase;
import dev.conventio.change.ChangeContributionAmount;
import dev.conventio.change.ChangeContributionSchedule;
import dev.conventio.change.ChangeObject;
import dev.conventio.change.ChangeTermEnd;
import dev.conventio.change.RecordDecision;
import dev.conventio.change.RemoveParty;
import dev.conventio.change.RemovePhase;
import dev.conventio.change.ReplaceArticle;
import dev.conventio.change.SetOrientations;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.convention.ConventionCodes;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.FinanceCodes;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Instalment;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.party.PartyKind;
import dev.conventio.term.Renewal;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import dev.conventio.validation.ViolationCode;
import dev.conventio.work.Orientation;
import dev.conventio.work.Phase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HistoryRulesTest {

    private static final LocalDate SIGNED = LocalDate.of(2020, 3, 10);
    private final History empty = History.of(base());

    private static List<Object> codesAndPaths(List<Violation> violations) {
        return violations.stream().map(v -> (Object) tuple(v.code(), v.path())).toList();
    }

    @Nested
    class Numbering {

        @Test
        void firstAmendmentIsNumberOne() {
            assertThat(empty.check(signed(1, SIGNED, BASE_END))).isEmpty();
        }

        @Test
        void aGapIsRejectedAtNumber() {
            assertThat(empty.check(signed(2, SIGNED, BASE_END)))
                    .extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(HistoryCodes.AMENDMENT_NUMBER_NOT_NEXT, "number"));
        }

        @Test
        void anUnrecordedAmendmentFillsItsNumber() {
            History history = empty.add(UnrecordedAmendment.of(1, "mentioned by avenant n° 2"));
            assertThat(history.check(signed(2, SIGNED, BASE_END))).isEmpty();
            assertThat(history.amendments()).hasSize(1);
        }

        @Test
        void anUnrecordedAmendmentMustAlsoFollow() {
            assertThat(empty.check(UnrecordedAmendment.of(3)))
                    .extracting(Violation::code).containsExactly(HistoryCodes.AMENDMENT_NUMBER_NOT_NEXT);
        }

        @Test
        void aRepeatedNumberIsRejected() {
            History history = empty.add(signed(1, SIGNED, BASE_END));
            assertThat(history.check(signed(1, SIGNED.plusDays(1), BASE_END)))
                    .extracting(Violation::code).contains(HistoryCodes.AMENDMENT_NUMBER_NOT_NEXT);
        }
    }

    @Nested
    class Signatures {

        @Test
        void everyPartyOfTheConventionSigns() {
            Amendment onlyMetropole = amendment(1, BASE_END).addSignature(signature(METROPOLE, SIGNED)).build();
            assertThat(empty.check(onlyMetropole))
                    .extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(HistoryCodes.AMENDMENT_SIGNATURE_MISSING, "signatures"));
            assertThat(empty.check(onlyMetropole).get(0).message()).contains("'" + GIP + "'");
        }

        @Test
        void aPartyTheAmendmentAddsSignsToo() {
            AddParty addCommune = AddParty.of("1", party(COMMUNE, "Commune", PartyKind.COMMUNE));
            Amendment withoutCommune = signed(1, SIGNED, BASE_END, addCommune);
            assertThat(empty.check(withoutCommune))
                    .extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(HistoryCodes.AMENDMENT_SIGNATURE_MISSING, "signatures"));
            Amendment withCommune = amendment(1, BASE_END, addCommune).addSignature(signature(METROPOLE, SIGNED))
                    .addSignature(signature(GIP, SIGNED)).addSignature(signature(COMMUNE, SIGNED)).build();
            assertThat(empty.check(withCommune)).isEmpty();
        }

        @Test
        void aSignatoryMustBeAParty() {
            Amendment stranger = amendment(1, BASE_END).addSignature(signature(METROPOLE, SIGNED))
                    .addSignature(signature(GIP, SIGNED)).addSignature(signature(COMMUNE, SIGNED)).build();
            assertThat(empty.check(stranger))
                    .extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(HistoryCodes.AMENDMENT_SIGNATORY_NOT_A_PARTY, "signatures[2].party"));
        }

        @Test
        void aPartyRemovedByTheAmendmentStillSigns() {
            Convention three = base().toBuilder().addParty(party(COMMUNE, "Commune", PartyKind.COMMUNE)).build();
            Amendment removeCommune = signed(1, SIGNED, BASE_END, RemoveParty.of("1", COMMUNE));
            assertThat(History.of(three).check(removeCommune))
                    .extracting(Violation::code).containsExactly(HistoryCodes.AMENDMENT_SIGNATURE_MISSING);
        }

        @Test
        void theConventionAsItStandsIncludesPartiesAddedByAnEarlierAmendmentInForce() {
            Amendment addCommune = amendment(1, BASE_END, AddParty.of("1", party(COMMUNE, "Commune", PartyKind.COMMUNE)))
                    .addSignature(signature(METROPOLE, SIGNED)).addSignature(signature(GIP, SIGNED))
                    .addSignature(signature(COMMUNE, SIGNED)).build();
            History history = empty.add(addCommune);
            assertThat(history.check(signed(2, SIGNED.plusMonths(1), BASE_END)))
                    .extracting(Violation::code).containsExactly(HistoryCodes.AMENDMENT_SIGNATURE_MISSING);
        }

        @Test
        void aDraftIsValidWithoutSignatures() {
            Amendment noSignatureAtAll = amendment(1, BASE_END).build();
            assertThat(empty.check(noSignatureAtAll)).isEmpty();
            assertThat(empty.check(draft(1))).isEmpty();
        }
    }

    @Nested
    class Dates {

        @Test
        void anAmendmentConcludedAfterTheConventionEndedIsRejectedAtItsLastSignature() {
            Amendment late = signed(1, BASE_END.plusDays(1), BASE_END.plusYears(1));
            assertThat(empty.check(late))
                    .extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(HistoryCodes.AMENDMENT_AFTER_CONVENTION_END, "signatures[1].date"));
        }

        @Test
        void anAmendmentConcludedOnTheLastDayIsAccepted() {
            assertThat(empty.check(signed(1, BASE_END, BASE_END))).isEmpty();
        }

        @Test
        void renewalsPushTheEnd() {
            Convention renewable = base().toBuilder().term(Term.of(StartRule.onSignatureByAllParties(),
                    TermEnd.on(BASE_END), Renewal.of(Period.ofYears(1), 2, true))).build();
            History history = History.of(renewable);
            assertThat(history.check(signed(1, BASE_END.plusYears(2), BASE_END.plusYears(2)))).isEmpty();
            assertThat(history.check(signed(1, BASE_END.plusYears(2).plusDays(1), BASE_END.plusYears(3))))
                    .extracting(Violation::code).containsExactly(HistoryCodes.AMENDMENT_AFTER_CONVENTION_END);
        }

        @Test
        void aDurationRunsFromTheConclusion() {
            Convention twoYears = base().toBuilder()
                    .term(Term.of(StartRule.onSignatureByAllParties(), TermEnd.after(Period.ofYears(2)))).build();
            History history = History.of(twoYears);
            LocalDate lastDay = CONCLUDED.plusYears(2).minusDays(1);
            assertThat(history.check(signed(1, lastDay, lastDay.plusMonths(1)))).isEmpty();
            assertThat(history.check(signed(1, lastDay.plusDays(1), lastDay.plusMonths(1))))
                    .extracting(Violation::code).containsExactly(HistoryCodes.AMENDMENT_AFTER_CONVENTION_END);
        }

        @Test
        void withoutATermTheEndIsUnknownAndNotChecked() {
            Convention noTerm = base().toBuilder().term(Optional.empty()).build();
            assertThat(History.of(noTerm).check(signed(1, LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31))))
                    .isEmpty();
        }

        @Test
        void aShorteningInForceBringsTheEndForward() {
            LocalDate shortened = LocalDate.of(2019, 12, 31);
            History history = empty.add(signed(1, LocalDate.of(2019, 6, 1), BASE_END,
                    ChangeTermEnd.of("3", TermEnd.on(shortened))));
            assertThat(history.check(signed(2, LocalDate.of(2020, 2, 1), BASE_END)))
                    .extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(HistoryCodes.AMENDMENT_AFTER_CONVENTION_END, "signatures[1].date"));
        }

        @Test
        void anExtensionInForcePushesTheEnd() {
            LocalDate extended = LocalDate.of(2022, 12, 31);
            History history = empty.add(signed(1, LocalDate.of(2020, 6, 1), extended,
                    ChangeTermEnd.of("3", TermEnd.on(extended))));
            assertThat(history.check(signed(2, LocalDate.of(2021, 6, 1), extended))).isEmpty();
        }

        @Test
        void aSignatureBeforeTheConventionWasConcludedIsRejected() {
            Amendment early = signed(1, CONCLUDED.minusDays(1), BASE_END);
            assertThat(empty.check(early))
                    .extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(HistoryCodes.AMENDMENT_BEFORE_CONVENTION, "signatures[0].date"),
                            tuple(HistoryCodes.AMENDMENT_BEFORE_CONVENTION, "signatures[1].date"));
        }

        @Test
        void signaturesFromTheDayOfConclusionAreAccepted() {
            Amendment sameDay = amendment(1, BASE_END).addSignature(signature(METROPOLE, CONCLUDED))
                    .addSignature(signature(GIP, CONCLUDED)).build();
            assertThat(empty.check(sameDay)).isEmpty();
        }

        @Test
        void aTermThatEndsBeforeTheAmendmentTakesEffectIsRejected() {
            Amendment never = signed(1, SIGNED, SIGNED.minusDays(1));
            assertThat(empty.check(never))
                    .extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(HistoryCodes.AMENDMENT_TERM_ENDS_BEFORE_EFFECT, "term.end"));
        }
    }

    @Nested
    class Changes {

        @Test
        void changesMustNameSomethingThatExists() {
            FinancialContribution unknown = contribution("unknown", "EUR 10", 2020);
            Amendment amendment = signed(1, SIGNED, BASE_END,
                    SetOrientations.of("1", 4, List.of(Orientation.of(1, "x"))),
                    ChangeContributionAmount.of("2", unknown.id(), Money.parse("EUR 5"), List.of()),
                    RemoveParty.of("1", COMMUNE),
                    ReplaceArticle.of("1", Article.untitled("9", "texte")));
            assertThat(empty.check(amendment))
                    .extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(HistoryCodes.CHANGE_TARGET_MISSING, "changes[0]"),
                            tuple(HistoryCodes.CHANGE_TARGET_MISSING, "changes[1]"),
                            tuple(HistoryCodes.CHANGE_TARGET_MISSING, "changes[2]"),
                            tuple(HistoryCodes.CHANGE_TARGET_MISSING, "changes[3]"));
        }

        @Test
        void aTermChangeNeedsATerm() {
            Convention noTerm = base().toBuilder().term(Optional.empty()).build();
            Amendment amendment = signed(1, SIGNED, BASE_END, ChangeTermEnd.of("3", TermEnd.on(BASE_END)));
            assertThat(History.of(noTerm).check(amendment))
                    .extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(HistoryCodes.CHANGE_TARGET_MISSING, "changes[0]"));
        }

        @Test
        void changesThatNameExistingThingsApply() {
            Amendment amendment = signed(1, SIGNED, BASE_END,
                    SetOrientations.of("1", 3, List.of(Orientation.of(1, "x"))),
                    ChangeContributionAmount.of("2", "phase-1", Money.parse("EUR 60000"), List.of()),
                    ReplaceArticle.of("1", Article.untitled("2", "60 000 €")));
            assertThat(empty.check(amendment)).isEmpty();
        }

        @Test
        void additionsMustNotExistAlready() {
            Amendment amendment = signed(1, SIGNED, BASE_END,
                    AddPhase.of("1", Phase.of(3, "encore")),
                    AddContribution.of("2", contribution("phase-1", "EUR 1", 2020)),
                    AddParty.of("1", party(METROPOLE, "Métropole bis", PartyKind.METROPOLE)),
                    AddArticle.of("1", Article.untitled("1", "texte")),
                    RecordDecision.of("1", CommitteeDecision.of(DECIDED, "Validation des phases 2 et 3", 2, 3)));
            assertThat(empty.check(amendment))
                    .extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(HistoryCodes.CHANGE_TARGET_EXISTS, "changes[0]"),
                            tuple(HistoryCodes.CHANGE_TARGET_EXISTS, "changes[1]"),
                            tuple(HistoryCodes.CHANGE_TARGET_EXISTS, "changes[2]"),
                            tuple(HistoryCodes.CHANGE_TARGET_EXISTS, "changes[3]"),
                            tuple(HistoryCodes.CHANGE_TARGET_EXISTS, "changes[4]"));
        }

        @Test
        void newThingsCanBeAdded() {
            Amendment amendment = signed(1, SIGNED, BASE_END,
                    AddPhase.of("1", Phase.of(4, "Prospective")),
                    AddContribution.of("2", contribution("phase-3", "EUR 100000", 2020)),
                    AddArticle.of("1", Article.untitled("5 bis", "texte")),
                    RecordDecision.of("1", CommitteeDecision.of(SIGNED, "Validation de la phase 4", 4)));
            assertThat(empty.check(amendment)).isEmpty();
        }

        @Test
        void aResultThatBreaksAConventionInvariantIsReportedAtTheMemberOfTheChangeWithItsOwnCode() {
            FinancialContribution fromStranger = FinancialContribution.builder().id("x").contributor(COMMUNE)
                    .beneficiary(GIP).amount(Money.parse("EUR 10")).budget(BudgetPeriod.ofYear(2020)).build();
            List<Violation> violations = empty.check(signed(1, SIGNED, BASE_END, ChangeObject.of("1", "Objet"),
                    AddContribution.of("2", fromStranger)));
            assertThat(violations).extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(ConventionCodes.CONTRIBUTION_PARTY_UNKNOWN, "changes[1].contribution.contributor"));
        }

        @Test
        void aRemovalThatBreaksAnInvariantIsReportedAtWhatItRemoves() {
            List<Violation> violations = empty.check(signed(1, SIGNED, BASE_END, RemoveParty.of("1", GIP)));
            assertThat(violations).filteredOn(violation -> violation.path().startsWith("changes")).isNotEmpty()
                    .extracting(Violation::path).containsOnly("changes[0].party");
            assertThat(violations).extracting(Violation::code).doesNotContain(HistoryCodes.CHANGE_RESULT_INVALID);
        }

        @Test
        void aChangeThatYieldsAnInvalidValueIsRejectedAtItsMember() {
            ChangeContributionSchedule wrongSchedule = ChangeContributionSchedule.of("2", "phase-1",
                    List.of(Instalment.of(SIGNED, Money.parse("EUR 1"))));
            List<Violation> violations = empty.check(signed(1, SIGNED, BASE_END, wrongSchedule));
            assertThat(violations).extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(FinanceCodes.SCHEDULE_SUM_MISMATCH, "changes[0].schedule"));
        }

        @Test
        void onlyTheLastPhaseMayBeRemoved() {
            assertThat(empty.check(signed(1, SIGNED, BASE_END, RemovePhase.of("1", 2))))
                    .extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(HistoryCodes.CHANGE_RESULT_INVALID, "changes[0]"));
        }

        @Test
        void removingAPhaseADecisionValidatesIsInvalid() {
            List<Violation> violations = empty.check(signed(1, SIGNED, BASE_END, RemovePhase.of("1", 3)));
            assertThat(violations).extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(ConventionCodes.DECISION_PHASE_UNKNOWN, "changes[0].phase"));
        }

        @Test
        void aPhaseMustBeAddedRightAfterTheLast() {
            assertThat(empty.check(signed(1, SIGNED, BASE_END, AddPhase.of("1", Phase.of(5, "trop loin")))))
                    .extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(HistoryCodes.CHANGE_RESULT_INVALID, "changes[0]"));
        }

        @Test
        void aChangeIsCheckedOnEveryDayTheAmendmentIsInForce() {
            // Amendment 1 adds a contribution until the end of 2019; amendment 2, in force until the end of
            // 2020, changes it: from 2020-01-01 on there would be nothing left to change.
            AddContribution add = AddContribution.of("2", contribution("extra", "EUR 1000", 2019));
            ChangeContributionAmount change = ChangeContributionAmount.of("2", "extra", Money.parse("EUR 2000"), List.of());
            History lapsing = empty.add(signed(1, LocalDate.of(2019, 1, 10), LocalDate.of(2019, 12, 31), add));
            assertThat(lapsing.check(signed(2, LocalDate.of(2019, 6, 1), BASE_END, change)))
                    .extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(HistoryCodes.CHANGE_TARGET_MISSING, "changes[0]"));
            assertThat(lapsing.check(signed(2, LocalDate.of(2019, 6, 1), LocalDate.of(2019, 12, 31), change)))
                    .isEmpty();
            History lasting = empty.add(signed(1, LocalDate.of(2019, 1, 10), BASE_END, add));
            assertThat(lasting.check(signed(2, LocalDate.of(2019, 6, 1), BASE_END, change))).isEmpty();
        }

        @Test
        void aDraftIsCheckedAgainstTheLatestState() {
            History history = empty.add(signed(1, SIGNED, BASE_END, AddPhase.of("1", Phase.of(4, "Prospective"))));
            assertThat(history.check(draft(2, SetOrientations.of("1", 4, List.of(Orientation.of(1, "x")))))).isEmpty();
            assertThat(history.check(draft(2, SetOrientations.of("1", 5, List.of(Orientation.of(1, "x"))))))
                    .extracting(Violation::code).containsExactly(HistoryCodes.CHANGE_TARGET_MISSING);
        }
    }

    @Nested
    class Adding {

        @Test
        void addReturnsANewHistoryAndLeavesTheOldOneAlone() {
            Amendment amendment = signed(1, SIGNED, BASE_END);
            History added = empty.add(amendment);
            assertThat(added.amendments()).containsExactly(amendment);
            assertThat(empty.amendments()).isEmpty();
            assertThat(added.base()).isSameAs(empty.base());
        }

        @Test
        void addThrowsEveryViolationThatCheckReports() {
            Amendment bad = amendment(3, BASE_END, SetOrientations.of("1", 9, List.of()))
                    .addSignature(signature(METROPOLE, SIGNED)).build();
            List<Violation> expected = empty.check(bad);
            assertThat(expected).hasSize(3);
            assertThatThrownBy(() -> empty.add(bad)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.violations()).isEqualTo(expected));
        }

        @Test
        void ofAddsEachInOrder() {
            History history = History.of(base(), List.of(UnrecordedAmendment.of(1), signed(2, SIGNED, BASE_END)));
            assertThat(history.amendments()).extracting(a -> a.number()).containsExactly(1, 2);
        }

        @Test
        void ofPrefixesPathsWithTheAmendmentIndexAndDoesNotCascade() {
            Amendment unsignedByGip = amendment(1, BASE_END).addSignature(signature(METROPOLE, SIGNED))
                    .addSignature(signature(GIP, SIGNED)).addSignature(signature(COMMUNE, SIGNED)).build();
            Amendment badSecond = signed(2, SIGNED.plusDays(10), BASE_END, SetOrientations.of("1", 7, List.of()));
            assertThatThrownBy(() -> History.of(base(), List.of(unsignedByGip, badSecond, signed(3, SIGNED.plusDays(20),
                    BASE_END)))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                            codesAndPaths(e.violations())).containsExactly(
                            tuple(HistoryCodes.AMENDMENT_SIGNATORY_NOT_A_PARTY, "amendments[0].signatures[2].party"),
                            tuple(HistoryCodes.CHANGE_TARGET_MISSING, "amendments[1].changes[0]")));
        }

        @Test
        void historiesWithEqualBaseAndAmendmentsAreEqualWhateverTheirPolicies() {
            History one = History.of(base(), List.of(UnrecordedAmendment.of(1), signed(2, SIGNED, BASE_END)));
            History other = History.of(base()).add(UnrecordedAmendment.of(1)).add(signed(2, SIGNED, BASE_END));
            assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
            // A history is data, as its JSON document is: its policies are application code.
            History capped = one.withPolicies(AmendmentPolicy.maxIncreasePerAmendment(new BigDecimal("50")));
            assertThat(capped).isEqualTo(other).hasSameHashCodeAs(other)
                    .isEqualTo(other.withPolicies(AmendmentPolicy.maxCumulativeIncrease(new BigDecimal("50"))));
            assertThat(capped.policies()).isNotEqualTo(other.policies());
            assertThat(one).isNotEqualTo(History.of(base(), List.of(UnrecordedAmendment.of(1))));
            assertThat(one).isNotEqualTo(History.of(base())).isNotEqualTo(null);
        }

        @Test
        void nullsAreRejected() {
            assertThatThrownBy(() -> History.of(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> empty.check(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> empty.asOf(null)).isInstanceOf(NullPointerException.class);
        }
    }
}
