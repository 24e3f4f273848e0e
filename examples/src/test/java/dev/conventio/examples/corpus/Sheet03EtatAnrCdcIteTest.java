package dev.conventio.examples.corpus;

import static dev.conventio.examples.corpus.Sheet03EtatAnrCdcIte.ANR;
import static dev.conventio.examples.corpus.Sheet03EtatAnrCdcIte.CDC;
import static dev.conventio.examples.corpus.Sheet03EtatAnrCdcIte.ETAT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.change.ModifyText;
import dev.conventio.change.ReplaceWords;
import dev.conventio.change.RewriteArticle;
import dev.conventio.convention.Convention;
import dev.conventio.examples.render.HtmlValidity;
import dev.conventio.history.ArticleInForce;
import dev.conventio.history.ConsolidatedText;
import dev.conventio.history.Instrument;
import dev.conventio.history.PendingModification;
import dev.conventio.history.Provenance;
import dev.conventio.party.LegalForm;
import dev.conventio.party.Party;
import dev.conventio.party.Representation;
import dev.conventio.party.Representative;
import dev.conventio.party.Role;
import dev.conventio.publication.ConventionLink;
import dev.conventio.publication.Identification;
import dev.conventio.publication.JournalOfficiel;
import dev.conventio.render.ConsolidatedHtml;
import dev.conventio.text.TextLocation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sheet 03: the facts about parties, representatives and publications that the sheet marks read,
 * and the textual facts of avenant n° 1 of 6 September 2019 to the État–ANR–CDC convention.
 */
class Sheet03EtatAnrCdcIteTest {

    private final Convention convention = Sheet03EtatAnrCdcIte.convention();

    @Test
    void readThreeFullPartiesInTheConventionOf20July2015NoneMerelyPresent() {
        assertThat(convention.conclusionDate()).contains(LocalDate.of(2015, 7, 20));
        assertThat(convention.parties()).extracting(Party::id).containsExactly(ETAT, ANR, CDC);
        assertThat(convention.participants()).isEmpty();
    }

    @Test
    void readTheAnrAndTheCdcAreRepresentedByNamedPersonsIn2015() {
        assertThat(convention.representationOf(ANR).orElseThrow().representatives().get(0).person().orElseThrow()
                .fullName()).isEqualTo("Michael MATLOSZ");
        assertThat(convention.representationOf(CDC).orElseThrow().representatives().get(0).person().orElseThrow()
                .fullName()).isEqualTo("Pierre-René LEMAS");
        assertThat(convention.representationOf(ETAT).orElseThrow().representatives()).hasSize(4)
                .allSatisfy(r -> assertThat(r.person()).isEmpty());
    }

    @Test
    void readTheLegalFormsRolesAndSeat() {
        Party anr = convention.party(ANR).orElseThrow();
        assertThat(anr.legalForm()).contains(LegalForm.EPA);
        assertThat(anr.roles()).containsExactly(Role.OPERATEUR);
        Party cdc = convention.party(CDC).orElseThrow();
        assertThat(cdc.legalForm()).contains(LegalForm.ETABLISSEMENT_SPECIAL);
        assertThat(cdc.address()).contains("56 rue de Lille, 75007 Paris");
        assertThat(cdc.roles()).containsExactly(Role.of("gestionnaire-des-participations"));
    }

    @Test
    void readInTheAvenantTheSameThreePartiesAreRepresentedByOfficesWithoutNames() {
        List<Representation> avenant = Sheet03EtatAnrCdcIte.avenant1Representations();
        assertThat(avenant).extracting(Representation::party).containsExactly(ETAT, ANR, CDC);
        assertThat(avenant).flatExtracting(Representation::representatives)
                .allSatisfy(r -> assertThat(r.person()).isEmpty());
        assertThat(avenant.get(1).representatives()).extracting(Representative::title)
                .containsExactly("président-directeur général");
    }

