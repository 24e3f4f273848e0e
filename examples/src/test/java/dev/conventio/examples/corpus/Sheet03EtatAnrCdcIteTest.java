package dev.conventio.examples.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.change.ModifyText;
import dev.conventio.change.ReplaceWords;
import dev.conventio.change.RewriteArticle;
import dev.conventio.examples.render.HtmlValidity;
import dev.conventio.history.ArticleInForce;
import dev.conventio.history.ConsolidatedText;
import dev.conventio.history.Instrument;
import dev.conventio.history.PendingModification;
import dev.conventio.history.Provenance;
import dev.conventio.render.ConsolidatedHtml;
import dev.conventio.text.TextLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The textual facts of corpus sheet 03: avenant n° 1 of 6 September 2019 to the État–ANR–CDC convention. */
class Sheet03EtatAnrCdcIteTest {

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
                "Caisse des dépôts et consignations (autre), représentée par M. Pierre-René Lemas, directeur général");
    }
}
