package dev.conventio.history;

import static dev.conventio.history.Fixtures.BASE_END;
import static dev.conventio.history.Fixtures.signed;
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
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.text.Paragraph;
import dev.conventio.text.Table;
import dev.conventio.text.Text;
import dev.conventio.text.TextLocation;
import dev.conventio.validation.Violation;
import dev.conventio.validation.ViolationCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each textual operation on recorded text (result and provenance), on text recorded in part, on
 * text not recorded (kept as an instruction) and on text that does not match (code and path).
 */
class TextModificationTest {

    private static final LocalDate SIGNED = LocalDate.of(2019, 9, 6);
    private static final Provenance AVENANT_1 = Provenance.of(Instrument.amendment(1), "1");
    private static final TextLocation PREAMBLE = TextLocation.preamble();

    /** The base: a preamble recorded whole, with a typographic apostrophe and no-break spaces. */
    static Convention base() {
        return Fixtures.base().toBuilder()
                .preamble(Text.ofParagraphs(
                        "Le programme d’investissements d’avenir consacre 1 milliard d’euros à l’action.",
                        "La convention du 27 juillet 2010 a été modifiée à deux reprises.",
                        "Les ITE ont été créés au sein de certains organismes. Leur deuxième vague suit."))
                .articles(List.of(
                        Article.of("1", "Objet", Text.ofParagraphs(
                                "Les organismes, ci-après désignés « les ITE », sont financés.")),
                        Article.of("1.1", Text.partial(List.of(Paragraph.unknown(), Paragraph.unknown(),
                                Paragraph.unknown(), Paragraph.ofSentences("L’enveloppe de l’action est fixée à "
                                        + "1 150 M€.", "Elle inclut les 30 M€ du volet « Fonds ». "
                                        + "Voir l’art. 3 du règlement."), Paragraph.unknown()))),
                        Article.of("1.3", "Engagements", Text.of(Paragraph.of("Le montant est de 1\u00a0150\u00a0M€."),
                                Table.of("Tableau 1", List.of(List.of("2015", "300 M€"))))),
                        Article.numbered("2")))
                .build();
    }

    private static ModifyText change(TextOperation operation) {
        return ModifyText.of("1", operation);
    }

    private static ConsolidatedText applied(TextOperation... operations) {
        History history = History.of(base());
        dev.conventio.change.Change[] changes = java.util.Arrays.stream(operations).map(TextModificationTest::change)
                .toArray(dev.conventio.change.Change[]::new);
        return history.add(signed(1, SIGNED, BASE_END, changes)).asOf(SIGNED).text();
    }

    private static Violation violation(TextOperation operation, ViolationCode code, String path) {
        List<Violation> found = History.of(base()).check(signed(1, SIGNED, BASE_END, change(operation)));
        assertThat(found).as(found.toString()).hasSize(1);
        assertThat(found.get(0).code()).isEqualTo(code);
        assertThat(found.get(0).path()).isEqualTo(path);
        return found.get(0);
    }

    private static BlockInForce block(TextInForce text, int index) {
        return text.blocks().get(index);
    }

    private static String words(TextInForce text, int index) {
        return ((Paragraph) block(text, index).block()).text().orElse(null);
    }

    private static ArticleInForce article(ConsolidatedText text, String number) {
        return text.article(number).orElseThrow();
    }

    @Nested
    class ReplacingWords {

        @Test
        void onRecordedTextReplacesTheWordsAndRecordsWhoDidIt() {
            ConsolidatedText text = applied(ReplaceWords.of(PREAMBLE.withParagraph(2), "deux", "trois"));
            assertThat(words(text.preamble(), 1)).isEqualTo("La convention du 27 juillet 2010 a été modifiée à trois reprises.");
            assertThat(block(text.preamble(), 1).modifications()).containsExactly(AVENANT_1);
            assertThat(block(text.preamble(), 1).origin()).isEqualTo(Provenance.base());
            assertThat(block(text.preamble(), 0).modifications()).isEmpty();
        }

