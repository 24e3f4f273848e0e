package dev.conventio.text;

import static dev.conventio.validation.ValidationAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.change.ReplaceParagraph;
import dev.conventio.change.ReplaceSentence;
import dev.conventio.change.ReplaceTable;
import dev.conventio.change.ReplaceWords;
import dev.conventio.validation.CommonCodes;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Texts, their blocks, locations and the matching rules. */
class TextTest {

    @Nested
    class Matching {

        @Test
        void normalisesSpacesApostrophesAndComposition() {
            assertThat(TextMatching.normalize("l’État\u00a0et  le\u202fGIP\te\u0301")).isEqualTo("l'État et le GIP é");
        }

        @Test
        void countsOnWordBoundariesOnly() {
            assertThat(TextMatching.count("deux, deuxième et deux", "deux")).isEqualTo(2);
            assertThat(TextMatching.count("1\u00a0150\u00a0M€", "1 150 M€")).isEqualTo(1);
            assertThat(TextMatching.count("Deux", "deux")).isZero();
        }

        @Test
        void replacesOnlyTheOccurrencesNamedAndKeepsTheRest() {
            assertThat(TextMatching.replace("a deux b deux c", "deux", "trois", List.of(2))).isEqualTo("a deux b trois c");
            assertThat(TextMatching.replace("l’action d’avenir", "d'avenir", "future", List.of())).isEqualTo("l’action future");
            assertThatThrownBy(() -> TextMatching.replace("a", "b", "c", List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> TextMatching.replace("a b", "b", "c", List.of(2)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("occurrence 2");
        }

        @Test
        void occurrencesNamedOutOfOrderAreEachReplacedWhereTheyStand() {
            assertThat(TextMatching.replace("a x b x c x", "x", "yy", List.of(3, 1))).isEqualTo("a yy b x c yy");
        }

        @Test
        void deletingWordsAtTheEndOrBeforePunctuationTakesTheSpaceBefore() {
            assertThat(TextMatching.replace("les organismes certains", "certains", "", List.of()))
                    .isEqualTo("les organismes");
            assertThat(TextMatching.replace("de certains, organismes", "certains", "", List.of()))
                    .isEqualTo("de, organismes");
            assertThat(TextMatching.replace("certains ", "certains", "", List.of())).isEmpty();
            assertThat(TextMatching.replace("a deux", "deux", "trois", List.of())).isEqualTo("a trois");
        }

        @Test
        void sentencesEndingTheTextOrFollowedOnlyBySpacesOrAQuote() {
            assertThat(TextMatching.sentences("Un. Deux.")).containsExactly("Un.", "Deux.");
            assertThat(TextMatching.sentences("Un.  Deux.  ")).containsExactly("Un.", "Deux.");
            assertThat(TextMatching.sentences("Un. ")).containsExactly("Un.");
            assertThat(TextMatching.sentences("Un. «")).containsExactly("Un. «");
            assertThat(TextMatching.sentences("Un. « ")).containsExactly("Un. «");
            assertThat(TextMatching.sentences("")).isEmpty();
            assertThat(TextMatching.sentences("   ")).isEmpty();
            // An abbreviation after an opening parenthesis is still an abbreviation.
            assertThat(TextMatching.sentences("Signé (M. Dupont) ici.")).hasSize(1);
        }

        @Test
        void deletingWordsLeavesNoDoubleSpace() {
            assertThat(TextMatching.replace("Les organismes, ci-après désignés « les ITE »", "ci-après désignés", "",
                    List.of())).isEqualTo("Les organismes, « les ITE »");
            assertThat(TextMatching.replace("de certains organismes", "de certains", "", List.of()))
                    .isEqualTo("organismes");
        }

        @Test
        void splitsSentencesByTheStatedRule() {
            assertThat(TextMatching.sentences("M. Berra signe. Voir l’art. 3 et le n°. 4. L. 329-1 s’applique."
                    + " « Ainsi » soit-il ! Fin"))
                    .containsExactly("M. Berra signe.", "Voir l’art. 3 et le n°. 4.", "L. 329-1 s’applique.",
                            "« Ainsi » soit-il !", "Fin");
            assertThat(TextMatching.sentences("Montant de 1.5 M€. suite en minuscule.")).hasSize(1);
            assertThat(TextMatching.replaceSentence("Un.  Deux. Trois.", 2, "Autre.")).isEqualTo("Un.  Autre. Trois.");
        }
    }

    @Nested
    class Values {

        @Test
        void aParagraphKnownOrNot() {
            assertThat(Paragraph.of("Un. Deux.").sentences()).containsExactly("Un.", "Deux.");
            assertThat(Paragraph.ofSentences("Un art. 2.", "Fin").text()).contains("Un art. 2. Fin");
            assertThat(Paragraph.ofSentences("Un art. 2.", "Fin").sentences()).hasSize(2);
            assertThat(Paragraph.unknown().isKnown()).isFalse();
            assertThat(Paragraph.unknown().sentences()).isEmpty();
            assertViolation(() -> Paragraph.of(" "), CommonCodes.TEXT_BLANK, "text");
            assertViolation(() -> Paragraph.ofSentences("Un.", ""), CommonCodes.TEXT_BLANK, "recordedSentences[1]");
        }

        @Test
        void aTextWholeInPartOrNotRecorded() {
            Text whole = Text.of(Paragraph.of("Un."), Table.of("Tableau 1", List.of(List.of("a", "b"))), Paragraph.of("Deux."));
            assertThat(whole.isWhole()).isTrue();
            assertThat(whole.paragraph(2).flatMap(Paragraph::text)).contains("Deux.");
            assertThat(whole.tables()).hasSize(1);
            Text partial = Text.partial(List.of(Paragraph.unknown(), Paragraph.of("Deux.")));
            assertThat(partial.isRecorded()).isTrue();
            assertThat(partial.isWhole()).isFalse();
            assertThat(Text.unrecorded().isRecorded()).isFalse();
            assertThat(Text.unrecorded().complete()).isFalse();
            assertThat(Table.withUnknownRows("Tableau 1").isKnown()).isFalse();
            assertViolation(() -> Table.withUnknownRows(""), CommonCodes.TEXT_BLANK, "label");
        }

        @Test
        void aTextsTextFormIsOneBlockPerLineAndAMarkWhenMoreMayFollow() {
            assertThat(Text.ofParagraphs("Un.", "Deux.")).hasToString("Un.\nDeux.");
            assertThat(Text.partial(List.of(Paragraph.unknown(), Paragraph.of("Deux."))))
                    .hasToString("[unknown paragraph]\nDeux.\n[…]");
            assertThat(Text.unrecorded()).hasToString("[…]");
            assertThat(Text.of(List.of())).hasToString("");
        }

        @Test
        void aLocationCountsFromOneAndNamesASentenceInItsParagraph() {
            assertThat(TextLocation.article("1.1").withParagraph(4).withSentence(2).toString())
                    .isEqualTo("article 1.1, paragraph 4, sentence 2");
            assertThat(TextLocation.preamble().withParagraph(2).whole()).isEqualTo(TextLocation.preamble());
            assertViolation(() -> TextLocation.preamble().withParagraph(0), TextCodes.POSITION_NOT_POSITIVE, "paragraph");
            assertViolation(() -> TextLocation.article("1").withSentence(1), TextCodes.LOCATION_UNFIT, "sentence");
            assertViolation(() -> TextLocation.article(" "), CommonCodes.TEXT_BLANK, "article");
            assertViolation(() -> TextLocation.article("1").withParagraph(1).withSentence(0),
                    TextCodes.POSITION_NOT_POSITIVE, "sentence");
        }

        @Test
        void anOperationNeedsTheLevelItActsOn() {
            TextLocation paragraph = TextLocation.article("1").withParagraph(1);
            assertThat(ReplaceSentence.of(paragraph.withSentence(1), "Nouvelle.").target()).isEqualTo(TextLocation.article("1"));
            assertViolation(() -> ReplaceSentence.of(paragraph, "Nouvelle."), TextCodes.LOCATION_UNFIT, "location.sentence");
            assertViolation(() -> ReplaceParagraph.of(TextLocation.article("1"), Paragraph.unknown()),
                    TextCodes.LOCATION_UNFIT, "location.paragraph");
            assertViolation(() -> ReplaceTable.of(TextLocation.article("1"), 0, Table.withUnknownRows("T")),
                    TextCodes.POSITION_NOT_POSITIVE, "table");
            assertViolation(() -> ReplaceWords.of(paragraph, "a", "b", List.of(0)), TextCodes.POSITION_NOT_POSITIVE,
                    "occurrences[0]");
            assertThat(ReplaceWords.deletion(paragraph, "a").isDeletion()).isTrue();
        }
    }
}
