package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.change.DeleteArticle;
import dev.conventio.change.DeleteParagraph;
import dev.conventio.change.InsertParagraphs;
import dev.conventio.change.ModifyText;
import dev.conventio.change.RenumberArticle;
import dev.conventio.change.ReplaceParagraph;
import dev.conventio.change.ReplaceSentence;
import dev.conventio.change.ReplaceTable;
import dev.conventio.change.ReplaceWords;
import dev.conventio.change.RewriteArticle;
import dev.conventio.change.TextOperation;
import dev.conventio.convention.Convention;
import dev.conventio.text.Block;
import dev.conventio.text.Paragraph;
import dev.conventio.text.Table;
import dev.conventio.text.Text;
import dev.conventio.text.TextLocation;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The texts {@link TextGen} draws are what it documents, over a seeded sample: paragraphs recorded
 * or not, texts of up to six blocks whole or in part, tables with or without their rows, preambles of
 * one to four paragraphs, and every kind of textual modification on the preamble or a fresh article.
 */
class TextGenTest {

    private static final int SAMPLE = 3_000;

    @Test
    void paragraphsAreNotRecordedOneInFiveRecordedSentenceBySentenceOneInFive() {
        SplittableRandom random = new SplittableRandom(0x7e1L);
        int unknown = 0;
        int bySentence = 0;
        int twoSentences = 0;
        for (int i = 0; i < SAMPLE; i++) {
            Paragraph paragraph = TextGen.paragraphs().generate(random, 10);
            if (!paragraph.isKnown()) {
                unknown++;
                assertThat(paragraph.text()).isEmpty();
            } else if (paragraph.hasRecordedSentences()) {
                bySentence++;
                assertThat(paragraph.recordedSentences()).hasSize(2);
            } else {
                String text = paragraph.text().orElseThrow();
                assertThat(text).endsWith(".");
                // Every sentence drawn starts with L or M; "M. le Préfet" has a small letter after its point.
                twoSentences += text.matches(".*\\. [LM].*") ? 1 : 0;
            }
        }
        assertThat(unknown / (double) SAMPLE).isBetween(0.17, 0.23);
        assertThat(bySentence / (double) SAMPLE).isBetween(0.17, 0.23);
        assertThat(twoSentences / (double) SAMPLE).as("paragraphs of two sentences in one text").isBetween(0.25, 0.35);
    }

    @Test
    void textsHoldUpToSixBlocksWholeOrInPartTablesOneInSix() {
        SplittableRandom random = new SplittableRandom(0x7e2L);
        Set<Integer> counts = new TreeSet<>();
        Set<Boolean> rows = new TreeSet<>();
        int whole = 0;
        int blocks = 0;
        int tables = 0;
        for (int i = 0; i < SAMPLE; i++) {
            Text text = TextGen.texts().generate(random, 10);
            counts.add(text.blocks().size());
            whole += text.complete() ? 1 : 0;
            for (int b = 0; b < text.blocks().size(); b++) {
                Block block = text.blocks().get(b);
                blocks++;
                if (block instanceof Table table) {
                    tables++;
                    assertThat(table.label()).isEqualTo("Tableau " + (b + 1));
                    rows.add(table.rowsRecorded());
                    if (table.rowsRecorded()) {
                        assertThat(table.rows()).containsExactly(List.of("2019", "120 M€"), List.of("2020", "95 M€"));
                    }
                }
            }
        }
        assertThat(counts).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(rows).containsExactly(false, true);
        assertThat(whole / (double) SAMPLE).isBetween(0.45, 0.55);
        assertThat(tables / (double) blocks).isBetween(0.14, 0.19);
        for (int i = 0; i < 200; i++) {
            assertThat(TextGen.texts().generate(random, 2).blocks()).hasSizeLessThanOrEqualTo(2);
        }
    }