        @Test
        void aTypographicApostropheAndNoBreakSpacesMatchTheirPlainForms() {
            ConsolidatedText text = applied(
                    ReplaceWords.of(PREAMBLE.withParagraph(1), "d'euros", "d’euros environ"),
                    ReplaceWords.of(TextLocation.article("1.3").withParagraph(1), "1 150  M€", "934,4\u202fM€"));
            assertThat(words(text.preamble(), 0)).contains("1 milliard d’euros environ à l’action");
            assertThat(words(article(text, "1.3").content(), 0)).isEqualTo("Le montant est de 934,4\u202fM€.");
            assertThat(article(text, "1.3").modifications()).containsExactly(AVENANT_1);
        }

        @Test
        void wordsInsideALongerWordAreNotFound() {
            violation(ReplaceWords.of(PREAMBLE.withParagraph(3), "deux", "trois"), HistoryCodes.CHANGE_WORDS_ABSENT,
                    "changes[0].operation.words");
        }

        @Test
        void inASentenceOfAParagraphWithRecordedSentences() {
            ConsolidatedText text = applied(ReplaceWords.of(TextLocation.article("1.1").withParagraph(4).withSentence(2),
                    "inclut les 30 M€", "n’inclut pas les montants"));
            Paragraph fourth = (Paragraph) block(article(text, "1.1").content(), 3).block();
            assertThat(fourth.sentences()).containsExactly("L’enveloppe de l’action est fixée à 1 150 M€.",
                    "Elle n’inclut pas les montants du volet « Fonds ». Voir l’art. 3 du règlement.");
            assertThat(block(article(text, "1.1").content(), 3).modifications()).containsExactly(AVENANT_1);
        }

        @Test
        void inASentenceSplitByTheRule() {
            ConsolidatedText text = applied(ReplaceWords.of(PREAMBLE.withParagraph(3).withSentence(2), "deuxième",
                    "seconde"));
            assertThat(words(text.preamble(), 2)).isEqualTo("Les ITE ont été créés au sein de certains organismes."
                    + " Leur seconde vague suit.");
        }

        @Test
        void wordsPresentInAnotherSentenceOnlyAreAbsent() {
            violation(ReplaceWords.of(PREAMBLE.withParagraph(3).withSentence(1), "deuxième", "seconde"),
                    HistoryCodes.CHANGE_WORDS_ABSENT, "changes[0].operation.words");
        }

        @Test
        void aDeletionLeavesNoDoubleSpace() {
            ConsolidatedText text = applied(ReplaceWords.deletion(TextLocation.article("1").withParagraph(1),
                    "ci-après désignés"));
            assertThat(words(article(text, "1").content(), 0)).isEqualTo("Les organismes, « les ITE », sont financés.");
        }

        @Test
        void onlyTheOccurrencesNamed() {
            ConsolidatedText text = applied(ReplaceWords.of(PREAMBLE, "l’action", "le programme", List.of(1)));
            assertThat(words(text.preamble(), 0)).endsWith("à le programme.");
        }

        @Test
        void anOccurrenceBeyondThoseFoundIsAbsent() {
            violation(ReplaceWords.of(PREAMBLE, "deux", "trois", List.of(2)), HistoryCodes.CHANGE_WORDS_ABSENT,
                    "changes[0].operation.occurrences");
        }

        @Test
        void onAParagraphNotRecordedIsKeptAsAnInstruction() {
            ConsolidatedText text = applied(ReplaceWords.of(TextLocation.article("1.1").withParagraph(2), "x", "y"));
            TextInForce content = article(text, "1.1").content();
            assertThat(content.pending()).singleElement().satisfies(p -> assertThat(p.provenance()).isEqualTo(AVENANT_1));
            assertThat(content.blocks().get(1).block().isKnown()).isFalse();
            assertThat(article(text, "1.1").modifications()).isEmpty();
            assertThat(text.hasUnknownParts()).isTrue();
        }

