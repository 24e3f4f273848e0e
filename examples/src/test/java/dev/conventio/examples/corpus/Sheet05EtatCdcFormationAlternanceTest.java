package dev.conventio.examples.corpus;

import static dev.conventio.examples.corpus.Sheet05EtatCdcFormationAlternance.CDC;
import static dev.conventio.examples.corpus.Sheet05EtatCdcFormationAlternance.ETAT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.KnownFrom;
import dev.conventio.change.ProlongTerm;
import dev.conventio.convention.Convention;
import dev.conventio.date.PartialDate;
import dev.conventio.decision.Opinion;
import dev.conventio.decision.Verdict;
import dev.conventio.history.Commitments;
import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.History;
import dev.conventio.history.Instrument;
import dev.conventio.history.Life;
import dev.conventio.history.Provenance;
import dev.conventio.history.TimelineEvent;
import dev.conventio.objective.Target;
import dev.conventio.objective.TargetPeriod;
import dev.conventio.party.LegalForm;
import dev.conventio.party.Party;
import dev.conventio.party.Representation;
import dev.conventio.party.Representative;
import dev.conventio.publication.JournalOfficiel;
import dev.conventio.term.Term;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Sheet 05: the facts about parties, representatives, opinions and publications that the sheet
 * marks read, its money and targets (all read, the targets in the press note), and the textual and
 * time facts of the État–CDC convention of 9 September 2010 and its avenants.
 */
class Sheet05EtatCdcFormationAlternanceTest {

    private final Convention convention = Sheet05EtatCdcFormationAlternance.convention();

    private static final ConsolidatedConvention VIEW = History.of(Sheet05EtatCdcFormationAlternance.convention())
            .asOf(Sheet05EtatCdcFormationAlternance.CONVENTION_DATE);

    @Test
    void readTheConventionOf9September2010BindsTheStateAndTheCdc() {
        assertThat(convention.conclusionDate()).contains(LocalDate.of(2010, 9, 9));
        assertThat(convention.parties()).extracting(Party::id).containsExactly(ETAT, CDC);
        Party cdc = convention.party(CDC).orElseThrow();
        assertThat(cdc.legalForm()).contains(LegalForm.ETABLISSEMENT_SPECIAL);
        assertThat(cdc.address()).contains("56 rue de Lille, 75007 Paris");
        assertThat(cdc.designations()).containsExactly("l'opérateur", "la Caisse des dépôts");
    }

    @Test
    void readTheMinistersOf2010AndOf2024ByOffice() {
        List<String> in2010 = convention.representationOf(ETAT).orElseThrow().representatives().stream()
                .map(Representative::title).toList();
        assertThat(in2010).containsExactly("le Premier ministre", "ministre d'État, ministre de l'écologie, de"
                + " l'énergie, du développement durable et de la mer", "ministre de l'économie, de l'industrie et de"
                + " l'emploi");
        assertThat(convention.representationOf(CDC)).as("read: the 2010 representative is cut").isEmpty();
        List<Representation> in2024 = Sheet05EtatCdcFormationAlternance.avenant2Representations();
        assertThat(in2024.get(0).representatives()).extracting(Representative::title).containsExactly(
                "le Premier ministre", "ministre de l'économie, des finances et de la souveraineté industrielle et"
                        + " numérique", "ministre du travail, de la santé et des solidarités");
        Representative lombard = in2024.get(1).representatives().get(0);
        assertThat(in2024.get(1).party()).isEqualTo(CDC);
        assertThat(lombard.person().orElseThrow().fullName()).isEqualTo("Eric Lombard");
        assertThat(lombard.title()).isEqualTo("directeur général");
    }

    @Test
    void readAvenantTwoWasSubmittedForInformationToTheCommissionDeSurveillance() {
        Opinion opinion = Sheet05EtatCdcFormationAlternance.avenant2Opinion();
        assertThat(opinion.verdict()).isEqualTo(Verdict.FOR_INFORMATION);
        assertThat(opinion.isRequiredBeforeSignature()).isFalse();
        assertThat(opinion.date().isKnown()).as("read: its day is not given").isFalse();
    }

