package dev.conventio.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.change.DeleteArticle;
import dev.conventio.change.DeleteParagraph;
import dev.conventio.change.InsertParagraphs;
import dev.conventio.change.RenumberArticle;
import dev.conventio.change.ReplaceParagraph;
import dev.conventio.change.ReplaceSentence;
import dev.conventio.change.ReplaceTable;
import dev.conventio.change.ReplaceWords;
import dev.conventio.change.RewriteArticle;
import dev.conventio.text.Paragraph;
import dev.conventio.text.Table;
import dev.conventio.text.Text;
import dev.conventio.text.TextLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each textual operation in French, as a modification not applied is shown on the page, in the
 * words of legal drafting (« au quatrième alinéa de l'article 1.1, les mots … sont remplacés … »).
 */
class InstructionsTest {

    private static final TextLocation ARTICLE_1_1 = TextLocation.article("1.1");

    @Test
    void wordsReplacedDeletedOrReplacedByWordsNotRecorded() {
        assertThat(FrenchLabels.of(ReplaceWords.of(ARTICLE_1_1.withParagraph(4).withSentence(2), "inclut", "exclut")))
                .isEqualTo("Au quatrième alinéa de l'article 1.1, deuxième phrase, les mots « inclut » sont remplacés par"
                        + " les mots « exclut ».");
        assertThat(FrenchLabels.of(ReplaceWords.of(TextLocation.preamble().withParagraph(1).withSentence(1), "deux",
                "trois", List.of(1, 3))))
                .isEqualTo("Au premier alinéa du préambule, première phrase, les mots « deux » (occurrences 1, 3) sont"
                        + " remplacés par les mots « trois ».");
        assertThat(FrenchLabels.of(ReplaceWords.of(TextLocation.article("1"), "ci-après", "", List.of(2))))
                .isEqualTo("À l'article 1er, les mots « ci-après » (occurrence 2) sont supprimés.");
        assertThat(FrenchLabels.of(ReplaceWords.deletion(TextLocation.preamble(), "environ")))
                .isEqualTo("Au préambule, les mots « environ » sont supprimés.");
        assertThat(FrenchLabels.of(ReplaceWords.unknown(ARTICLE_1_1, "30 M€")))
                .isEqualTo("À l'article 1.1, les mots « 30 M€ » sont remplacés par des mots dont le texte n'est pas"
                        + " enregistré.");
    }

    @Test
    void aSentenceReplacedKnownOrNot() {
        assertThat(FrenchLabels.of(ReplaceSentence.of(ARTICLE_1_1.withParagraph(4).withSentence(1), "Elle est close.")))
                .isEqualTo("La première phrase du quatrième alinéa de l'article 1.1 est remplacée par la phrase « Elle est"
                        + " close. ».");
        assertThat(FrenchLabels.of(ReplaceSentence.unknown(TextLocation.preamble().withParagraph(2).withSentence(3))))
                .isEqualTo("La troisième phrase du deuxième alinéa du préambule est remplacée par une phrase dont le texte"
                        + " n'est pas enregistré.");
    }

    @Test
    void paragraphsReplacedInsertedOrDeleted() {
        assertThat(FrenchLabels.of(ReplaceParagraph.of(ARTICLE_1_1.withParagraph(2), Paragraph.of("Nouveau."))))
                .isEqualTo("Le deuxième alinéa de l'article 1.1 est remplacé par « Nouveau. ».");
        assertThat(FrenchLabels.of(ReplaceParagraph.of(ARTICLE_1_1.withParagraph(11), Paragraph.unknown())))
                .isEqualTo("Le 11e alinéa de l'article 1.1 est remplacé par un alinéa dont le texte n'est pas"
                        + " enregistré.");
        assertThat(FrenchLabels.of(InsertParagraphs.of(ARTICLE_1_1, List.of(Paragraph.of("Fin.")))))
                .isEqualTo("À la fin de l'article 1.1, est inséré « Fin. ».");
        assertThat(FrenchLabels.of(InsertParagraphs.of(TextLocation.preamble().withParagraph(2),
                List.of(Paragraph.of("Un."), Paragraph.unknown()))))
                .isEqualTo("Après le deuxième alinéa du préambule, sont insérés « Un. », un alinéa dont le texte n'est"
                        + " pas enregistré.");
        assertThat(FrenchLabels.of(DeleteParagraph.of(TextLocation.article("1").withParagraph(5))))
                .isEqualTo("Le cinquième alinéa de l'article 1er est supprimé.");
    }

    @Test
    void tablesAndArticles() {
        assertThat(FrenchLabels.of(ReplaceTable.of(TextLocation.article("1.3"), 1, Table.withUnknownRows("Tableau 1"))))
                .isEqualTo("Le tableau 1 de l'article 1.3 est remplacé par le tableau « Tableau 1 », dont les lignes ne"
                        + " sont pas enregistrées.");
        assertThat(FrenchLabels.of(ReplaceTable.of(TextLocation.preamble(), 2, Table.of("Tableau 2",
                List.of(List.of("2020", "1 M€"))))))
                .isEqualTo("Le tableau 2 du préambule est remplacé par le tableau « Tableau 2 ».");
        assertThat(FrenchLabels.of(RewriteArticle.of("2.1", "Durée", Text.unrecorded())))
                .isEqualTo("L'article 2.1 est rédigé à nouveau, sous le titre « Durée ».");
        assertThat(FrenchLabels.of(RewriteArticle.of("1", Text.unrecorded())))
                .isEqualTo("L'article 1er est rédigé à nouveau.");
        assertThat(FrenchLabels.of(DeleteArticle.of("5"))).isEqualTo("L'article 5 est abrogé.");
        assertThat(FrenchLabels.of(RenumberArticle.of("1", "1 bis"))).isEqualTo("L'article 1er devient l'article 1 bis.");
    }
}