        @Test
        void inAWholeTextRecordedInPartIsKeptAsAnInstruction() {
            ConsolidatedText text = applied(ReplaceWords.of(TextLocation.article("1.1"), "1 150 M€", "934,4 M€"));
            assertThat(article(text, "1.1").content().pending()).hasSize(1);
            assertThat(((Paragraph) block(article(text, "1.1").content(), 3).block()).text().get()).contains("1 150 M€");
        }

        @Test
        void inAnArticleNotRecordedIsKeptAsAnInstructionOnTheArticleItAttests() {
            ConsolidatedText text = applied(ReplaceWords.of(TextLocation.article("7").withParagraph(1), "x", "y"));
            ArticleInForce seven = article(text, "7");
            assertThat(seven.content().pending()).hasSize(1);
            assertThat(seven.content().blocks()).isEmpty();
            assertThat(seven.provenance()).isEqualTo(Provenance.of(Instrument.base(), "7"));
        }

        @Test
        void aParagraphAbsentFromACompleteTextIsMissing() {
            violation(ReplaceWords.of(PREAMBLE.withParagraph(9), "deux", "trois"), HistoryCodes.CHANGE_TARGET_MISSING,
                    "changes[0]");
        }
    }

    @Nested
    class ReplacingASentence {

        @Test
        void onRecordedSentences() {
            ConsolidatedText text = applied(ReplaceSentence.of(TextLocation.article("1.1").withParagraph(4).withSentence(1),
                    "L’enveloppe est ramenée à 934,4 M€."));
            assertThat(((Paragraph) block(article(text, "1.1").content(), 3).block()).sentences().get(0))
                    .isEqualTo("L’enveloppe est ramenée à 934,4 M€.");
        }

        @Test
        void onSentencesSplitByTheRule() {
            ConsolidatedText text = applied(ReplaceSentence.of(PREAMBLE.withParagraph(3).withSentence(1),
                    "Les ITE ont été créés."));
            assertThat(words(text.preamble(), 2)).isEqualTo("Les ITE ont été créés. Leur deuxième vague suit.");
            assertThat(block(text.preamble(), 2).modifications()).containsExactly(AVENANT_1);
        }

        @Test
        void onAParagraphNotRecordedIsKept() {
            assertThat(article(applied(ReplaceSentence.of(TextLocation.article("2").withParagraph(1).withSentence(1),
                    "Nouvelle phrase.")), "2").content().pending()).hasSize(1);
        }

        @Test
        void aSentenceTheParagraphDoesNotHaveIsMissing() {
            violation(ReplaceSentence.of(PREAMBLE.withParagraph(2).withSentence(2), "Nouvelle phrase."),
                    HistoryCodes.CHANGE_TARGET_MISSING, "changes[0]");
        }
    }

    @Nested
    class ReplacingAParagraph {

        @Test
        void onRecordedText() {
            ConsolidatedText text = applied(ReplaceParagraph.of(PREAMBLE.withParagraph(3), Paragraph.of("Texte nouveau.")));
            assertThat(words(text.preamble(), 2)).isEqualTo("Texte nouveau.");
            assertThat(block(text.preamble(), 2).provenance()).isEqualTo(AVENANT_1);
        }

        @Test
        void atAKnownPositionOfATextRecordedInPart() {
            ConsolidatedText text = applied(ReplaceParagraph.of(TextLocation.article("1.1").withParagraph(7),
                    Paragraph.of("Septième alinéa.")));
            TextInForce content = article(text, "1.1").content();
            assertThat(content.blocks()).hasSize(7);
            assertThat(content.blocks().get(5).block().isKnown()).isFalse();
            assertThat(words(content, 6)).isEqualTo("Septième alinéa.");
            assertThat(content.complete()).isFalse();
        }

