package dev.conventio.format.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.change.ModifyText;
import dev.conventio.change.ReplaceSentence;
import dev.conventio.change.ReplaceWords;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.format.RejectionCode;
import dev.conventio.history.History;
import dev.conventio.text.Paragraph;
import dev.conventio.text.Text;
import dev.conventio.text.TextLocation;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text members of version 2, and what version 1 neither reads nor writes of them. */
class TextCodecsTest {

    private static final String CONVENTION_V2 = "{\"formatVersion\":2,\"document\":\"convention\",\"reference\":\"R\","
            + "\"object\":\"O\",\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"etat\"},{\"id\":\"b\",\"name\":\"B\","
            + "\"kind\":\"gip\"}],\"concludedOn\":\"2015-07-20\",\"legalBases\":[],%s\"articles\":[%s],\"phases\":[],"
            + "\"contributions\":[],\"decisions\":[],\"signatures\":[]}";

    private static Object read(DocumentCodec<?> codec, String json) throws IOException {
        return Fixtures.read(codec, json, null);
    }

    private static Rejection rejection(DocumentCodec<?> codec, String json) {
        Rejection rejection = catchThrowableOfType(Rejection.class, () -> read(codec, json));
        assertThat(rejection).as(json).isNotNull();
        return rejection;
    }

    private static History textHistory() throws IOException {
        return (History) read(DocumentCodec.HISTORY, Fixtures.all(2).get(0).text());
    }

    @Test
    void version2ReadsAnArticleKnownByItsNumberOnlyAndVersion1DoesNot() throws IOException {
        Convention read = (Convention) read(DocumentCodec.CONVENTION, String.format(CONVENTION_V2, "", "{\"number\":\"8.6\"}"));
        assertThat(read.article("8.6")).contains(Article.numbered("8.6"));
        String v1 = String.format(CONVENTION_V2, "", "{\"number\":\"8.6\"}")
                .replace("{\"formatVersion\":2,\"document\":\"convention\",", "{\"formatVersion\":1,");
        Rejection rejection = rejection(DocumentCodec.CONVENTION, v1);
        assertThat(rejection.code()).isEqualTo(RejectionCode.MISSING_FIELD);
        assertThat(rejection.pointer()).isEqualTo("/articles/0");
    }

    @Test
    void aParagraphHasItsTextOrItsSentencesNotBoth() {
        String both = String.format(CONVENTION_V2, "\"preamble\":{\"blocks\":[{\"type\":\"paragraph\",\"text\":\"Un.\","
                + "\"recordedSentences\":[\"Un.\"]}],\"complete\":true},", "");
        Rejection rejection = rejection(DocumentCodec.CONVENTION, both);
        assertThat(rejection.code()).isEqualTo(RejectionCode.EXCLUSIVE_FIELDS);
        assertThat(rejection.pointer()).isEqualTo("/preamble/blocks/0");
    }

    @Test
    void theTextFixtureReadsWithEveryOperationApplied() throws IOException {
        History history = textHistory();
        var text = history.asOf(java.time.LocalDate.of(2019, 9, 6)).text();
        assertThat(text.preamble().text().paragraph(2).flatMap(Paragraph::text))
                .contains("La convention du 27 juillet 2010 a été modifiée à trois reprises.");
        assertThat(text.article("2").orElseThrow().title()).contains("ITE concernés");
        assertThat(text.deleted()).hasSize(1);
    }