    @Test
    void readThePublicationsInTheJournalOfficiel() {
        JournalOfficiel jo = (JournalOfficiel) convention.publications().get(0);
        assertThat(jo.issueNumber()).contains("0211");
        assertThat(jo.textNumber()).contains(4);
        assertThat(jo.day()).contains(LocalDate.of(2010, 9, 11));
        assertThat(jo.legifranceId()).contains("JORFTEXT000022809524");
        assertThat(convention.identification()).hasToString("NOR PRMX1023296X");
        JournalOfficiel avenant = Sheet05EtatCdcFormationAlternance.avenant2Publication();
        assertThat(avenant.issueNumber()).contains("0098");
        assertThat(avenant.day()).contains(LocalDate.of(2024, 4, 26));
    }

    @Test
    void readAvenantOneIsKnownOnlyFromAvenantTwo() {
        assertThat(Sheet05EtatCdcFormationAlternance.avenant1().number()).isEqualTo(1);
        assertThat(Sheet05EtatCdcFormationAlternance.avenant1().note()).isPresent();
    }

    @Test
    void twoActionsEachEndowedWith250MillionEuros() {
        Convention convention = Sheet05EtatCdcFormationAlternance.convention();
        assertThat(convention.actions()).extracting(action -> action.title()).containsExactly(
                "Modernisation de l'appareil de formation en alternance",
                "Création ou consolidation de solutions d'hébergement");
        assertThat(convention.contributionsOf(Sheet05EtatCdcFormationAlternance.ACTION_1))
                .extracting(c -> c.amount().orElseThrow()).containsExactly(Money.parse("EUR 250000000.00"));
        assertThat(convention.targetsOf(Sheet05EtatCdcFormationAlternance.ACTION_2)).extracting(Target::id)
                .containsExactly("logements-action-2");
        Commitments money = VIEW.commitments();
        assertThat(money.byAction().get(Sheet05EtatCdcFormationAlternance.ACTION_1).amount())
                .contains(Money.parse("EUR 250000000.00"));
        assertThat(money.byAction().get(Sheet05EtatCdcFormationAlternance.ACTION_2).amount())
                .contains(Money.parse("EUR 250000000.00"));
        // Read: 500 M€ in all, managed by the Caisse des dépôts.
        assertThat(money.total().amount()).contains(Money.parse("EUR 500000000.00"));
        assertThat(money.byBeneficiary().get(Sheet05EtatCdcFormationAlternance.CDC).amount())
                .contains(Money.parse("EUR 500000000.00"));
        assertThat(money.total().provenance()).containsExactly(Provenance.base());
    }

    @Test
    void theTargetsOfThePressNote() {
        Target projects = VIEW.target("projets-action-1").orElseThrow().value();
        // Read in the press note: « about fifty » investment projects for action 1.
        assertThat(projects.quantity().value()).isEqualByComparingTo(BigDecimal.valueOf(50));
        assertThat(projects.quantity().isApproximate()).isTrue();
        assertThat(projects.quantity().unit()).isEqualTo("projets");
        assertThat(projects.action()).contains(Sheet05EtatCdcFormationAlternance.ACTION_1);
        assertThat(projects.source()).contains(Sheet05EtatCdcFormationAlternance.PRESS_NOTE);
        Target housing = VIEW.target("logements-action-2").orElseThrow().value();
        assertThat(housing.quantity().value()).isEqualByComparingTo(BigDecimal.valueOf(15_000));
        assertThat(housing.quantity().isApproximate()).isFalse();
        assertThat(housing.action()).contains(Sheet05EtatCdcFormationAlternance.ACTION_2);
        assertThat(housing.period()).isEqualTo(TargetPeriod.programme());
        assertThat(VIEW.target("logements-action-2").orElseThrow().provenance()).isEqualTo(Provenance.base());
    }

    @Test
    void readTheVisaIsTheLawOfFinances2010() {
        assertThat(Sheet05EtatCdcFormationAlternance.convention().legalBases())
                .containsExactly("Article 8 de la loi n° 2010-237 du 9 mars 2010 de finances rectificative pour 2010");
    }

    @Test
    void readNoTextualModificationIsRecordedAndTheTextIsNotInvented() {
        ConsolidatedConvention view = Sheet05EtatCdcFormationAlternance.history().asOf(LocalDate.of(2024, 6, 1));
        assertThat(view.text().articles()).isEmpty();
        assertThat(view.text().preamble().pending()).isEmpty();
        assertThat(view.isPossiblyIncomplete()).as("avenants n° 1 and 2 are not recorded").isTrue();
        assertThat(view.unrecordedBefore()).hasSize(2);
    }

