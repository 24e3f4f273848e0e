package dev.conventio.render;

import static dev.conventio.render.ConsolidatedHtmlTest.element;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.amendment.Amendment;
import dev.conventio.change.AddArticle;
import dev.conventio.change.ChangeObject;
import dev.conventio.change.InsertParagraphs;
import dev.conventio.change.ModifyText;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.history.History;
import dev.conventio.party.Civility;
import dev.conventio.party.Mandate;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Person;
import dev.conventio.party.Representative;
import dev.conventio.party.Siren;
import dev.conventio.signature.Signature;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.text.Paragraph;
import dev.conventio.text.Table;
import dev.conventio.text.Text;
import dev.conventio.text.TextLocation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of the page around the sections: parties, visas, articles and their blocks, annotations. */
class PageTest {

    private static final LocalDate CONCLUDED = LocalDate.of(2020, 3, 2);

    private static Convention.Builder base() {
        return Convention.builder().reference("CONV-2020-7").object("Accueil de jour")
                .addParty(Party.builder().id("ville").name("Ville Exemple").kind(PartyKind.COMMUNE)
                        .siren(Siren.parse("217500016"))
                        .representative(Representative.orDelegate(Person.of(Civility.MADAME, "Claire Exemple"), "maire"))
                        .mandate(Mandate.of("conseil municipal", "2020-DEL-12", LocalDate.of(2020, 2, 10))).build())
                .addParty(Party.builder().id("asso").name("Association Exemple").kind(PartyKind.ASSOCIATION)
                        .representative(Representative.of(Person.of("Paul Exemple"), "président"))
                        .mandate(Mandate.withUnknownNumber("conseil d'administration", LocalDate.of(2020, 1, 20))).build())
                .concludedOn(CONCLUDED)
                .term(Term.of(StartRule.onDate(CONCLUDED)));
    }

    private static String page(History history, LocalDate on) {
        return ConsolidatedHtml.render(history, on);
    }

    @Test
    void partiesWithTheirSirenRepresentativeAndMandate() {
        String parties = element(page(History.of(base().build()), CONCLUDED), "parties", "section");
        assertThat(parties).contains("id=\"partie-ville\">Ville Exemple (" + FrenchLabels.of(PartyKind.COMMUNE)
                        + "), SIREN 217500016, représentée par " + Civility.MADAME.abbreviation()
                        + " Claire Exemple, maire, ou son représentant, dûment habilitée par délibération n° 2020-DEL-12 du"
                        + " conseil municipal du 10 février 2020",
                "représentée par Paul Exemple, président, dûment habilitée par délibération (numéro non renseigné) du"
                        + " conseil d'administration du 20 janvier 2020")
                .doesNotContain("annotation");
    }

    @Test
    void aConventionWithoutVisasOrArticlesSaysSo() {
        String page = page(History.of(base().build()), CONCLUDED);
        assertThat(page).doesNotContain("id=\"visas\"");
        assertThat(element(page, "articles", "section")).contains("[Aucun article de la convention n'est enregistré]");
        assertThat(element(page(History.of(base().addLegalBases("Vu le code").build()), CONCLUDED), "visas", "section"))
                .contains("<h2>Visas</h2>", "<li>Vu le code</li>");
    }

    @Test
    void anArticleWithATableAnArticleWithoutTextAndAnArticleKnownByItsNumber() {
        Convention convention = base()
                .addArticle(Article.of("1", "Objet", Text.of(Paragraph.of("Le montant est fixé."),
                        Table.of("Tableau 1", List.of(List.of("2020", "300 €"), List.of("2021", "400 €"))))))
                .addArticle(Article.of("2", Text.of()))
                .addArticle(Article.numbered("3 bis"))
                .build();
        String articles = element(page(History.of(convention), CONCLUDED), "articles", "section");
        assertThat(articles).contains("<h3>Article 1er — Objet</h3>", "<p class=\"alinea\">Le montant est fixé.",
                "<figcaption>Tableau 1</figcaption>", "<tr><td>2020</td><td>300 €</td></tr>",
                "<tr><td>2021</td><td>400 €</td></tr>", "<h3>Article 2</h3>", "[Sans texte]",
                "id=\"article-3-bis\"", "<h3>Article 3 bis</h3>", "[Texte non enregistré]")
                .doesNotContain("annotation", "[La suite du texte");
    }

    @Test
    void whatAnAvenantWroteIsAnnotatedWithIt() {
        Convention convention = base().addArticle(Article.of("1", "Objet", Text.ofParagraphs("Premier alinéa."))).build();
        Amendment avenant = Amendment.builder().number(1).addArticle(Article.numbered("1")).addArticle(Article.numbered("2"))
                .term(Term.of(StartRule.onSignatureByAllParties()))
                .addSignatures(Signature.of("ville", Person.of("Claire Exemple"), "la maire", LocalDate.of(2021, 1, 4)),
                        Signature.of("asso", Person.of("Paul Exemple"), "le président", LocalDate.of(2021, 1, 5)))
                .addChanges(ChangeObject.of("1", "Accueil de jour et de nuit"),
                        ModifyText.of("1", InsertParagraphs.of(TextLocation.article("1"), List.of(Paragraph.of("Ajouté.")))),
                        AddArticle.of("2", Article.of("4", "Évaluation", Text.ofParagraphs("Une évaluation est faite."))))
                .build();
        String page = page(History.of(convention).add(avenant), LocalDate.of(2021, 2, 1));
        assertThat(page).contains("Objet : Accueil de jour et de nuit<span class=\"annotation\">Modifié par l'avenant n° 1,"
                + " article 1er</span>");
        String articles = element(page, "articles", "section");
        assertThat(articles).contains("<h3>Article 1er — Objet<span class=\"annotation\">Modifié par l'avenant n° 1,"
                        + " article 1er</span></h3>",
                "Ajouté.<span class=\"annotation\">Créé par l'avenant n° 1, article 1er</span>",
                "<h3>Article 4 — Évaluation<span class=\"annotation\">Rédigé par l'avenant n° 1, article 2</span></h3>");
        assertThat(articles).contains("<p class=\"alinea\">Premier alinéa.</p>");
    }
}
