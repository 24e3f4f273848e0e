package dev.conventio.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.conventio.amendment.Amendment;
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
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.history.History;
import dev.conventio.text.Paragraph;
import dev.conventio.text.Table;
import dev.conventio.text.Text;
import dev.conventio.text.TextLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A history whose convention records its preamble and texts in part and whose amendment makes
 * every textual operation: version 2 writes it, reads it back equal, follows its schema; version 1
 * refuses to write it rather than drop anything.
 */
class TextVersionTwoTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Convention convention() {
        return Samples.convention().toBuilder()
                .preamble(Text.ofParagraphs("La convention a été modifiée à deux reprises.", "Les ITE sont créés."))
                .addArticle(Article.of("1.1", Text.partial(List.of(Paragraph.unknown(), Paragraph.ofSentences(
                        "L’enveloppe est fixée à 1\u00a0150 M€.", "Elle inclut les 30 M€.")))))
                .addArticle(Article.of("1.3", Text.of(Paragraph.of("Montant : 1 150 M€."),
                        Table.of("Tableau 1", List.of(List.of("2015", "300 M€"))))))
                .addArticle(Article.numbered("8.6"))
                .build();
    }

    static Amendment amendment() {
        TextLocation article = TextLocation.article("1.1").withParagraph(2);
        return Amendment.builder().from(Samples.applicableAmendment()).changes(List.of(
                ModifyText.of("1", ReplaceWords.of(TextLocation.preamble().withParagraph(1), "deux", "trois")),
                ModifyText.of("1", ReplaceWords.unknown(TextLocation.preamble().withParagraph(1), "trois")),
                ModifyText.of("1", ReplaceWords.deletion(TextLocation.preamble().withParagraph(2), "sont")),
                ModifyText.of("1", ReplaceWords.of(article.withSentence(2), "inclut les 30 M€", "n’inclut pas les montants")),
                ModifyText.of("1", ReplaceSentence.of(article.withSentence(1), "L’enveloppe est ramenée à 934,4 M€.")),
                ModifyText.of("1", ReplaceParagraph.of(TextLocation.article("1.1").withParagraph(1), Paragraph.unknown())),
                ModifyText.of("1", InsertParagraphs.of(TextLocation.preamble(), List.of(Paragraph.of("Ajouté.")))),
                ModifyText.of("1", DeleteParagraph.of(TextLocation.preamble().withParagraph(2))),
                ModifyText.of("1", ReplaceTable.of(TextLocation.article("1.3"), 1, Table.withUnknownRows("Tableau 1 bis"))),
                ModifyText.of("1", RewriteArticle.of("8.6", "Modification", Text.unrecorded())),
                ModifyText.of("1", RenumberArticle.of("8.6", "8.7")),
                ModifyText.of("1", DeleteArticle.of("3 bis")))).build();
    }

    static History history() {
        return History.of(convention(), List.of(Samples.unrecorded(), amendment()));
    }

    @Test
    void version2WritesReadsBackAndFollowsItsSchema() throws Exception {
        History history = history();
        for (ConventioJson json : new ConventioJson[] {ConventioJson.compact().writing(2), ConventioJson.pretty().writing(2)}) {
            String text = json.write(JsonDocument.HISTORY, history);
            History read = json.read(JsonDocument.HISTORY, text);
            assertThat(read).isEqualTo(history);
            assertThat(json.write(JsonDocument.HISTORY, read)).isEqualTo(text);
            assertThat(VersionTwoTest.schema(2).validate(MAPPER.readTree(text))).isEmpty();
        }
    }

    @Test
    void version1RefusesToWriteWhatItCannotHold() {
        assertThatThrownBy(() -> ConventioJson.compact().writing(1).write(JsonDocument.HISTORY, history()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format version 1");
    }
}
