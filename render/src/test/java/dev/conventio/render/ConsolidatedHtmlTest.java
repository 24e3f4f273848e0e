package dev.conventio.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.change.DeleteArticle;
import dev.conventio.change.InsertParagraphs;
import dev.conventio.change.ModifyText;
import dev.conventio.change.ReplaceTable;
import dev.conventio.change.ReplaceWords;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.history.History;
import dev.conventio.history.Instrument;
import dev.conventio.history.Provenance;
import dev.conventio.party.Civility;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Person;
import dev.conventio.party.Representative;
import dev.conventio.signature.Signature;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.text.Paragraph;
import dev.conventio.text.Table;
import dev.conventio.text.Text;
import dev.conventio.text.TextLocation;
import dev.conventio.work.PhaseStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The consolidated convention as a page: its text, annotations, unknown parts, instructions, validity. */
class ConsolidatedHtmlTest {

    static final LocalDate AS_OF = LocalDate.of(2019, 10, 1);

    static History history() {
        Convention base = Convention.builder().reference("ITE 2015").object("Instituts pour la transition énergétique")
                .addParty(Party.builder().id("etat").name("l'État").kind(PartyKind.ETAT).representative(
                        Representative.of(Person.of("le Premier ministre"), "Premier ministre")).build())
                .addParty(Party.builder().id("anr").name("Agence nationale de la recherche")
                        .kind(PartyKind.ETABLISSEMENT_PUBLIC).representative(Representative.of(
                                Person.of(Civility.MONSIEUR, "Michael Matlosz"), "président-directeur général")).build())
                .concludedOn(LocalDate.of(2015, 7, 20))
                .addLegalBases("Vu la loi n° 2010-237 du 9 mars 2010 de finances rectificative pour 2010")
                .preamble(Text.ofParagraphs("La convention du 27 juillet 2010 a été modifiée à deux reprises.",
                        "Les ITE ont été créés au sein de certains organismes."))
                .addArticle(Article.of("1", "Objet", Text.ofParagraphs("Les organismes, ci-après désignés « les ITE »,"
                        + " sont financés <en partie> & suivis.")))
                .addArticle(Article.of("1.3", Text.partial(List.of(Paragraph.unknown(),
                        Table.of("Tableau 1", List.of(List.of("2015", "300 M€")))))))
                .addArticle(Article.numbered("5"))
                .term(Term.of(StartRule.onDate(LocalDate.of(2015, 7, 20)), TermEnd.on(LocalDate.of(2025, 12, 31))))
                .build();
        Amendment first = Amendment.builder().number(2).addArticle(Article.of("1", "Modifications"))
                .addArticle(Article.of("2", "Abrogation"))
                .term(Term.of(StartRule.onSignatureByAllParties(), TermEnd.on(LocalDate.of(2025, 12, 31))))
                .addSignatures(Signature.of("etat", Person.of("Premier ministre"), "Premier ministre", LocalDate.of(2019, 9, 2)),
                        Signature.of("anr", Person.of("PDG"), "PDG", LocalDate.of(2019, 9, 6)))
                .addChanges(ModifyText.of("1", ReplaceWords.of(TextLocation.preamble().withParagraph(1), "deux", "trois")),
                        ModifyText.of("1", ReplaceWords.deletion(TextLocation.article("1").withParagraph(1), "ci-après désignés")),
                        ModifyText.of("1", ReplaceTable.of(TextLocation.article("1.3"), 1, Table.withUnknownRows(
                                "Tableau 1. – Rythme prévisionnel d'engagement"))),
                        ModifyText.of("1", ReplaceWords.of(TextLocation.article("1.3").withParagraph(1), "1 150 M€", "934,4 M€")),
                        ModifyText.of("1", ReplaceWords.unknown(TextLocation.article("1.3").withParagraph(1), "2015")),
                        ModifyText.of("1", InsertParagraphs.of(TextLocation.article("1.3"), List.of(Paragraph.of("Fin.")))),
                        ModifyText.of("2", DeleteArticle.of("5")))
                .build();
        return History.of(base, List.of(UnrecordedAmendment.of(1, "connu par la numérotation"), first));
    }

