package dev.conventio.examples.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.change.ProlongTerm;
import dev.conventio.convention.Convention;
import dev.conventio.history.Commitments;
import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.History;
import dev.conventio.history.Life;
import dev.conventio.history.Provenance;
import dev.conventio.objective.Target;
import dev.conventio.objective.TargetPeriod;
import dev.conventio.term.Term;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The facts of corpus sheet 05: its money and targets, all read (the targets in the press note), and
 * its text and prolongations, read or inferred and labelled.
 */
class Sheet05EtatCdcFormationAlternanceTest {

    private static final ConsolidatedConvention VIEW = History.of(Sheet05EtatCdcFormationAlternance.convention())
            .asOf(Sheet05EtatCdcFormationAlternance.CONVENTION_DATE);

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
}