    @Test
    void readTheTwoProlongationsAndTheStatedTotal() {
        assertThat(Sheet05EtatCdcFormationAlternance.prolongations()).extracting(ProlongTerm::by)
                .containsExactly(Period.ofYears(5), Period.ofYears(1));
        assertThat(Sheet05EtatCdcFormationAlternance.prolongations().get(1).statedTotal()).contains(Period.ofYears(16));
    }

    @Test
    void readTheOriginalDurationIsNotRecordedSoTheStatedTotalCannotBeChecked() {
        assertThat(Sheet05EtatCdcFormationAlternance.convention().term()).isEmpty();
        assertThat(Sheet05EtatCdcFormationAlternance.history().asOf(LocalDate.of(2024, 6, 1)).life().status())
                .isEqualTo(Life.Status.UNDETERMINED);
    }

    @Test
    void inferredUnderTenYearsTheStatedTotalHoldsAndTheEndIsSeptember2026() {
        Term term = Sheet05EtatCdcFormationAlternance.inferredTerm();
        for (ProlongTerm prolongation : Sheet05EtatCdcFormationAlternance.prolongations()) {
            term = term.withEnd(term.end().orElseThrow().prolongedBy(prolongation.by()));
        }
        LocalDate signed = LocalDate.of(2010, 9, 9);
        assertThat(term.totalDurationFor(signed)).as("inferred: 10 + 5 + 1 years")
                .isEqualTo(Sheet05EtatCdcFormationAlternance.prolongations().get(1).statedTotal());
        assertThat(term.lastDayFor(signed)).as("inferred: from the signature").contains(LocalDate.of(2026, 9, 8));
    }

    @Test
    void readAvenantOneIsKnownFromAvenantTwoSignedByAllOn20June2018AndInForceFromThen() {
        History history = Sheet05EtatCdcFormationAlternance.historyUnderTheInferredDuration();
        Amendment avenant1 = (Amendment) history.amendments().get(0);
        assertThat(avenant1.signatures()).as("read: avenant n° 2 names no signatory of avenant n° 1").isEmpty();
        assertThat(avenant1.knownFrom()).map(KnownFrom::signedOn)
                .contains(PartialDate.of(Sheet05EtatCdcFormationAlternance.AVENANT_1_DATE));
        assertThat(avenant1.changes()).containsExactly(Sheet05EtatCdcFormationAlternance.prolongations().get(0));
        assertThat(history.asOf(LocalDate.of(2018, 6, 19)).amendmentsInForce()).isEmpty();
        assertThat(history.asOf(LocalDate.of(2018, 6, 20)).amendmentsInForce()).containsExactly(1);
        assertThat(history.timeline()).filteredOn(event -> event.kind() == TimelineEvent.Kind.SIGNATURE
                && event.instrument().equals(Instrument.amendment(1))).singleElement()
                .extracting(TimelineEvent::date, TimelineEvent::description)
                .containsExactly(LocalDate.of(2018, 6, 20), "amendment n° 1 signed by all parties, known from"
                        + " préambule de l'avenant n° 2 du 24 avril 2024");
    }

    @Test
    void inferredUnderTenYearsAvenantOneCarriesTheConventionToSeptember2025() {
        History history = Sheet05EtatCdcFormationAlternance.historyUnderTheInferredDuration();
        ConsolidatedConvention view = history.asOf(LocalDate.of(2025, 1, 1));
        assertThat(view.life().status()).as("inferred: 10 + 5 years from the signature").isEqualTo(Life.Status.IN_FORCE);
        assertThat(view.term().orElseThrow().value().lastDayFor(Sheet05EtatCdcFormationAlternance.CONVENTION_DATE))
                .as("inferred").contains(LocalDate.of(2025, 9, 8));
        assertThat(view.term().orElseThrow().provenance()).isEqualTo(Provenance.of(Instrument.amendment(1), "1"));
        assertThat(view.isPossiblyIncomplete()).as("avenant n° 2 is not recorded").isTrue();
    }
}