    /** The part of a page from an element's id to the end of that element. */
    static String element(String page, String id, String name) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        return page.substring(start, page.indexOf("</" + name + ">", start));
    }

    @Test
    void thePageIsPolyglotXhtmlInFrench() {
        String page = ConsolidatedHtml.render(history().asOf(LocalDate.of(2016, 1, 1)));
        assertThat(page).startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\""
                + " xml:lang=\"fr\">\n<head><meta charset=\"utf-8\"/><title>Convention ITE 2015 — version consolidée"
                + " au 1er janvier 2016</title>").endsWith("</html>\n").doesNotContain("chronologie");
        assertThat(page).contains("Avenants appliqués : aucun", "Modifiée à deux reprises".toLowerCase());
    }

    @Test
    void theHeaderGivesTheDateTheAmendmentsAndWhatMayBeMissing() {
        String page = ConsolidatedHtml.render(history(), AS_OF);
        assertThat(page).contains("Version consolidée au 1er octobre 2019", "Avenants appliqués : n° 2",
                "Cette version peut être incomplète : l'avenant n° 1 n'est pas enregistré et peut être en vigueur"
                        + " (connu par la numérotation).",
                "Le texte n'est pas enregistré en entier");
    }

    @Test
    void modifiedParagraphsAreAnnotatedAndUnknownPartsShownAsUnknown() {
        String page = ConsolidatedHtml.render(history(), AS_OF);
        assertThat(element(page, "preambule", "section")).contains("modifiée à trois reprises.<span class=\"annotation\">"
                + "Modifié par l'avenant n° 2, article 1er</span>");
        assertThat(element(page, "article-1", "article")).contains("Les organismes, « les ITE », sont financés");
        String article13 = element(page, "article-1-3", "article");
        assertThat(article13).contains("[Alinéa dont le texte n'est pas enregistré]",
                "Tableau 1. – Rythme prévisionnel d'engagement", "[Lignes du tableau non enregistrées]",
                "[La suite du texte n'est pas enregistrée]",
                "Modification non appliquée, le passage visé n'étant pas enregistré (avenant n° 2, article 1er) : Au"
                        + " premier alinéa de l'article 1.3, les mots « 1 150 M€ » sont remplacés par les mots « 934,4 M€ ».",
                "Au premier alinéa de l'article 1.3, les mots « 2015 » sont remplacés par des mots dont le texte"
                        + " n'est pas enregistré.",
                "À la fin de l'article 1.3, est inséré « Fin. ».");
        assertThat(page).contains("Article 5 — abrogé<span class=\"annotation\">Abrogé par l'avenant n° 2, article 2</span>");
        assertThat(page).contains("sont financés &lt;en partie&gt; &amp; suivis.");
    }

    @Test
    void partiesAndRepresentativesAreNamed() {
        String page = ConsolidatedHtml.render(history(), AS_OF);
        assertThat(page).contains("Agence nationale de la recherche (établissement public), représentée par M. Michael"
                + " Matlosz, président-directeur général", "Vu la loi n° 2010-237");
    }

    @Test
    void theTimelineIsEmbedded() {
        String page = ConsolidatedHtml.render(history(), AS_OF);
        assertThat(element(page, "chronologie", "section")).contains("<svg xmlns=\"http://www.w3.org/2000/svg\"",
                "id=\"vie-convention\"", "id=\"avenant-2-effet\"", "id=\"date-consolidation\"");
    }

    @Test
    void labelsAreFrench() {
        assertThat(FrenchLabels.of(PhaseStatus.VALIDATED)).isEqualTo("validée");
        assertThat(FrenchLabels.of(Provenance.of(Instrument.amendment(2), "1"))).isEqualTo("avenant n° 2, article 1er");
        assertThat(FrenchLabels.of(Provenance.base())).isEqualTo("convention initiale");
        assertThat(FrenchLabels.of(LocalDate.of(2020, 1, 1))).isEqualTo("1er janvier 2020");
        assertThat(FrenchLabels.ordinal(4)).isEqualTo("quatrième");
        assertThat(FrenchLabels.ordinal(12)).isEqualTo("12e");
    }
}
