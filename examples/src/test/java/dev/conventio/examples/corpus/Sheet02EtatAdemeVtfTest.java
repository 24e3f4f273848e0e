package dev.conventio.examples.corpus;

import static dev.conventio.examples.corpus.Sheet02EtatAdemeVtf.ADEME;
import static dev.conventio.examples.corpus.Sheet02EtatAdemeVtf.ETAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.conventio.change.DeleteParagraph;
import dev.conventio.change.ModifyText;
import dev.conventio.change.ReplaceSentence;
import dev.conventio.change.ReplaceTable;
import dev.conventio.change.ReplaceWords;
import dev.conventio.convention.Convention;
import dev.conventio.examples.render.HtmlValidity;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Transfer;
import dev.conventio.finance.TransferEnd;
import dev.conventio.history.ArticleInForce;
import dev.conventio.history.ConsolidatedText;
import dev.conventio.history.History;
import dev.conventio.history.Instrument;
import dev.conventio.history.PendingModification;
import dev.conventio.history.Provenance;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Representation;
import dev.conventio.party.Representative;
import dev.conventio.party.Role;
import dev.conventio.publication.ConventionLink;
import dev.conventio.publication.Identification;
import dev.conventio.publication.JournalOfficiel;
import dev.conventio.render.ConsolidatedHtml;
import dev.conventio.text.TextLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Sheet 02: the facts about parties, representatives and publications that the sheet marks read,
 * its money (each inferred fact labelled), and the textual facts of avenant n° 1 of 11 July 2019 to
 * the État–ADEME convention.
 */
class Sheet02EtatAdemeVtfTest {

    private final Convention convention = Sheet02EtatAdemeVtf.convention();

    private static List<String> offices(Representation representation) {
        return representation.representatives().stream().map(Representative::title).toList();
    }

    @Test
    void readTheConventionOf15December2014BindsTheStateAndAdeme() {
        assertThat(convention.conclusionDate()).contains(LocalDate.of(2014, 12, 15));
        assertThat(convention.parties()).extracting(Party::id, Party::kind)
                .containsExactly(tuple(ETAT, PartyKind.ETAT), tuple(ADEME, PartyKind.ETABLISSEMENT_PUBLIC));
    }

    @Test
    void readAdemeIsTheOperatorWithItsSirenAndItsNames() {
        Party ademe = convention.party(ADEME).orElseThrow();
        assertThat(ademe.siren().orElseThrow()).hasToString("385290309");
        assertThat(ademe.roles()).containsExactly(Role.OPERATEUR);
        assertThat(ademe.designations()).containsExactly("l'Opérateur", "l'ADEME");
        assertThat(ademe.legalForm()).as("read: établissement public; its kind (EPIC) is not read").isEmpty();
    }

    @Test
    void readIn2014TheStateIsRepresentedByThePremierMinistreAndFiveMinistersByOffice() {
        Representation etat = convention.representationOf(ETAT).orElseThrow();
        assertThat(etat.representatives()).hasSize(6).allSatisfy(r -> assertThat(r.person()).isEmpty());
        assertThat(offices(etat)).startsWith("le Premier ministre").endsWith("secrétaire d'État chargé des transports");
        Representative president = convention.representationOf(ADEME).orElseThrow().representatives().get(0);
        assertThat(president.person().orElseThrow().fullName()).isEqualTo("Bruno LECHEVIN");
        assertThat(president.title()).isEqualTo("président");
    }

    @Test
    void readIn2019ANewGovernmentAndANewPresidentRepresentTheSameParties() {
        List<Representation> avenant = Sheet02EtatAdemeVtf.avenant1Representations();
        assertThat(avenant).extracting(Representation::party).containsExactly(ETAT, ADEME);
        assertThat(offices(avenant.get(0))).hasSize(5).contains("ministre chargée des transports")
                .isNotEqualTo(offices(convention.representationOf(ETAT).orElseThrow()));
        assertThat(avenant.get(1).representatives().get(0).person().orElseThrow().fullName()).isEqualTo("Arnaud LEROY");
    }

    @Test
    void readTheConventionIsIdentifiedByTheNorOfItsPublicationInTheJournalOfficiel() {
        assertThat(convention.reference()).isEmpty();
        assertThat(convention.identification().kind()).isEqualTo(Identification.Kind.NOR);
        assertThat(convention.identification()).hasToString("NOR PRMI1426516X");
        JournalOfficiel jo = (JournalOfficiel) convention.publications().get(0);
        assertThat(jo.issueNumber()).contains("0291");
        assertThat(jo.day()).contains(LocalDate.of(2014, 12, 17));
        assertThat(jo.legifranceId()).contains("JORFTEXT000029913226");
        assertThat(jo.eli()).contains("https://www.legifrance.gouv.fr/eli/convention/2014/12/15/PRMI1426516X/jo/texte");
        JournalOfficiel avenant = (JournalOfficiel) Sheet02EtatAdemeVtf.avenant1Publication();
        assertThat(avenant.issueNumber()).contains("0162");
        assertThat(avenant.day()).contains(LocalDate.of(2019, 7, 14));
        assertThat(avenant.nor()).as("read: not read").isEmpty();
    }

