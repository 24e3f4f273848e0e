package dev.conventio.examples.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.history.ConsolidatedConvention;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The textual facts of corpus sheet 05: the État–CDC convention of 9 September 2010 and its avenants. */
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
}
