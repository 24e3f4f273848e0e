package dev.conventio.render;

import static dev.conventio.render.ConsolidatedHtmlTest.element;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.convention.Convention;
import dev.conventio.date.PartialDate;
import dev.conventio.history.History;
import dev.conventio.history.TimelineEvent;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline alone: a standalone SVG document with the convention's life and each amendment. */
class TimelineSvgTest {

    @Test
    void aStandaloneSvgDocumentWithTheLifeTheSignaturesAndTheBars() {
        String svg = TimelineSvg.render(ConsolidatedHtmlTest.history());
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chronologie\"").endsWith("</svg>");
        assertThat(element(svg, "vie-convention", "rect")).contains("class=\"vie\"",
                "<title>Convention ITE 2015 : conclue le 20 juillet 2015, terme le 31 décembre 2025</title>");
        assertThat(element(svg, "avenant-1", "g")).contains("non enregistré");
        assertThat(element(svg, "avenant-2-signature-1", "circle")).contains("<title>Signature le 2 septembre 2019");
        assertThat(element(svg, "avenant-2-signature-2", "circle")).contains("<title>Signature le 6 septembre 2019");
        assertThat(element(svg, "avenant-2-effet", "rect"))
                .contains("<title>Avenant n° 2 en vigueur du 6 septembre 2019 au 31 décembre 2025</title>");
        assertThat(svg).doesNotContain("date-consolidation");
        assertThat(TimelineSvg.render(ConsolidatedHtmlTest.history(), LocalDate.of(2019, 10, 1))).contains("date-consolidation");
    }

    @Test
    void aConclusionKnownInPartHasNoPointAndTheLifeSaysWhatIsKnown() {
        History history = ConsolidatedHtmlTest.history();
        Convention base = history.base();
        String svg = TimelineSvg.render(History.of(base.toBuilder().concludedOn(PartialDate.parse("2015")).build(),
                history.amendments()));
        assertThat(element(svg, "vie-convention", "rect")).contains("conclue en 2015");
        assertThat(svg).doesNotContain("id=\"conclusion\"");
        assertThat(TimelineSvg.render(history)).contains("id=\"conclusion\"");
    }

    @Test
    void withAConclusionNotKnownAtAllTheAxisStartsAtTheFirstEvent() {
        History history = ConsolidatedHtmlTest.history();
        History undated = History.of(history.base().toBuilder().concludedOn(PartialDate.unknown())
                .signatures(List.of()).build(), history.amendments());
        String svg = TimelineSvg.render(undated);
        LocalDate first = undated.timeline().stream().map(TimelineEvent::date).min(LocalDate::compareTo).orElseThrow();
        assertThat(element(svg, "vie-convention", "rect")).contains("conclue à une date inconnue");
        // The first year on the axis is the first event's.
        assertThat(svg).contains(">" + first.getYear() + "</text>").doesNotContain(">" + (first.getYear() - 1) + "</text>");
    }

    @Test
    void withNothingDatedTheTimelineSaysSoAndDrawsNoAxis() {
        Convention undated = Convention.builder().reference("SANS DATE").object("Objet")
                .addParties(Party.builder().id("a").name("Partie A").kind(PartyKind.COMMUNE).build(),
                        Party.builder().id("b").name("Partie B").kind(PartyKind.ASSOCIATION).build())
                .concludedOn(PartialDate.unknown()).build();
        String svg = TimelineSvg.render(History.of(undated));
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>")
                .contains("Aucune date connue").doesNotContain("class=\"axe\"");
    }
}
