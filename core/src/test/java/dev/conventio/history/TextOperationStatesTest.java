package dev.conventio.history;

import static dev.conventio.history.Fixtures.BASE_END;
import static dev.conventio.history.Fixtures.signed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.change.DeleteArticle;
import dev.conventio.change.ModifyText;
import dev.conventio.change.RenumberArticle;
import dev.conventio.change.ReplaceSentence;
import dev.conventio.change.ReplaceTable;
import dev.conventio.change.ReplaceWords;
import dev.conventio.change.RewriteArticle;
import dev.conventio.change.TextOperation;
import dev.conventio.text.Paragraph;
import dev.conventio.text.Table;
import dev.conventio.text.Text;
import dev.conventio.text.TextLocation;
import dev.conventio.validation.Violation;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The states {@link TextModificationTest} leaves out: a sentence replaced by unknown words, a table
 * sought in a text recorded in part, and each article operation on an article recorded whole, in
 * part and not at all, or that no longer exists. The base is {@link TextModificationTest#base()}:
 * a preamble recorded whole, article 1 whole, article 1.1 in part (its fourth paragraph known),
 * article 1.3 whole with a table, article 2 known by its number only.
 */
class TextOperationStatesTest {

    private static final LocalDate SIGNED = LocalDate.of(2019, 9, 6);
    private static final Provenance AVENANT_1 = Provenance.of(Instrument.amendment(1), "1");
    private static final TextLocation FOURTH_OF_1_1 = TextLocation.article("1.1").withParagraph(4);

    private static ConsolidatedText applied(TextOperation... operations) {
        ModifyText[] changes = Arrays.stream(operations).map(o -> ModifyText.of("1", o)).toArray(ModifyText[]::new);
        return History.of(TextModificationTest.base()).add(signed(1, SIGNED, BASE_END, changes)).asOf(SIGNED).text();
    }

    private static List<Violation> violations(TextOperation... operations) {
        ModifyText[] changes = Arrays.stream(operations).map(o -> ModifyText.of("1", o)).toArray(ModifyText[]::new);
        return History.of(TextModificationTest.base()).check(signed(1, SIGNED, BASE_END, changes));
    }

    private static ArticleInForce article(ConsolidatedText text, String number) {
        return text.article(number).orElseThrow();
    }

    @Nested
    class ASentenceReplacedByUnknownWords {

        @Test
        void leavesARecordedParagraphUnknownAndAnnotated() {
            ConsolidatedText text = applied(ReplaceSentence.unknown(TextLocation.preamble().withParagraph(3).withSentence(1)));
            BlockInForce third = text.preamble().blocks().get(2);
            assertThat(third.block()).isEqualTo(Paragraph.unknown());
            assertThat(third.modifications()).containsExactly(AVENANT_1);
            assertThat(third.origin()).isEqualTo(Provenance.base());
            assertThat(text.hasUnknownParts()).isTrue();
            assertThat(text.preamble().pending()).isEmpty();
        }

        @Test
        void inAParagraphOfATextRecordedInPart() {
            ConsolidatedText text = applied(ReplaceSentence.unknown(FOURTH_OF_1_1.withSentence(1)));
            BlockInForce fourth = article(text, "1.1").content().blocks().get(3);
            assertThat(fourth.block().isKnown()).isFalse();
            assertThat(article(text, "1.1").modifications()).containsExactly(AVENANT_1);
        }

        @Test
        void thenWordsOfThatParagraphAreKeptAsAnInstruction() {
            ConsolidatedText text = applied(ReplaceSentence.unknown(FOURTH_OF_1_1.withSentence(1)),
                    ReplaceWords.of(FOURTH_OF_1_1.withSentence(2), "inclut les 30 M€", "n'inclut pas les montants"));
            assertThat(article(text, "1.1").content().pending()).singleElement()
                    .satisfies(p -> assertThat(p.change().operation()).isInstanceOf(ReplaceWords.class));
        }

        @Test
        void onAnArticleNotRecordedIsKeptAsAnInstruction() {
            ConsolidatedText text = applied(ReplaceSentence.unknown(TextLocation.article("2").withParagraph(1)
                    .withSentence(1)));
            assertThat(article(text, "2").content().pending()).singleElement()
                    .satisfies(p -> assertThat(p.provenance()).isEqualTo(AVENANT_1));
            assertThat(article(text, "2").content().blocks()).isEmpty();
        }

        @Test
        void aSentenceTheParagraphDoesNotHaveIsMissing() {
            assertThat(violations(ReplaceSentence.unknown(TextLocation.preamble().withParagraph(1).withSentence(2))))
                    .extracting(Violation::code, Violation::path)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(HistoryCodes.CHANGE_TARGET_MISSING, "changes[0]"));
        }
    }

    @Test
    void aTableSoughtInATextRecordedInPartIsKept() {
        ConsolidatedText text = applied(ReplaceTable.of(TextLocation.article("1.1"), 1, Table.withUnknownRows("Tableau 1")));
        assertThat(article(text, "1.1").content().pending()).hasSize(1);
        assertThat(article(text, "1.1").content().text().tables()).isEmpty();
    }

    @Test
    void wordsWithNoBreakSpacesAndATypographicApostropheThatDoNotOccurAreAbsent() {
        assertThat(violations(
                ReplaceWords.of(TextLocation.article("1.3").withParagraph(1), "1\u00a0250\u00a0M€", "934,4 M€"),
                ReplaceWords.of(TextLocation.preamble().withParagraph(1), "l’opération", "l'action")))
                .extracting(Violation::code, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(HistoryCodes.CHANGE_WORDS_ABSENT,
                        "changes[0].operation.words"), org.assertj.core.groups.Tuple.tuple(
                                HistoryCodes.CHANGE_WORDS_ABSENT, "changes[1].operation.words"));
    }

    @Nested
    class RewritingAnArticle {

        @Test
        void recordedWholeReplacesItsTextAndTitle() {
            ArticleInForce one = article(applied(RewriteArticle.of("1", "Objet nouveau", Text.ofParagraphs("Texte."))), "1");
            assertThat(one.title()).contains("Objet nouveau");
            assertThat(one.content().blocks()).extracting(BlockInForce::origin).containsExactly(AVENANT_1);
            assertThat(one.provenance()).isEqualTo(AVENANT_1);
        }

        @Test
        void recordedInPartReplacesItsTextAndDropsItsInstructions() {
            ArticleInForce rewritten = article(applied(
                    ReplaceTable.of(TextLocation.article("1.1"), 1, Table.withUnknownRows("Tableau 1")),
                    RewriteArticle.of("1.1", Text.ofParagraphs("Un seul alinéa."))), "1.1");
            assertThat(rewritten.content().complete()).isTrue();
            assertThat(rewritten.content().pending()).isEmpty();
            assertThat(rewritten.title()).isEmpty();
        }

        @Test
        void byATextNotRecordedKeepsItUnknown() {
            ArticleInForce one = article(applied(RewriteArticle.of("1", Text.unrecorded())), "1");
            assertThat(one.content().blocks()).isEmpty();
            assertThat(one.content().complete()).isFalse();
            assertThat(one.title()).contains("Objet");
        }

        @Test
        void deletedBeforeIsMissing() {
            assertThat(violations(DeleteArticle.of("1"), RewriteArticle.of("1", Text.ofParagraphs("x"))))
                    .extracting(Violation::code, Violation::path)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(HistoryCodes.CHANGE_TARGET_MISSING, "changes[1]"));
        }
    }

    @Nested
    class DeletingAndRenumberingArticles {

        @Test
        void anArticleRecordedInPartIsDeletedWithItsProvenance() {
            ConsolidatedText text = applied(DeleteArticle.of("1.1"));
            assertThat(text.article("1.1")).isEmpty();
            assertThat(text.deleted()).containsExactly(Sourced.of("1.1", AVENANT_1));
        }

        @Test
        void anArticleKnownByItsNumberOnlyIsDeleted() {
            assertThat(applied(DeleteArticle.of("2")).article("2")).isEmpty();
        }

        @Test
        void renumberingATextRecordedInPartKeepsItInPart() {
            ConsolidatedText text = applied(RenumberArticle.of("1.1", "1.2"));
            assertThat(article(text, "1.2").content().complete()).isFalse();
            assertThat(article(text, "1.2").content().blocks()).hasSize(5);
            assertThat(article(text, "1.2").modifications()).containsExactly(AVENANT_1);
        }

        @Test
        void renumberingAnArticleNotRecorded() {
            ConsolidatedText text = applied(RenumberArticle.of("2", "3"));
            assertThat(text.articles()).extracting(ArticleInForce::number).containsExactly("1", "1.1", "1.3", "3");
        }

        @Test
        void renumberingADeletedArticleIsMissing() {
            assertThat(violations(DeleteArticle.of("1.3"), RenumberArticle.of("1.3", "1.4")))
                    .extracting(Violation::code, Violation::path)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(HistoryCodes.CHANGE_TARGET_MISSING, "changes[1]"));
        }
    }
}
