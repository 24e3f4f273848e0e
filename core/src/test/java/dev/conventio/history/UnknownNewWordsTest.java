package dev.conventio.history;

import static dev.conventio.history.Fixtures.BASE_END;
import static dev.conventio.history.Fixtures.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.change.ModifyText;
import dev.conventio.change.ReplaceWords;
import dev.conventio.text.Paragraph;
import dev.conventio.text.TextLocation;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words replaced by new words the record does not give ({@link ReplaceWords#unknown}): the words are
 * still sought, and what they enter is shown unknown, never half-known and never invented.
 */
class UnknownNewWordsTest {

    private static final LocalDate SIGNED = LocalDate.of(2019, 9, 6);
    private static final Provenance AVENANT_1 = Provenance.of(Instrument.amendment(1), "1");
    private static final TextLocation PREAMBLE = TextLocation.preamble();

    private static ConsolidatedText applied(ReplaceWords operation) {
        return History.of(TextModificationTest.base())
                .add(signed(1, SIGNED, BASE_END, ModifyText.of("1", operation))).asOf(SIGNED).text();
    }

    @Test
    void theParagraphTheyEnterIsUnknownFromThenOnAndSaysWhoChangedIt() {
        ConsolidatedText text = applied(ReplaceWords.unknown(PREAMBLE.withParagraph(2), "deux"));
        BlockInForce second = text.preamble().blocks().get(1);
        assertThat(second.block().isKnown()).isFalse();
        assertThat(second.modifications()).containsExactly(AVENANT_1);
        assertThat(text.hasUnknownParts()).isTrue();
    }

    @Test
    void theOtherParagraphsOfThePassageStayAsRecorded() {
        ConsolidatedText text = applied(ReplaceWords.unknown(PREAMBLE, "deux"));
        List<BlockInForce> blocks = text.preamble().blocks();
        assertThat(blocks.get(1).block().isKnown()).isFalse();
        assertThat(((Paragraph) blocks.get(0).block()).text()).hasValueSatisfying(words ->
                assertThat(words).startsWith("Le programme d’investissements d’avenir"));
        assertThat(blocks.get(0).modifications()).isEmpty();
        assertThat(((Paragraph) blocks.get(2).block()).text()).hasValueSatisfying(words ->
                assertThat(words).contains("deuxième vague"));
        assertThat(blocks.get(2).modifications()).isEmpty();
    }

    @Test
    void inOneSentenceOfRecordedSentencesTheWholeParagraphIsUnknown() {
        ConsolidatedText text = applied(ReplaceWords.unknown(TextLocation.article("1.1").withParagraph(4)
                .withSentence(2), "inclut les 30 M€"));
        BlockInForce fourth = text.article("1.1").orElseThrow().content().blocks().get(3);
        assertThat(fourth.block().isKnown()).isFalse();
        assertThat(fourth.modifications()).containsExactly(AVENANT_1);
    }

    @Test
    void wordsTheRecordedTextDoesNotHaveAreAbsentAsWithKnownNewWords() {
        List<Violation> found = History.of(TextModificationTest.base()).check(signed(1, SIGNED, BASE_END,
                ModifyText.of("1", ReplaceWords.unknown(PREAMBLE.withParagraph(1), "trois"))));
        assertThat(found).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(HistoryCodes.CHANGE_WORDS_ABSENT);
            assertThat(violation.path()).isEqualTo("changes[0].operation.words");
        });
    }

    @Test
    void anOccurrenceBeyondThoseFoundIsAbsent() {
        List<Violation> found = History.of(TextModificationTest.base()).check(signed(1, SIGNED, BASE_END,
                ModifyText.of("1", ReplaceWords.unknown(PREAMBLE, "deux", List.of(3)))));
        assertThat(found).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(HistoryCodes.CHANGE_WORDS_ABSENT);
            assertThat(violation.path()).isEqualTo("changes[0].operation.occurrences");
        });
    }

    @Test
    void onAParagraphNotRecordedIsKeptAsAnInstruction() {
        ConsolidatedText text = applied(ReplaceWords.unknown(TextLocation.article("1.1").withParagraph(2), "x"));
        TextInForce content = text.article("1.1").orElseThrow().content();
        assertThat(content.pending()).singleElement().satisfies(pending -> {
            assertThat(pending.provenance()).isEqualTo(AVENANT_1);
            assertThat(pending.change().operation()).isEqualTo(ReplaceWords.unknown(
                    TextLocation.article("1.1").withParagraph(2), "x"));
        });
    }

    @Test
    void theOperationSaysItsNewWordsAreNotRecordedAndIsNoDeletion() {
        ReplaceWords unknown = ReplaceWords.unknown(PREAMBLE, "deux");
        assertThat(unknown.replacement()).isEmpty();
        assertThat(unknown.isDeletion()).isFalse();
        assertThat(ReplaceWords.deletion(PREAMBLE, "deux").replacement()).contains("");
        assertThat(ReplaceWords.deletion(PREAMBLE, "deux").isDeletion()).isTrue();
        assertThat(ReplaceWords.of(PREAMBLE, "deux", "trois").isDeletion()).isFalse();
        assertThat(unknown).isNotEqualTo(ReplaceWords.deletion(PREAMBLE, "deux"));
    }

    @Test
    void blankWordsAreRefusedThoughTheNewOnesAreUnknown() {
        assertThatThrownBy(() -> ReplaceWords.unknown(PREAMBLE, " "))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.violations()).extracting(Violation::path).containsExactly("words"));
    }
}
