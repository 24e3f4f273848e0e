package dev.conventio.render;

import static dev.conventio.render.ConsolidatedHtmlTest.element;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
}