    @Test
    void readTheConventionReplacesThatOf8December2010AndCitesItsLegalBasis() {
        ConventionLink link = convention.links().get(0);
        assertThat(link.relation()).isEqualTo(ConventionLink.Relation.REPLACES);
        assertThat(link.target().nor().orElseThrow()).hasToString("PRMX1031562X");
        assertThat(link.target().date().date()).contains(LocalDate.of(2010, 12, 8));
        assertThat(convention.citationOf(0).orElseThrow()).hasToString("LAW 2010-237 of 2010-03-09, article 8, as"
                + " amended by [LAW 2013-1278 of 2013-12-29, article 59]");
    }

    @Test
    void theEnvelopeOfTheActionIs1150MillionEuros() {
        FinancialContribution envelope = Sheet02EtatAdemeVtf.convention().contribution(Sheet02EtatAdemeVtf.ENVELOPE)
                .orElseThrow();
        // Read, in the avenant that replaces it: 1 150 M€; that article 1.3 holds it is inferred, and labelled.
        assertThat(envelope.amount()).contains(Money.parse("EUR 1150000000.00"));
        assertThat(envelope.inferredFrom()).hasValueSatisfying(source -> assertThat(source).contains("avenant n° 1"));
        assertThat(envelope.action()).contains(Sheet02EtatAdemeVtf.ACTION);
        // Inferred: an operator's endowment, outside the open-data format of subsidies.
        assertThat(envelope.nature()).isEqualTo(ContributionNature.ENDOWMENT);
        assertThat(envelope.nature().aidForm()).isEmpty();
        assertThat(History.of(Sheet02EtatAdemeVtf.convention()).asOf(Sheet02EtatAdemeVtf.CONVENTION_DATE).commitments()
                .byAction().get(Sheet02EtatAdemeVtf.ACTION).amount()).contains(Money.parse("EUR 1150000000.00"));
    }

    @Test
    void theAvenantCutsTheEnvelopeTo934Point4MillionEurosByRedeployment() {
        Transfer cut = Sheet02EtatAdemeVtf.redeployment().transfer();
        // Read: a redeployment decided by the Premier ministre, out of the action's envelope.
        assertThat(cut.kind()).isEqualTo(Transfer.Kind.REDEPLOYMENT);
        assertThat(cut.reason()).hasValueSatisfying(reason -> assertThat(reason).contains("Premier ministre"));
        assertThat(cut.from()).isEqualTo(TransferEnd.contribution(Sheet02EtatAdemeVtf.ENVELOPE));
        assertThat(cut.to()).isEqualTo(TransferEnd.unstated());
        // Inferred, by subtraction: 1 150 M€ - 934,4 M€ = 215,6 M€.
        assertThat(cut.amount()).as("inferred").isEqualTo(Money.parse("EUR 215600000.00"));
        // Read: the envelope after the avenant.
        assertThat(Sheet02EtatAdemeVtf.ENVELOPE_2019).isEqualTo(Money.parse("EUR 934400000.00"));
        assertThat(Sheet02EtatAdemeVtf.envelope().amount().orElseThrow().minus(cut.amount()))
                .isEqualTo(Sheet02EtatAdemeVtf.ENVELOPE_2019);
        // Recorded by the avenant, the cut leaves the action 934,4 M€ once it is in force.
        assertThat(Sheet02EtatAdemeVtf.avenant1().changes()).contains(Sheet02EtatAdemeVtf.redeployment());
        assertThat(Sheet02EtatAdemeVtf.history().asOf(Sheet02EtatAdemeVtf.AVENANT_1_DATE).commitments().byAction()
                .get(Sheet02EtatAdemeVtf.ACTION).amount()).contains(Sheet02EtatAdemeVtf.ENVELOPE_2019);
    }

    private static final List<ModifyText> MODIFICATIONS = Sheet02EtatAdemeVtf.modifications();
    private static final TextLocation FOURTH = TextLocation.article("1.1").withParagraph(4);

    @Test
    void readArticle1ReplacesTheFirstSentenceOfTheFourthParagraphOfArticle11ByWordsNotQuoted() {
        assertThat(MODIFICATIONS.get(0).article()).isEqualTo("1");
        ReplaceSentence replaced = (ReplaceSentence) MODIFICATIONS.get(0).operation();
        assertThat(replaced.location()).isEqualTo(FOURTH.withSentence(1));
        assertThat(replaced.sentence()).as("paraphrased by the sheet, not quoted: unknown, never invented").isEmpty();
    }

