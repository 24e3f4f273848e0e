package dev.conventio.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.amendment.Amendment;
import dev.conventio.change.AddContribution;
import dev.conventio.change.ChangePhaseStatus;
import dev.conventio.change.RecordDecision;
import dev.conventio.change.SetGovernance;
import dev.conventio.change.SetOrientations;
import dev.conventio.convention.Convention;
import dev.conventio.decision.Authorisation;
import dev.conventio.decision.Decision;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.history.History;
import dev.conventio.party.Civility;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Person;
import dev.conventio.party.Representation;
import dev.conventio.party.Representative;
import dev.conventio.signature.Signature;
import dev.conventio.term.StartRule;
import dev.conventio.work.Orientation;
import dev.conventio.work.PhaseStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Checks the reference example against the facts of the reference document. */
class ReferenceConventionTest {

    private final Convention convention = ReferenceConvention.convention();
    private final Amendment avenant = ReferenceConvention.avenant2Draft();

    @Test
    void theConventionBindsTheMetropoleAndTheGip() {
        assertThat(convention.reference()).contains("DEVT 013-2609/17/BM");
        assertThat(convention.identification()).hasToString("DEVT 013-2609/17/BM");
        assertThat(convention.conclusionDate()).contains(LocalDate.of(2017, 11, 22));
        assertThat(convention.parties()).extracting(Party::kind).containsExactly(PartyKind.METROPOLE, PartyKind.GIP);
        Party metropole = convention.party(ReferenceConvention.METROPOLE).orElseThrow();
        assertThat(metropole.representative().orElseThrow().person().orElseThrow().fullName())
                .isEqualTo("Martine Vassal");
        assertThat(metropole.mandate().orElseThrow().deliberationNumber()).as("n°..... in the document").isEmpty();
        assertThat(ReferenceConvention.conventionAsStated().representationOf(ReferenceConvention.METROPOLE))
                .as("the document states Avenant n° 2's, not the convention's").isEmpty();
        assertThat(ReferenceConvention.conventionAsStated().authorisationsOf(ReferenceConvention.METROPOLE)).isEmpty();
    }

    @Test
    void avenantTwoStatesWhoRepresentsEachPartyInIt() {
        Amendment avenant = ReferenceConvention.avenant2AsStated();
        Representation metropole = avenant.representations().get(0);
        assertThat(metropole.party()).isEqualTo(ReferenceConvention.METROPOLE);
        Representative presidente = metropole.representatives().get(0);
        assertThat(presidente.person().map(Person::fullName)).contains("Martine Vassal");
        assertThat(presidente.title()).isEqualTo("Présidente");
        assertThat(presidente.orDelegate()).as("« ou son représentant »").isTrue();
        Representative directeur = avenant.representations().get(1).representatives().get(0);
        assertThat(avenant.representations().get(1).party()).isEqualTo(ReferenceConvention.GIP);
        assertThat(directeur.person().flatMap(Person::civility)).contains(Civility.MONSIEUR);
        assertThat(directeur.person().map(Person::fullName)).contains("Mustapha Berra");
    }

    @Test
    void theMandateOf19December2019AuthorisesTheMetropoleToSignAvenantTwoItsNumberUnknown() {
        Amendment avenant = ReferenceConvention.avenant2AsStated();
        assertThat(History.of(ReferenceConvention.conventionAsStated()).add(ReferenceHistory.asDrafted().amendments().get(0))
                .check(avenant)).isEmpty();
        assertThat(avenant.authorisations()).hasSize(1);
        Authorisation authorisation = avenant.authorisations().get(0);
        assertThat(authorisation.party()).isEqualTo(ReferenceConvention.METROPOLE);
        Decision deliberation = authorisation.decision();
        assertThat(deliberation.kind()).isEqualTo(Decision.Kind.DELIBERATION);
        assertThat(deliberation.body()).isEqualTo("Bureau de la Métropole");
        assertThat(deliberation.number()).as("n°..... in the document").isEmpty();
        assertThat(deliberation.day()).contains(LocalDate.of(2019, 12, 19));
        assertThat(ReferenceConvention.avenant2Signed().signatures().get(0).date().orElseThrow())
                .as("the illustrative signature comes after the deliberation").isAfter(deliberation.day().orElseThrow());
    }

    @Test
    void theConventionHasThreePhasesAndNoInventedFacts() {
        assertThat(convention.phases()).hasSize(3);
        assertThat(convention.phases().get(1).title()).isEqualTo("Exploitation du référentiel d'évaluation");
        assertThat(convention.term()).as("the document does not give the convention's term").isEmpty();
        assertThat(convention.signatures()).isEmpty();
        assertThat(convention.contributions()).isEmpty();
    }

