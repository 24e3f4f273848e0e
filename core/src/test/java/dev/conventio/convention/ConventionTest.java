package dev.conventio.convention;

import static dev.conventio.convention.ConventionFixtures.CONCLUDED;
import static dev.conventio.convention.ConventionFixtures.contribution;
import static dev.conventio.convention.ConventionFixtures.convention;
import static dev.conventio.convention.ConventionFixtures.gip;
import static dev.conventio.convention.ConventionFixtures.metropole;
import static dev.conventio.validation.ValidationAssertions.assertInvalid;
import static dev.conventio.validation.ValidationAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.date.PartialDate;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.governance.SteeringCommittee;
import dev.conventio.party.Person;
import dev.conventio.publication.Bulletin;
import dev.conventio.signature.Signature;
import dev.conventio.signature.SignatureCodes;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.validation.CommonCodes;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.ViolationCode;
import dev.conventio.work.Phase;
import dev.conventio.work.WorkCodes;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConventionTest {

    private static final LocalDate COMMITTEE = LocalDate.of(2019, 3, 21);

    @Test
    void aCompleteConventionIsBuiltAndQueried() {
        Convention built = convention()
                .addLegalBases("Vu le code général des collectivités territoriales")
                .addPublications(Bulletin.builder().kind(Bulletin.Kind.RECUEIL_DES_ACTES_ADMINISTRATIFS)
                        .name("Recueil des actes administratifs").number("12").build())
                .addArticles(Article.of("1", "Objet"), Article.untitled("1.2", "Texte"))
                .steeringCommittee(SteeringCommittee.builder().name("Comité de pilotage")
                        .addMembers("metropole-amp", "gip-crpv-paca").build())
                .addDecisions(CommitteeDecision.of(COMMITTEE, "Phases 2 et 3 validées", 2, 3))
                .term(Term.of(StartRule.onSignatureByAllParties(), TermEnd.on(LocalDate.of(2020, 12, 31))))
                .addSignatures(Signature.of("metropole-amp", Person.of("A"), "Présidente", CONCLUDED.minusDays(3)),
                        Signature.of("gip-crpv-paca", Person.of("B"), "Directeur", CONCLUDED))
                .build();
        assertThat(built.partyIds()).containsExactly("metropole-amp", "gip-crpv-paca");
        assertThat(built.party("gip-crpv-paca")).contains(gip());
        assertThat(built.party("nobody")).isEmpty();
        assertThat(built.phase(3).map(Phase::title)).contains("Évaluation finale");
        assertThat(built.phase(0)).isEmpty();
        assertThat(built.phase(4)).isEmpty();
        assertThat(built.contribution("participation-2018")).isPresent();
        assertThat(built.article("1.2").map(Article::content).flatMap(t -> t.paragraph(1)).flatMap(p -> p.text()))
                .contains("Texte");
        assertThat(built.toBuilder().build()).isEqualTo(built).hasSameHashCodeAs(built);
    }

    @Test
    void referenceAndObjectMustNotBeBlank() {
        assertViolation(() -> convention().reference(" ").build(), CommonCodes.TEXT_BLANK, "reference");
        assertViolation(() -> convention().object("").build(), CommonCodes.TEXT_BLANK, "object");
        assertViolation(() -> convention().addLegalBases("Vu", "").build(), CommonCodes.TEXT_BLANK, "legalBases[1]");
    }

    @Test
    void atLeastTwoDistinctParties() {
        assertViolation(() -> convention().parties(List.of(metropole())).contributions(List.of()).build(),
                ConventionCodes.CONVENTION_PARTIES_TOO_FEW, "parties");
    }

    @Test
    void partyIdentifiersAreUnique() {
        ValidationException thrown = assertInvalid(() -> convention().parties(List.of(metropole(), metropole()))
                .contributions(List.of()).build());
        assertThat(thrown.violations()).extracting(v -> v.code().id() + "@" + v.path()).containsExactly(
                "convention.parties.duplicate@parties[1].id", "convention.parties.too-few@parties");
    }

    @Test
    void phasesAreNumberedOneToNWithoutGaps() {
        assertViolation(() -> convention().phases(List.of(Phase.of(1, "a"), Phase.of(3, "c"))).build(),
                ConventionCodes.CONVENTION_PHASES_NOT_CONTIGUOUS, "phases[1].number");
        ValidationException swapped = assertInvalid(() -> convention()
                .phases(List.of(Phase.of(2, "b"), Phase.of(1, "a"))).build());
        assertThat(swapped.violations()).extracting(v -> v.code().id() + "@" + v.path()).containsExactly(
                "convention.phases.not-contiguous@phases[0].number", "convention.phases.not-contiguous@phases[1].number");
    }

    @Test
    void contributionIdentifiersAreUnique() {
        assertViolation(() -> convention().addContributions(contribution("participation-2018", 1)).build(),
                ConventionCodes.CONVENTION_CONTRIBUTIONS_DUPLICATE, "contributions[1].id");
    }

    @Test
    void contributorAndBeneficiaryArePartiesOfTheConvention() {
        FinancialContribution stranger = FinancialContribution.builder().from(contribution("c", 1))
                .contributor("etat").build();
        assertViolation(() -> convention().addContributions(stranger).build(), ConventionCodes.CONTRIBUTION_PARTY_UNKNOWN,
                "contributions[1].contributor");
        FinancialContribution toStranger = FinancialContribution.builder().from(contribution("c", 1))
                .beneficiary("commune-marseille").build();
        assertViolation(() -> convention().addContributions(toStranger).build(),
                ConventionCodes.CONTRIBUTION_PARTY_UNKNOWN, "contributions[1].beneficiary");
    }

    @Test
    void committeeMembersAreParties() {
        assertViolation(() -> convention().steeringCommittee(SteeringCommittee.builder().name("Copil")
                        .addMembers("metropole-amp", "etat").build()).build(),
                ConventionCodes.COMMITTEE_MEMBER_UNKNOWN, "steeringCommittee.members[1]");
    }

    @Test
    void decisionsAreInDateOrderAfterTheConclusion() {
        assertViolation(() -> convention().addDecisions(CommitteeDecision.of(COMMITTEE, "b"),
                        CommitteeDecision.of(COMMITTEE.minusDays(1), "a")).build(),
                ConventionCodes.CONVENTION_DECISIONS_OUT_OF_ORDER, "decisions[1].date");
        assertViolation(() -> convention().addDecisions(CommitteeDecision.of(CONCLUDED.minusDays(1), "a")).build(),
                ConventionCodes.DECISION_BEFORE_CONCLUSION, "decisions[0].date");
        assertThat(convention().addDecisions(CommitteeDecision.of(CONCLUDED, "a"), CommitteeDecision.of(CONCLUDED, "b"))
                .build().decisions()).hasSize(2);
    }

    @Test
    void aDecisionDatedInPartBreaksTheOrderOnlyWhenEveryDayItMayBeDoes() {
        PartialDate conclusionYear = PartialDate.of(Year.of(CONCLUDED.getYear()));
        PartialDate yearBefore = PartialDate.of(Year.of(CONCLUDED.getYear() - 1));
        // The year of the conclusion holds days after it: possibly after, so no violation.
        assertThat(convention().addDecisions(CommitteeDecision.of(conclusionYear, "Bilan")).build().decisions())
                .extracting(CommitteeDecision::date).containsExactly(Optional.empty());
        assertViolation(() -> convention().addDecisions(CommitteeDecision.of(yearBefore, "Bilan")).build(),
                ConventionCodes.DECISION_BEFORE_CONCLUSION, "decisions[0].date");
        PartialDate monthAfter = PartialDate.of(YearMonth.from(COMMITTEE.plusMonths(1)));
        assertViolation(() -> convention().addDecisions(CommitteeDecision.of(monthAfter, "b"),
                        CommitteeDecision.of(COMMITTEE, "a")).build(),
                ConventionCodes.CONVENTION_DECISIONS_OUT_OF_ORDER, "decisions[1].date");
        // A day of the year the previous one was taken in may come after it: listed so, it is accepted.
        assertThat(convention().addDecisions(CommitteeDecision.of(PartialDate.of(Year.of(COMMITTEE.getYear())), "b"),
                CommitteeDecision.of(COMMITTEE, "a"), CommitteeDecision.of(PartialDate.unknown(), "c")).build()
                .decisions()).hasSize(3);
    }

    @Test
    void decisionsValidateExistingPhases() {
        assertViolation(() -> convention().addDecisions(CommitteeDecision.of(COMMITTEE, "a", 3, 4)).build(),
                ConventionCodes.DECISION_PHASE_UNKNOWN, "decisions[0].validatedPhases");
        assertViolation(() -> CommitteeDecision.of(COMMITTEE, "a", 0), WorkCodes.PHASE_NUMBER_NOT_POSITIVE,
                "validatedPhases");
    }

    @Test
    void articleNumbersAreUnique() {
        assertViolation(() -> convention().addArticles(Article.of("1", "a"), Article.of("1", "b")).build(),
                ConventionCodes.ARTICLES_DUPLICATE_NUMBER, "articles[1].number");
        assertViolation(() -> Article.of(" ", "a"), CommonCodes.TEXT_BLANK, "number");
    }

    @Test
    void onePartySignsOnce() {
        Signature signature = Signature.of("metropole-amp", Person.of("A"), "Présidente", CONCLUDED);
        assertViolation(() -> convention().addSignatures(signature, signature).build(),
                SignatureCodes.SIGNATURES_DUPLICATE_PARTY, "signatures[1].party");
    }

    @Test
    void signaturesAreOfParties() {
        assertViolation(() -> convention().addSignatures(Signature.of("etat", Person.of("P"), "Préfet", CONCLUDED))
                .build(), ConventionCodes.SIGNATURE_PARTY_UNKNOWN, "signatures[0].party");
    }

    @Test
    void signaturesAreNotDatedAfterTheConclusion() {
        assertViolation(() -> convention().addSignatures(
                        Signature.of("metropole-amp", Person.of("A"), "Présidente", CONCLUDED.plusDays(1))).build(),
                ConventionCodes.SIGNATURE_AFTER_CONCLUSION, "signatures[0].date");
        assertThat(convention().addSignatures(Signature.unsigned("metropole-amp", Person.of("A"), "Présidente"))
                .build().signatures()).hasSize(1);
    }

    @Test
    void everyViolationOfAConventionIsReportedAtOnce() {
        ValidationException thrown = assertInvalid(() -> convention().reference("").object(" ")
                .phases(List.of(Phase.of(2, "b"))).addArticles(Article.of("1", "a"), Article.of("1", "b")).build());
        assertThat(thrown.codes()).containsExactlyInAnyOrder(CommonCodes.TEXT_BLANK, CommonCodes.TEXT_BLANK,
                ConventionCodes.ARTICLES_DUPLICATE_NUMBER, ConventionCodes.CONVENTION_PHASES_NOT_CONTIGUOUS);
    }

    @Test
    void listsAreUnmodifiable() {
        Convention built = convention().build();
        assertThatThrownBy(() -> built.parties().add(metropole())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> built.phases().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