    @Test
    void readThePublicationsAndTheConventionCited() {
        assertThat(convention.identification().kind()).isEqualTo(Identification.Kind.PUBLICATION);
        assertThat(((JournalOfficiel) convention.publications().get(0)).issueNumber()).contains("0167");
        assertThat(Sheet03EtatAnrCdcIte.avenant1Publication().issueNumber()).contains("0209");
        assertThat(Sheet03EtatAnrCdcIte.avenant1Publication().day()).contains(LocalDate.of(2019, 9, 8));
        ConventionLink cited = convention.links().get(0);
        assertThat(cited.relation()).isEqualTo(ConventionLink.Relation.CITES);
        assertThat(cited.target().nor().orElseThrow()).hasToString("PRMX1020177X");
        assertThat(cited.target().asAmendedBy()).hasSize(2);
    }

    private static final List<ModifyText> MODIFICATIONS = Sheet03EtatAnrCdcIte.modifications();
    private static final ConsolidatedText CONSOLIDATED = Sheet03EtatAnrCdcIte.history()
            .asOf(Sheet03EtatAnrCdcIte.AVENANT_1_DATE).text();

    @Test
    void readArticle1ReplacesWordsOfTheSecondAndSixthParagraphsOfThePreamble() {
        assertThat(MODIFICATIONS.subList(0, 2)).extracting(ModifyText::article).containsOnly("1");
        assertThat(MODIFICATIONS.get(0).operation())
                .isEqualTo(ReplaceWords.of(TextLocation.preamble().withParagraph(2), "deux", "trois"));
        assertThat(MODIFICATIONS.get(1).operation())
                .isEqualTo(ReplaceWords.of(TextLocation.preamble().withParagraph(6), "de certains", "des"));
    }

    @Test
    void readArticle2DeletesWordsOfTheFirstParagraphOfArticle1() {
        ReplaceWords deletion = (ReplaceWords) MODIFICATIONS.get(2).operation();
        assertThat(MODIFICATIONS.get(2).article()).isEqualTo("2");
        assertThat(deletion.isDeletion()).isTrue();
        assertThat(deletion.words()).isEqualTo("ci-après désignés");
        assertThat(deletion.location()).isEqualTo(TextLocation.article("1").withParagraph(1));
    }

    @Test
    void readArticle3RewritesArticle21UnderItsNewTitle() {
        RewriteArticle rewrite = (RewriteArticle) MODIFICATIONS.get(3).operation();
        assertThat(MODIFICATIONS.get(3).article()).isEqualTo("3");
        assertThat(rewrite.number()).isEqualTo("2.1");
        assertThat(rewrite.title()).contains("ITE concernés");
        assertThat(rewrite.content().isRecorded()).as("the new list was read only in part: not invented").isFalse();
    }

    @Test
    void consolidatedArticle21HasItsNewTitleSetByArticle3() {
        ArticleInForce article21 = CONSOLIDATED.article("2.1").orElseThrow();
        assertThat(article21.title()).contains("ITE concernés");
        assertThat(article21.provenance()).isEqualTo(Provenance.of(Instrument.amendment(1), "3"));
        assertThat(article21.content().blocks()).isEmpty();
    }

    @Test
    void inferredPreambleNotRecordedKeepsTheWordReplacementsAsInstructions() {
        assertThat(CONSOLIDATED.preamble().blocks()).as("six paragraphs, inferred").hasSize(6)
                .noneMatch(block -> block.block().isKnown());
        assertThat(CONSOLIDATED.preamble().pending()).extracting(PendingModification::change)
                .containsExactly(MODIFICATIONS.get(0), MODIFICATIONS.get(1));
        assertThat(CONSOLIDATED.article("1").orElseThrow().content().pending()).extracting(PendingModification::change)
                .containsExactly(MODIFICATIONS.get(2));
    }

    @Test
    void renderedThePageIsValidWithTheThreePartiesAndTheInstructions() throws Exception {
        String page = ConsolidatedHtml.render(Sheet03EtatAnrCdcIte.history(), Sheet03EtatAnrCdcIte.AVENANT_1_DATE);
        HtmlValidity.assertValid(page);
        assertThat(page).contains("Article 2.1 — ITE concernés", "Rédigé par l'avenant n° 1, article 3",
                "Au deuxième alinéa du préambule, les mots « deux » sont remplacés par les mots « trois ».",
                "Au premier alinéa de l'article 1er, les mots « ci-après désignés » sont supprimés.",
                "Caisse des dépôts et consignations (autre), représentée par M. Pierre-René LEMAS, directeur général");
    }
}