        @Test
        void inAnArticleNotRecordedWithNewWordsNotRecorded() {
            ConsolidatedText text = applied(ReplaceParagraph.of(TextLocation.article("2").withParagraph(1), Paragraph.unknown()));
            BlockInForce first = article(text, "2").content().blocks().get(0);
            assertThat(first.block().isKnown()).isFalse();
            assertThat(first.provenance()).isEqualTo(AVENANT_1);
        }

        @Test
        void aParagraphACompleteTextDoesNotHaveIsMissing() {
            violation(ReplaceParagraph.of(PREAMBLE.withParagraph(4), Paragraph.of("x")), HistoryCodes.CHANGE_TARGET_MISSING,
                    "changes[0]");
        }
    }

    @Nested
    class InsertingParagraphs {

        @Test
        void afterTheFirstAndAtTheEndOfRecordedText() {
            ConsolidatedText text = applied(InsertParagraphs.of(PREAMBLE.withParagraph(1), List.of(Paragraph.of("Inséré."))),
                    InsertParagraphs.of(PREAMBLE, List.of(Paragraph.of("Dernier."))));
            assertThat(words(text.preamble(), 1)).isEqualTo("Inséré.");
            assertThat(block(text.preamble(), 1).origin()).isEqualTo(AVENANT_1);
            assertThat(words(text.preamble(), 4)).isEqualTo("Dernier.");
        }

        @Test
        void atTheEndOfATextRecordedInPartIsKept() {
            ConsolidatedText text = applied(InsertParagraphs.of(TextLocation.article("1.1"), List.of(Paragraph.of("x"))));
            assertThat(article(text, "1.1").content().pending()).hasSize(1);
            assertThat(article(text, "1.1").content().blocks()).hasSize(5);
        }

        @Test
        void afterAKnownPositionOfAnArticleNotRecorded() {
            ConsolidatedText text = applied(InsertParagraphs.of(TextLocation.article("2").withParagraph(2),
                    List.of(Paragraph.of("Troisième."))));
            assertThat(words(article(text, "2").content(), 2)).isEqualTo("Troisième.");
        }

        @Test
        void afterAParagraphACompleteTextDoesNotHaveIsMissing() {
            violation(InsertParagraphs.of(PREAMBLE.withParagraph(5), List.of(Paragraph.of("x"))),
                    HistoryCodes.CHANGE_TARGET_MISSING, "changes[0]");
        }
    }

    @Nested
    class DeletingAParagraph {

        @Test
        void onRecordedText() {
            ConsolidatedText text = applied(DeleteParagraph.of(PREAMBLE.withParagraph(3)));
            assertThat(text.preamble().blocks()).hasSize(2);
        }

        @Test
        void anUnknownParagraphAtAKnownPosition() {
            ConsolidatedText text = applied(DeleteParagraph.of(TextLocation.article("1.1").withParagraph(5)));
            assertThat(article(text, "1.1").content().blocks()).hasSize(4);
            assertThat(article(text, "1.1").modifications()).containsExactly(AVENANT_1);
        }

        @Test
        void inAnArticleNotRecordedIsKept() {
            assertThat(article(applied(DeleteParagraph.of(TextLocation.article("2").withParagraph(1))), "2")
                    .content().pending()).hasSize(1);
        }

        @Test
        void aParagraphACompleteTextDoesNotHaveIsMissing() {
            violation(DeleteParagraph.of(PREAMBLE.withParagraph(4)), HistoryCodes.CHANGE_TARGET_MISSING, "changes[0]");
        }
    }

    @Nested
    class ReplacingATable {

        @Test
        void byATableWhoseRowsAreNotRecorded() {
            ConsolidatedText text = applied(ReplaceTable.of(TextLocation.article("1.3"), 1,
                    Table.withUnknownRows("Tableau 1. – Rythme prévisionnel d'engagement")));
            BlockInForce table = article(text, "1.3").content().blocks().get(1);
            assertThat(((Table) table.block()).label()).isEqualTo("Tableau 1. – Rythme prévisionnel d'engagement");
            assertThat(table.block().isKnown()).isFalse();
            assertThat(table.modifications()).containsExactly(AVENANT_1);
        }