    @Test
    void avenantTwoIsADraftInFourArticles() {
        assertThat(avenant.number()).isEqualTo(2);
        assertThat(avenant.isDraft()).isTrue();
        assertThat(avenant.articles()).extracting(a -> a.title().orElseThrow()).containsExactly(
                "Avenant à la convention initiale de partenariat entre la Métropole Aix-Marseille-Provence et le "
                        + "GIP CRPV PACA - Détermination des étapes de travail de la phase 3",
                "Conditions financières", "Instance de pilotage", "Durée de l'avenant à la convention");
        assertThat(avenant.term().start()).isEqualTo(StartRule.onSignatureByAllParties());
        assertThat(avenant.term().end().flatMap(dev.conventio.term.TermEnd::date)).contains(LocalDate.of(2020, 12, 31));
    }

    @Test
    void theCommitteeOfMarch2019ValidatedPhasesTwoAndThree() {
        RecordDecision decision = (RecordDecision) avenant.changes().get(0);
        assertThat(decision.article()).isEqualTo("1");
        assertThat(decision.decision().date()).contains(LocalDate.of(2019, 3, 21));
        assertThat(decision.decision().validatedPhases()).containsExactly(2, 3);
        assertThat(avenant.changes()).filteredOn(ChangePhaseStatus.class::isInstance)
                .map(ChangePhaseStatus.class::cast)
                .extracting(ChangePhaseStatus::phase, ChangePhaseStatus::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, PhaseStatus.VALIDATED),
                        org.assertj.core.groups.Tuple.tuple(3, PhaseStatus.VALIDATED));
    }

    @Test
    void fourOrientationsForPhaseThreeTheSecondJustified() {
        SetOrientations orientations = avenant.changes().stream().filter(SetOrientations.class::isInstance)
                .map(SetOrientations.class::cast).findFirst().orElseThrow();
        assertThat(orientations.phase()).isEqualTo(3);
        assertThat(orientations.orientations()).extracting(Orientation::order).containsExactly(1, 2, 3, 4);
        assertThat(orientations.orientations()).filteredOn(o -> o.justification().isPresent())
                .extracting(Orientation::order).containsExactly(2);
        assertThat(orientations.orientations().get(1).justification().orElseThrow())
                .contains("surreprésentation des mineurs vulnérables");
    }

    @Test
    void hundredThousandEurosFromTheMetropoleToTheGipFor2020() {
        FinancialContribution contribution = avenant.changes().stream().filter(AddContribution.class::isInstance)
                .map(c -> ((AddContribution) c).contribution()).findFirst().orElseThrow();
        assertThat(contribution.amount()).contains(Money.of(CurrencyUnit.EUR, 100_000));
        assertThat(contribution.contributor()).isEqualTo(ReferenceConvention.METROPOLE);
        assertThat(contribution.beneficiary()).isEqualTo(ReferenceConvention.GIP);
        assertThat(contribution.budget()).contains(BudgetPeriod.ofYear(2020));
        assertThat(avenant.changes()).filteredOn(AddContribution.class::isInstance)
                .extracting(c -> c.article()).containsExactly("2");
    }

    @Test
    void articleThreeSetsUpASteeringCommittee() {
        SetGovernance governance = avenant.changes().stream().filter(SetGovernance.class::isInstance)
                .map(SetGovernance.class::cast).findFirst().orElseThrow();
        assertThat(governance.article()).isEqualTo("3");
        assertThat(governance.committee().mission()).contains("Validera l'ensemble de cette démarche");
    }

    @Test
    void theSignatoriesAreTheVicePresidenteAndTheDirector() {
        assertThat(avenant.signatures()).extracting(s -> s.signatory().orElseThrow().toString(), Signature::capacity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Mme Arlette Fructus", "La Vice-Présidente Déléguée"),
                org.assertj.core.groups.Tuple.tuple("M. Mustapha Berra", "Le Directeur – Ordonnateur"));
        assertThat(avenant.signatures()).noneMatch(Signature::isSigned);
    }

    @Test
    void theSignedFormHasIllustrativeDatesAndTheSameContent() {
        Amendment signed = ReferenceConvention.avenant2Signed();
        assertThat(signed.isDraft()).isFalse();
        assertThat(signed.lastSignatureDate()).contains(ReferenceConvention.ILLUSTRATIVE_GIP_SIGNATURE);
        assertThat(signed.changes()).isEqualTo(avenant.changes());
    }

    @Test
    void theSummaryPrintsEveryFact() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReferenceConvention.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("DEVT 013-2609/17/BM", "2017-11-22", "Martine Vassal", "2019-12-19",
                "numéro inconnu", "Mustapha Berra", "Phase 3", "2019-03-21", "surreprésentation", "EUR 100000.00",
                "Comité de pilotage", "2020-12-31", "Mme Arlette Fructus", "La Vice-Présidente Déléguée",
                "Le Directeur – Ordonnateur", "non signé (projet)");
    }
}