    @Test
    void readArticle1ReplacesTheWordsOfTheSecondSentence() {
        ReplaceWords words = (ReplaceWords) MODIFICATIONS.get(1).operation();
        assertThat(MODIFICATIONS.get(1).article()).isEqualTo("1");
        assertThat(words.location()).isEqualTo(FOURTH.withSentence(2));
        assertThat(words.words()).isEqualTo("inclut les 30 M€");
        assertThat(words.replacement()).contains("n'inclut pas les montants");
        assertThat(words.occurrences()).as("every occurrence").isEmpty();
    }

    @Test
    void readArticle1DeletesTheFifthParagraph() {
        assertThat(MODIFICATIONS.get(2).operation())
                .isEqualTo(DeleteParagraph.of(TextLocation.article("1.1").withParagraph(5)));
    }

    @Test
    void readArticle2ReplacesTheAmountAndTableOneOfArticle13() {
        assertThat(MODIFICATIONS.get(3).article()).isEqualTo("2");
        assertThat(MODIFICATIONS.get(3).operation()).isEqualTo(ReplaceWords.of(
                TextLocation.article("1.3").withParagraph(1), "1 150 M€", "934,4 M€"));
        ReplaceTable table = (ReplaceTable) MODIFICATIONS.get(4).operation();
        assertThat(table.table()).isEqualTo(1);
        assertThat(table.replacement().label()).isEqualTo("Tableau 1. – Rythme prévisionnel d'engagement");
        assertThat(table.replacement().rowsRecorded()).as("the rows were not read").isFalse();
    }

    @Test
    void inferredArticle11HasFiveParagraphsWhoseWordsWereNotRead() {
        assertThat(Sheet02EtatAdemeVtf.convention().article("1.1").orElseThrow().content().blocks())
                .as("inferred from the avenant").hasSize(5).noneMatch(block -> block.isKnown());
        assertThat(Sheet02EtatAdemeVtf.convention().legalBases()).singleElement()
                .satisfies(visa -> assertThat(visa).startsWith("Article 8 de la loi n° 2010-237 du 9 mars 2010"));
    }

    @Test
    void consolidatedTheWordingIsKeptAsInstructionsAndTheFifthParagraphIsGone() {
        ConsolidatedText text = Sheet02EtatAdemeVtf.history().asOf(Sheet02EtatAdemeVtf.AVENANT_1_DATE).text();
        ArticleInForce article11 = text.article("1.1").orElseThrow();
        assertThat(article11.content().blocks()).hasSize(4);
        assertThat(article11.content().pending()).extracting(PendingModification::change)
                .containsExactly(MODIFICATIONS.get(0), MODIFICATIONS.get(1));
        assertThat(article11.modifications()).containsExactly(Provenance.of(Instrument.amendment(1), "1"));
        ArticleInForce article13 = text.article("1.3").orElseThrow();
        assertThat(article13.content().pending()).extracting(PendingModification::change)
                .containsExactly(MODIFICATIONS.get(3), MODIFICATIONS.get(4));
        assertThat(article13.content().text().tables()).as("no table invented").isEmpty();
        assertThat(text.hasUnknownParts()).isTrue();
    }

    @Test
    void renderedThePageIsValidAndShowsTheInstructionsInFrench() throws Exception {
        String page = ConsolidatedHtml.render(Sheet02EtatAdemeVtf.history(), Sheet02EtatAdemeVtf.AVENANT_1_DATE);
        HtmlValidity.assertValid(page);
        // Kept for a reader to open: target/rendered/sheet-02-etat-ademe-vtf.html.
        Path rendered = Path.of("target", "rendered", "sheet-02-etat-ademe-vtf.html");
        Files.createDirectories(rendered.getParent());
        Files.writeString(rendered, page);
        assertThat(page).contains("Modification non appliquée, le passage visé n'étant pas enregistré (avenant n° 1,"
                + " article 1er) : Au quatrième alinéa de l'article 1.1, deuxième phrase, les mots « inclut les 30 M€ »"
                + " sont remplacés par les mots « n'inclut pas les montants ».",
                "La première phrase du quatrième alinéa de l'article 1.1 est remplacée par une phrase dont le texte"
                        + " n'est pas enregistré.",
                "Le tableau 1 de l'article 1.3 est remplacé par le tableau « Tableau 1. – Rythme prévisionnel"
                        + " d'engagement », dont les lignes ne sont pas enregistrées.",
                "Modifié par l'avenant n° 1, article 1er", "Le texte n'est pas enregistré en entier");
    }
}
