package dev.conventio.examples.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.examples.ReferenceHistory;
import dev.conventio.render.ConsolidatedHtml;
import dev.conventio.render.TimelineSvg;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The reference convention DEVT 013-2609/17/BM as in force on 2020-06-30 (Avenant n° 2 signed on
 * its illustrative dates), rendered: its title, both parties and who represents them, the
 * annotations of what Avenant n° 2 set, the "may be incomplete" header, validity, and the timeline.
 */
class ReferenceRenderingTest {

    private static final String PAGE = ConsolidatedHtml.render(ReferenceHistory.asSigned(), ReferenceHistory.MID_2020);

    private static String text(Document document, String id) {
        Element element = HtmlValidity.byId(document, id);
        assertThat(element).as(id).isNotNull();
        return element.getTextContent();
    }

    @Test
    void thePageIsValidHtml() throws Exception {
        HtmlValidity.assertValid(PAGE);
        HtmlValidity.assertValid(ConsolidatedHtml.render(ReferenceHistory.asDrafted(), ReferenceHistory.MID_2020));
    }

    @Test
    void theTitleAndBothPartiesWithTheirRepresentatives() throws Exception {
        Document document = HtmlValidity.xml(PAGE);
        assertThat(HtmlValidity.elements(document, "h1")).singleElement()
                .satisfies(h1 -> assertThat(h1.getTextContent()).isEqualTo("Convention DEVT 013-2609/17/BM"));
        assertThat(HtmlValidity.elements(document, "title").get(0).getTextContent())
                .isEqualTo("Convention DEVT 013-2609/17/BM — version consolidée au 30 juin 2020");
        assertThat(text(document, "partie-metropole-amp")).isEqualTo("Métropole Aix-Marseille-Provence (métropole),"
                + " représentée par Martine Vassal, Présidente, ou son représentant, dûment habilitée par délibération"
                + " (numéro non renseigné) du Bureau de la Métropole du 19 décembre 2019");
        assertThat(text(document, "partie-gip-crpv-paca")).isEqualTo("GIP Centre de Ressources pour la Politique de la"
                + " Ville PACA (CRPV PACA) (groupement d'intérêt public), représentée par M. Mustapha Berra,"
                + " Directeur-Ordonnateur du CRPV PACA");
    }

    @Test
    void whatAvenant2SetIsAnnotatedWithItsArticle() throws Exception {
        Document document = HtmlValidity.xml(PAGE);
        assertThat(text(document, "orientations-phase-3")).startsWith("Étapes de travail :La co-construction")
                .endsWith("Modifié par l'avenant n° 2, article 1er");
        assertThat(text(document, "phase-3")).contains("Phase 3 : Évaluation finale et mise en place d'éléments de"
                + " prospective urbaine et sociale — validéeModifié par l'avenant n° 2, article 1er");
        assertThat(text(document, "contribution-participation-2020")).isEqualTo("Participation financière de Métropole"
                + " Aix-Marseille-Provence à GIP Centre de Ressources pour la Politique de la Ville PACA (CRPV PACA) :"
                + " 100\u202f000,00\u00a0€ pour l'exercice 2020Modifié par l'avenant n° 2, article 2");
        assertThat(text(document, "comite")).isEqualTo("Comité de pilotage : Validera l'ensemble de cette démarche"
                + "Modifié par l'avenant n° 2, article 3");
        assertThat(text(document, "phase-1")).doesNotContain("Modifié par");
    }

    @Test
    void theHeaderSaysTheViewMayBeIncomplete() throws Exception {
        Document document = HtmlValidity.xml(PAGE);
        assertThat(text(document, "peut-etre-incomplete")).isEqualTo("Cette version peut être incomplète : l'avenant"
                + " n° 1 n'est pas enregistré et peut être en vigueur (Connu par la seule numérotation de l'Avenant n° 2 :"
                + " son contenu n'est pas enregistré).");
        assertThat(PAGE).contains("Version consolidée au 30 juin 2020", "Avenants appliqués : n° 2",
                "[Aucun article de la convention n'est enregistré]", "[La durée de la convention n'est pas enregistrée]");
    }

    @Test
    void theTimelineShowsTheLifeTheSignaturesAndTheEffectOfAvenant2() throws Exception {
        Document document = HtmlValidity.xml(TimelineSvg.render(ReferenceHistory.asSigned()));
        Element life = HtmlValidity.byId(document, "vie-convention");
        assertThat(life.getAttribute("class")).as("the term is not recorded: open, never invented").isEqualTo("vie ouverte");
        assertThat(life.getTextContent()).isEqualTo("Convention DEVT 013-2609/17/BM : conclue le 22 novembre 2017,"
                + " terme non connu");
        assertThat(text(document, "conclusion")).isEqualTo("Conclusion le 22 novembre 2017");
        assertThat(text(document, "avenant-1")).contains("non enregistré");
        assertThat(text(document, "avenant-2-signature-1")).startsWith("Signature le 27 janvier 2020");
        assertThat(text(document, "avenant-2-signature-2")).startsWith("Signature le 3 février 2020");
        assertThat(text(document, "avenant-2-effet")).isEqualTo("Avenant n° 2 en vigueur du 3 février 2020 au"
                + " 31 décembre 2020");
        assertThat(text(document, "decision-1")).startsWith("Décision du comité le 21 mars 2019 (avenant n° 2)");
        assertThat(HtmlValidity.byId(document, "fin-convention")).isNull();
        Document drafted = HtmlValidity.xml(TimelineSvg.render(ReferenceHistory.asDrafted()));
        assertThat(text(drafted, "avenant-2")).contains("projet non signé : jamais en vigueur");
        assertThat(HtmlValidity.byId(drafted, "avenant-2-effet")).isNull();
    }
}
