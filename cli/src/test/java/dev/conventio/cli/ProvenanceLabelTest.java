package dev.conventio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.history.Instrument;
import dev.conventio.history.Provenance;
import org.junit.jupiter.api.Test;

/** The bracketed provenance of the consolidated text; its other words are the render module's. */
class ProvenanceLabelTest {

    @Test
    void provenanceNamesTheInstrumentAndTheArticle() {
        assertThat(ConsolidatedText.provenance(Provenance.base())).isEqualTo("[convention initiale]");
        assertThat(ConsolidatedText.provenance(Provenance.of(Instrument.amendment(2), "3")))
                .isEqualTo("[avenant n° 2, article 3]");
        assertThat(ConsolidatedText.provenance(Provenance.of(Instrument.amendment(2), "1")))
                .as("the article's number as recorded").isEqualTo("[avenant n° 2, article 1]");
    }
}