    @Test
    void version1NeitherReadsNorWritesWhatVersion2Adds() throws IOException {
        History history = textHistory();
        assertThatThrownBy(() -> DocumentCodec.HISTORY.write(history, new TextSink(), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format version 1");
        Convention twoParagraphs = history.base().toBuilder().preamble(Text.unrecorded())
                .articles(List.of(Article.of("1", Text.ofParagraphs("Un.", "Deux.")))).build();
        assertThatThrownBy(() -> DocumentCodec.CONVENTION.write(twoParagraphs, new TextSink(), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("article 1");
        Convention preamble = history.base().toBuilder().articles(List.of()).build();
        assertThatThrownBy(() -> DocumentCodec.CONVENTION.write(preamble, new TextSink(), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("convention.preamble");
        TextSink amendment = new TextSink();
        DocumentCodec.AMENDMENT.write((AmendmentRecord) history.amendments().get(0), amendment, 2);
        String v1 = amendment.toString().replace("{\"formatVersion\":2,\"document\":\"amendment\",", "{\"formatVersion\":1,");
        Rejection rejection = rejection(DocumentCodec.AMENDMENT, v1);
        assertThat(rejection.code()).isEqualTo(RejectionCode.UNKNOWN_TYPE);
        assertThat(rejection.pointer()).isEqualTo("/changes/0/type");
    }

    @Test
    void anInsertionInsertsSomething() throws IOException {
        TextSink amendment = new TextSink();
        DocumentCodec.AMENDMENT.write((AmendmentRecord) textHistory().amendments().get(0), amendment, 2);
        String empty = amendment.toString().replace("\"paragraphs\":[{\"text\":\"Un alinéa ajouté.\","
                + "\"recordedSentences\":[]},{\"recordedSentences\":[]}]", "\"paragraphs\":[]");
        assertThat(empty).isNotEqualTo(amendment.toString());
        Rejection rejection = rejection(DocumentCodec.AMENDMENT, empty);
        assertThat(rejection.code()).isEqualTo(RejectionCode.MISSING_FIELD);
        assertThat(rejection.pointer()).isEqualTo("/changes/5/operation/paragraphs");
    }

    @Test
    void aSentenceWhoseNewWordsAreNotRecordedHasNoSentenceMember() throws IOException {
        TextSink written = new TextSink();
        DocumentCodec.AMENDMENT.write((AmendmentRecord) textHistory().amendments().get(0), written, 2);
        String known = ",\"sentence\":\"L’enveloppe est ramenée à 934,4 M€.\"}";
        assertThat(written.toString()).contains(known);
        String unknown = written.toString().replace(known, "}");
        Amendment read = (Amendment) read(DocumentCodec.AMENDMENT, unknown);
        assertThat(read.changes()).filteredOn(change -> change instanceof ModifyText modify
                && modify.operation() instanceof ReplaceSentence replace && !replace.isKnown()).singleElement()
                .satisfies(change -> assertThat(((ReplaceSentence) ((ModifyText) change).operation()).location())
                        .isEqualTo(TextLocation.article("1.1").withParagraph(2).withSentence(1)));
        TextSink again = new TextSink();
        DocumentCodec.AMENDMENT.write(read, again, 2);
        assertThat(again.toString()).isEqualTo(unknown);
    }

    @Test
    void wordsWhoseNewWordsAreNotRecordedHaveNoReplacementMember() throws IOException {
        TextSink written = new TextSink();
        DocumentCodec.AMENDMENT.write((AmendmentRecord) textHistory().amendments().get(0), written, 2);
        String known = "\"words\":\"deux\",\"replacement\":\"trois\",";
        assertThat(written.toString()).contains(known);
        String unknown = written.toString().replace(known, "\"words\":\"deux\",");
        Amendment read = (Amendment) read(DocumentCodec.AMENDMENT, unknown);
        assertThat(read.changes()).filteredOn(change -> change instanceof ModifyText modify
                && modify.operation() instanceof ReplaceWords replace && replace.replacement().isEmpty()).singleElement()
                .satisfies(change -> assertThat(((ModifyText) change).operation())
                        .isEqualTo(ReplaceWords.unknown(TextLocation.preamble().withParagraph(2), "deux")));
        TextSink again = new TextSink();
        DocumentCodec.AMENDMENT.write(read, again, 2);
        assertThat(again.toString()).isEqualTo(unknown);
    }

    @Test
    void aDeletionKeepsItsEmptyReplacement() throws IOException {
        TextSink written = new TextSink();
        DocumentCodec.AMENDMENT.write((AmendmentRecord) textHistory().amendments().get(0), written, 2);
        assertThat(written.toString()).contains("\"words\":\"ci-après désignés\",\"replacement\":\"\",");
        Amendment read = (Amendment) read(DocumentCodec.AMENDMENT, written.toString());
        assertThat(read.changes()).filteredOn(change -> change instanceof ModifyText modify
                && modify.operation() instanceof ReplaceWords replace && replace.isDeletion()).hasSize(1);
    }
}