        @Test
        void inAnArticleNotRecordedIsKept() {
            assertThat(article(applied(ReplaceTable.of(TextLocation.article("2"), 1, Table.withUnknownRows("T"))), "2")
                    .content().pending()).hasSize(1);
        }

        @Test
        void aTableACompleteTextDoesNotHaveIsMissing() {
            violation(ReplaceTable.of(TextLocation.article("1.3"), 2, Table.withUnknownRows("T")),
                    HistoryCodes.CHANGE_TARGET_MISSING, "changes[0]");
        }
    }

    @Nested
    class Articles {

        @Test
        void rewritingAnArticleKnownByNumberOnly() {
            ConsolidatedText text = applied(RewriteArticle.of("2", "ITE concernés", Text.partial(List.of(
                    Paragraph.of("Du début de la convention au 30 août 2019 : IDEEL, EFFICACITY, IPV(F)…")))));
            ArticleInForce two = article(text, "2");
            assertThat(two.title()).contains("ITE concernés");
            assertThat(two.provenance()).isEqualTo(AVENANT_1);
            assertThat(two.content().complete()).isFalse();
            assertThat(block(two.content(), 0).origin()).isEqualTo(AVENANT_1);
        }

        @Test
        void deletingAnArticleRecordsWhoDeletedIt() {
            ConsolidatedText text = applied(DeleteArticle.of("1.3"));
            assertThat(text.article("1.3")).isEmpty();
            assertThat(text.deleted()).containsExactly(Sourced.of("1.3", AVENANT_1));
        }

        @Test
        void deletingAnArticleTwiceIsMissing() {
            List<Violation> found = History.of(base()).check(signed(1, SIGNED, BASE_END, change(DeleteArticle.of("1.3")),
                    change(DeleteArticle.of("1.3"))));
            assertThat(found).extracting(Violation::code, Violation::path)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(HistoryCodes.CHANGE_TARGET_MISSING, "changes[1]"));
        }

        @Test
        void renumberingKeepsTheOrderAndTheText() {
            ConsolidatedText text = applied(RenumberArticle.of("1.3", "1.4"));
            assertThat(text.articles()).extracting(ArticleInForce::number).containsExactly("1", "1.1", "1.4", "2");
            assertThat(article(text, "1.4").title()).contains("Engagements");
        }

        @Test
        void renumberingOntoAnArticleThatExists() {
            violation(RenumberArticle.of("1.3", "1"), HistoryCodes.CHANGE_TARGET_EXISTS, "changes[0]");
        }
    }

    @Test
    void theConsolidatedConventionCarriesTheConsolidatedText() {
        ConsolidatedConvention view = History.of(base())
                .add(signed(1, SIGNED, BASE_END, change(ReplaceWords.of(PREAMBLE.withParagraph(2), "deux", "trois"))))
                .asOf(SIGNED);
        assertThat(view.convention().preamble().paragraph(2).orElseThrow().text()).contains(
                "La convention du 27 juillet 2010 a été modifiée à trois reprises.");
        assertThat(History.of(base()).asOf(SIGNED).convention().preamble()).isEqualTo(base().preamble());
        assertThat(view.article("1.1").orElseThrow().value().content().complete()).isFalse();
    }

    @Test
    void afterTheAmendmentLapsesTheBaseTextIsBack() {
        History history = History.of(base()).add(signed(1, SIGNED, LocalDate.of(2019, 12, 31),
                change(DeleteParagraph.of(PREAMBLE.withParagraph(3)))));
        assertThat(history.asOf(LocalDate.of(2019, 10, 1)).text().preamble().blocks()).hasSize(2);
        assertThat(history.asOf(LocalDate.of(2020, 1, 1)).text().preamble().blocks()).hasSize(3);
    }
}
