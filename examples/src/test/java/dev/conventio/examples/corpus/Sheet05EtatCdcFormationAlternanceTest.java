package dev.conventio.examples.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.change.ProlongTerm;
import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.Life;
import dev.conventio.term.Term;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** The textual and time facts of corpus sheet 05: the État–CDC convention of 9 September 2010 and its avenants. */
class Sheet05EtatCdcFormationAlternanceTest {

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
