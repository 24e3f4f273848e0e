package dev.conventio.render;

import static dev.conventio.render.ConsolidatedHtmlTest.element;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.amendment.Amendment;
import dev.conventio.change.ChangeObject;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.governance.SteeringCommittee;
import dev.conventio.history.History;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Person;
import dev.conventio.signature.Signature;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Where the timeline draws what: the years of the axis, the convention's life from its conclusion
 * to its end (or open), the committee's decisions, an open-ended avenant's effect, a draft.
 * The scale: 780 px from the first of January of the first year to the first of January after the
 * last date, starting 150 px from the left.
 */
class TimelineLayoutTest {

    private static final LocalDate CONCLUDED = LocalDate.of(2020, 1, 1);

    private static Convention.Builder base() {
        return Convention.builder().reference("CONV").object("Objet")
                .addParty(Party.builder().id("a").name("A").kind(PartyKind.COMMUNE).build())
                .addParty(Party.builder().id("b").name("B").kind(PartyKind.ASSOCIATION).build())
                .concludedOn(CONCLUDED).addArticle(Article.numbered("1"))
                .steeringCommittee(SteeringCommittee.of("Comité", "suivre"));
    }

    private static History history() {
        Convention convention = base().term(Term.of(StartRule.onDate(CONCLUDED), TermEnd.on(LocalDate.of(2021, 12, 31))))
                .addDecisions(CommitteeDecision.of(LocalDate.of(2020, 6, 15), "premier bilan")).build();
        Amendment openEnded = Amendment.builder().number(1).addArticle(Article.numbered("1"))
                .term(Term.of(StartRule.onSignatureByAllParties()))
                .addSignatures(Signature.of("a", Person.of("Claire Exemple"), "la maire", LocalDate.of(2020, 6, 30)),
                        Signature.of("b", Person.of("Paul Exemple"), "le président", LocalDate.of(2020, 7, 1)))
                .addChanges(ChangeObject.of("1", "Objet modifié")).build();
        Amendment draft = Amendment.builder().number(2).addArticle(Article.numbered("1"))
                .term(Term.of(StartRule.onSignatureByAllParties())).build();
        return History.of(convention).add(openEnded).add(draft);
    }

    @Test
    void theCanvasHasARowForTheConventionEachAvenantAndTheAxis() {
        String svg = TimelineSvg.render(history());
        assertThat(svg).contains("viewBox=\"0 0 960 170\" width=\"960\" height=\"170\"",
                "<title id=\"chronologie-titre\">Chronologie de la convention CONV</title>");
        // The axis runs over the years 2020 and 2021, with a tick and a label on each first of January.
        assertThat(svg).contains("<text x=\"136.0\" y=\"169\">2020</text>", "<text x=\"526.5\" y=\"169\">2021</text>",
                "<text x=\"916.0\" y=\"169\">2022</text>").doesNotContain(">2019<", ">2023<");
        // The axis 14 px above the bottom, each tick 4 px either side of it.
        assertThat(svg).contains("<line class=\"axe\" x1=\"150\" y1=\"156\" x2=\"930\" y2=\"156\"/>",
                "<line class=\"axe\" x1=\"540.5\" y1=\"152\" x2=\"540.5\" y2=\"160\"/>");
        // One row of 34 px each: the convention's, then each avenant's, labelled at the left.
        assertThat(svg).contains("<text x=\"4\" y=\"31\">Convention</text>",
                "<text x=\"4\" y=\"82\">Avenant n° 1</text>", "<text x=\"4\" y=\"116\">Avenant n° 2</text>",
                "<text x=\"150\" y=\"116\" class=\"projet\">projet non signé");
    }

    @Test
    void theLifeOfTheConventionRunsFromItsConclusionToItsEnd() {
        String svg = TimelineSvg.render(history());
        assertThat(element(svg, "vie-convention", "rect")).contains("class=\"vie\"", "x=\"150.0\"", "y=\"17\"",
                "width=\"780.0\"", "height=\"18\"",
                "<title>Convention CONV : conclue le 1er janvier 2020, terme le 31 décembre 2021</title>");
        assertThat(element(svg, "conclusion", "circle")).contains("cx=\"150.0\" cy=\"26\"", "Conclusion le 1er janvier 2020");
        assertThat(element(svg, "fin-convention", "line")).contains("x1=\"930.0\" y1=\"15\" x2=\"930.0\" y2=\"37\"",
                "Terme de la convention le 31 décembre 2021");
    }

    @Test
    void aDecisionOfTheCommitteeIsADiamondOnTheConventionsRow() {
        assertThat(element(TimelineSvg.render(history()), "decision-1", "polygon")).contains("class=\"decision\"",
                "points=\"327.1,13 332.1,18 327.1,23 322.1,18\"", "Décision du comité le 15 juin 2020",
                ": premier bilan");
    }

    @Test
    void anOpenEndedAvenantRunsToTheEdgeAndADraftIsNeverInForce() {
        String svg = TimelineSvg.render(history());
        assertThat(element(svg, "avenant-1-effet", "rect")).contains("class=\"effet ouverte\"", "x=\"344.2\" y=\"71\"",
                "width=\"585.8\"", "Avenant n° 1 en vigueur du 1er juillet 2020, sans terme connu");
        assertThat(element(svg, "avenant-1-signature-2", "circle")).contains("cy=\"77\"", "Signature le 1er juillet 2020");
        assertThat(element(svg, "avenant-1-signature-1", "circle")).contains("Signature le 30 juin 2020");
        assertThat(element(svg, "avenant-2", "g")).contains("projet non signé : jamais en vigueur")
                .doesNotContain("avenant-2-effet", "avenant-2-signature");
    }

    @Test
    void aConventionWithoutAnEndIsOpenAndTheConsolidationDateWidensTheAxis() {
        History open = History.of(base().term(Term.of(StartRule.onDate(CONCLUDED))).build());
        String svg = TimelineSvg.render(open, LocalDate.of(2022, 3, 1));
        assertThat(element(svg, "vie-convention", "rect")).contains("class=\"vie ouverte\"", ", terme non connu");
        assertThat(svg).doesNotContain("fin-convention").contains(">2023</text>", "viewBox=\"0 0 960 102\"");
        assertThat(element(svg, "date-consolidation", "line")).contains("y1=\"4\"", "y2=\"98\"",
                "Version consolidée au 1er mars 2022");
        // A consolidation date before the conclusion widens the axis to its year.
        assertThat(TimelineSvg.render(open, LocalDate.of(2018, 5, 1))).contains(">2018</text>");
    }
}
