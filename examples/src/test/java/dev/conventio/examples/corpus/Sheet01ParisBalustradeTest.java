package dev.conventio.examples.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.change.ReplaceParagraph;
import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.Provenance;
import dev.conventio.text.TextLocation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The textual facts of corpus sheet 01: avenant n° 1 to the Ville de Paris–Balustrade CPO. */
class Sheet01ParisBalustradeTest {

    @Test
    void readArticle1ReplacesTheFirstParagraphOfArticle2() {
        assertThat(Sheet01ParisBalustrade.modification().article()).isEqualTo("1");
        ReplaceParagraph replace = (ReplaceParagraph) Sheet01ParisBalustrade.modification().operation();
        assertThat(replace.location()).isEqualTo(TextLocation.article("2").withParagraph(1));
        assertThat(replace.replacement().isKnown()).as("read only up to « le montant de l… »: not invented").isFalse();
    }

    @Test
    void readTheDraftIsNeverInForceSoArticle2StaysAsTheCpoHasIt() {
        ConsolidatedConvention view = Sheet01ParisBalustrade.history().asOf(LocalDate.of(2022, 3, 22));
        assertThat(view.amendmentsInForce()).isEmpty();
        assertThat(view.text().article("2").orElseThrow().content().blocks()).singleElement()
                .satisfies(block -> assertThat(block.provenance()).isEqualTo(Provenance.of(
                        dev.conventio.history.Instrument.base(), "2")));
    }
}