    @Test
    void preamblesAreOneToFourRecordedParagraphsWhole() {
        SplittableRandom random = new SplittableRandom(0x7e3L);
        Set<Integer> counts = new TreeSet<>();
        for (int i = 0; i < 500; i++) {
            Text preamble = TextGen.preamble(random);
            counts.add(preamble.blocks().size());
            assertThat(preamble.isWhole()).isTrue();
            assertThat(preamble.paragraphs()).hasSameSizeAs(preamble.blocks())
                    .allSatisfy(p -> assertThat(p.sentences()).hasSize(1));
        }
        assertThat(counts).containsExactly(1, 2, 3, 4);
    }

    @Test
    void modificationsAreOfEveryKindOnThePreambleOrAFreshArticle() {
        SplittableRandom random = new SplittableRandom(0x7e4L);
        Set<String> kinds = new TreeSet<>();
        for (int i = 0; i < 400; i++) {
            Convention convention = ConventionGen.conventionsWithText().generate(random, 10);
            Standing standing = Standing.of(convention);
            String fresh = standing.freshArticleNumber();
            assertThat(convention.articles()).noneMatch(article -> article.number().equals(fresh));
            ModifyText modification = TextGen.modification(random, standing, "2");
            assertThat(modification.article()).isEqualTo("2");
            TextOperation operation = modification.operation();
            TextLocation target = operation.target();
            if (target.isPreamble()) {
                assertThat(operation).isInstanceOfAny(ReplaceParagraph.class, InsertParagraphs.class);
            } else {
                assertThat(target.article()).contains(fresh);
            }
            target.paragraph().ifPresent(p -> assertThat(p).isBetween(1, 3));
            kinds.add(kind(operation, fresh));
        }
        assertThat(kinds).containsExactlyInAnyOrder("words replaced", "words not recorded", "words deleted",
                "sentence replaced", "sentence not recorded", "preamble paragraph replaced", "paragraph inserted in the preamble",
                "paragraph inserted in the article", "paragraph deleted", "table replaced", "article rewritten with a title",
                "article rewritten", "article renumbered", "article deleted");
    }

    private static String kind(TextOperation operation, String fresh) {
        if (operation instanceof ReplaceWords words) {
            if (words.isDeletion()) {
                assertThat(words.words()).isEqualTo("ci-après désignés");
                return "words deleted";
            }
            assertThat(words.words()).isEqualTo("deux");
            words.replacement().ifPresent(replacement -> assertThat(replacement).isEqualTo("trois"));
            return words.replacement().isPresent() ? "words replaced" : "words not recorded";
        } else if (operation instanceof ReplaceSentence sentence) {
            assertThat(sentence.location().paragraph()).hasValue(1);
            assertThat(sentence.location().sentence().getAsInt()).isBetween(1, 2);
            return sentence.isKnown() ? "sentence replaced" : "sentence not recorded";
        } else if (operation instanceof ReplaceParagraph replace) {
            assertThat(replace.location()).isEqualTo(TextLocation.preamble().withParagraph(1));
            return "preamble paragraph replaced";
        } else if (operation instanceof InsertParagraphs insert) {
            assertThat(insert.paragraphs()).hasSize(1);
            return insert.target().isPreamble() ? "paragraph inserted in the preamble" : "paragraph inserted in the article";
        } else if (operation instanceof DeleteParagraph) {
            return "paragraph deleted";
        } else if (operation instanceof ReplaceTable table) {
            assertThat(table.table()).isEqualTo(1);
            assertThat(table.replacement().label()).isEqualTo("Tableau 1");
            return "table replaced";
        } else if (operation instanceof RewriteArticle rewrite) {
            assertThat(rewrite.number()).isEqualTo(fresh);
            rewrite.title().ifPresent(title -> assertThat(title).isIn(FrenchData.ARTICLE_TITLES));
            return rewrite.title().isPresent() ? "article rewritten with a title" : "article rewritten";
        } else if (operation instanceof RenumberArticle renumber) {
            assertThat(renumber.newNumber()).isEqualTo(fresh + " bis");
            return "article renumbered";
        }
        assertThat(((DeleteArticle) operation).number()).isEqualTo(fresh);
        return "article deleted";
    }
}
