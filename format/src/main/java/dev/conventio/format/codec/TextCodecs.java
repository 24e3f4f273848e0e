package dev.conventio.format.codec;

import dev.conventio.change.DeleteArticle;
import dev.conventio.change.DeleteParagraph;
import dev.conventio.change.InsertParagraphs;
import dev.conventio.change.RenumberArticle;
import dev.conventio.change.ReplaceParagraph;
import dev.conventio.change.ReplaceSentence;
import dev.conventio.change.ReplaceTable;
import dev.conventio.change.ReplaceWords;
import dev.conventio.change.RewriteArticle;
import dev.conventio.change.TextOperation;
import dev.conventio.format.RejectionCode;
import dev.conventio.text.Block;
import dev.conventio.text.Paragraph;
import dev.conventio.text.Table;
import dev.conventio.text.Text;
import dev.conventio.text.TextLocation;
import java.util.List;
import java.util.Optional;

/** Texts, their blocks, locations and textual operations: each object's members declared once (version 2). */
final class TextCodecs {

    private static final Member<Paragraph, String> PARAGRAPH_TEXT = Member.optional(Names.TEXT, Scalars.TEXT,
            paragraph -> paragraph.hasRecordedSentences() ? Optional.empty() : paragraph.text());
    private static final Member<Paragraph, List<String>> SENTENCES = Member.required(Names.RECORDED_SENTENCES,
            Scalars.TEXTS, Paragraph::recordedSentences);

    /** A paragraph: its text, or its sentences recorded explicitly, or neither when not recorded. */
    static final ObjectCodec<Paragraph> PARAGRAPH = ObjectCodec.of("block.paragraph", TextCodecs::paragraph,
            PARAGRAPH_TEXT, SENTENCES);

    private static final Member<Table, String> LABEL = Member.required(Names.LABEL, Scalars.TEXT, Table::label);
    private static final Member<Table, List<List<String>>> ROWS = Member.optional(Names.ROWS,
            Scalars.list(Scalars.TEXTS), table -> table.rowsRecorded() ? Optional.of(table.rows()) : Optional.empty());

    /** A table: its label and its rows, absent when not recorded. */
    static final ObjectCodec<Table> TABLE = ObjectCodec.of("block.table", values -> values.has(ROWS)
            ? Table.of(values.get(LABEL), values.get(ROWS)) : Table.withUnknownRows(values.get(LABEL)), LABEL, ROWS);

    static final UnionCodec<Block> BLOCK = UnionCodec.byClass("block", List.of(
            UnionCodec.variant("paragraph", Paragraph.class, PARAGRAPH),
            UnionCodec.variant("table", Table.class, TABLE)),
            type -> "'" + type + "' is not one of paragraph, table");

    private static final Member<Text, List<Block>> BLOCKS = Member.required(Names.BLOCKS, Scalars.list(BLOCK),
            Text::blocks);
    private static final Member<Text, Boolean> COMPLETE = Member.required(Names.COMPLETE, Scalars.BOOLEAN,
            Text::complete);

    /** A text: its blocks, and whether they are all it has. */
    static final ObjectCodec<Text> TEXT = ObjectCodec.of("text", values -> values.get(COMPLETE)
            ? Text.of(values.get(BLOCKS)) : Text.partial(values.get(BLOCKS)), BLOCKS, COMPLETE);

    private static final Member<TextLocation, String> LOCATION_ARTICLE = Member.required(Names.NUMBER, Scalars.TEXT,
            location -> location.article().orElseThrow());
    private static final Member<TextLocation, Integer> PREAMBLE_PARAGRAPH = Member.optional(Names.PARAGRAPH,
            Scalars.INTEGER, TextCodecs::paragraph);
    private static final Member<TextLocation, Integer> PREAMBLE_SENTENCE = Member.optional(Names.SENTENCE,
            Scalars.INTEGER, TextCodecs::sentence);
    private static final Member<TextLocation, Integer> ARTICLE_PARAGRAPH = Member.optional(Names.PARAGRAPH,
            Scalars.INTEGER, TextCodecs::paragraph);
    private static final Member<TextLocation, Integer> ARTICLE_SENTENCE = Member.optional(Names.SENTENCE,
            Scalars.INTEGER, TextCodecs::sentence);

    /** Where an operation applies: {@code "type": "preamble"} or {@code "article"}, then its paragraph and sentence. */
    static final UnionCodec<TextLocation> LOCATION = UnionCodec.of("location", List.of(
            UnionCodec.variant("preamble", TextLocation.class, ObjectCodec.of("location.preamble",
                    values -> narrowed(TextLocation.preamble(), values.get(PREAMBLE_PARAGRAPH), values.get(PREAMBLE_SENTENCE)),
                    PREAMBLE_PARAGRAPH, PREAMBLE_SENTENCE)),
            UnionCodec.variant("article", TextLocation.class, ObjectCodec.of("location.article",
                    values -> narrowed(TextLocation.article(values.get(LOCATION_ARTICLE)), values.get(ARTICLE_PARAGRAPH),
                            values.get(ARTICLE_SENTENCE)),
                    LOCATION_ARTICLE, ARTICLE_PARAGRAPH, ARTICLE_SENTENCE))),
            location -> location.isPreamble() ? "preamble" : "article",
            type -> "'" + type + "' is not one of preamble, article");

    /** A textual operation: its {@code type}, then its members. */
    static final UnionCodec<TextOperation> OPERATION = UnionCodec.byClass("operation", List.of(
            replaceWords(), replaceSentence(), replaceParagraph(), insertParagraphs(), deleteParagraph(),
            replaceTable(), rewriteArticle(), deleteArticle(), renumberArticle()),
            type -> "'" + type + "' is not a textual operation");

    private TextCodecs() {
    }

    private static Paragraph paragraph(Values values) {
        String text = values.get(PARAGRAPH_TEXT);
        List<String> sentences = values.get(SENTENCES);
        if (text != null && !sentences.isEmpty()) {
            throw values.reject(RejectionCode.EXCLUSIVE_FIELDS, "a paragraph has its text or its recorded sentences,"
                    + " not both");
        }
        return !sentences.isEmpty() ? Paragraph.ofSentences(sentences) : text != null ? Paragraph.of(text)
                : Paragraph.unknown();
    }

    private static Optional<Integer> paragraph(TextLocation location) {
        return location.paragraph().isPresent() ? Optional.of(location.paragraph().getAsInt()) : Optional.empty();
    }

    private static Optional<Integer> sentence(TextLocation location) {
        return location.sentence().isPresent() ? Optional.of(location.sentence().getAsInt()) : Optional.empty();
    }

    private static TextLocation narrowed(TextLocation location, Integer paragraph, Integer sentence) {
        TextLocation narrowed = paragraph == null ? location : location.withParagraph(paragraph);
        return sentence == null ? narrowed : narrowed.withSentence(sentence);
    }

    private static UnionCodec.Variant<TextOperation> replaceWords() {
        Member<ReplaceWords, TextLocation> location = Member.required(Names.LOCATION, LOCATION, ReplaceWords::location);
        Member<ReplaceWords, String> words = Member.required(Names.WORDS, Scalars.TEXT, ReplaceWords::words);
        Member<ReplaceWords, String> replacement = Member.optional(Names.REPLACEMENT, Scalars.TEXT,
                ReplaceWords::replacement);
        Member<ReplaceWords, List<Integer>> occurrences = Member.required(Names.OCCURRENCES,
                Scalars.list(Scalars.INTEGER), ReplaceWords::occurrences);
        return UnionCodec.variant("replace-words", ReplaceWords.class, ObjectCodec.of("operation.replace-words",
                v -> v.has(replacement) ? ReplaceWords.of(v.get(location), v.get(words), v.get(replacement),
                        v.get(occurrences)) : ReplaceWords.unknown(v.get(location), v.get(words), v.get(occurrences)),
                location, words, replacement, occurrences));
    }

    private static UnionCodec.Variant<TextOperation> replaceSentence() {
        Member<ReplaceSentence, TextLocation> location = Member.required(Names.LOCATION, LOCATION,
                ReplaceSentence::location);
        Member<ReplaceSentence, String> sentence = Member.optional(Names.SENTENCE, Scalars.TEXT,
                ReplaceSentence::sentence);
        return UnionCodec.variant("replace-sentence", ReplaceSentence.class, ObjectCodec.of(
                "operation.replace-sentence", v -> v.has(sentence) ? ReplaceSentence.of(v.get(location), v.get(sentence))
                        : ReplaceSentence.unknown(v.get(location)), location, sentence));
    }

    private static UnionCodec.Variant<TextOperation> replaceParagraph() {
        Member<ReplaceParagraph, TextLocation> location = Member.required(Names.LOCATION, LOCATION,
                ReplaceParagraph::location);
        Member<ReplaceParagraph, Paragraph> replacement = Member.required(Names.REPLACEMENT, PARAGRAPH,
                ReplaceParagraph::replacement);
        return UnionCodec.variant("replace-paragraph", ReplaceParagraph.class, ObjectCodec.of(
                "operation.replace-paragraph", v -> ReplaceParagraph.of(v.get(location), v.get(replacement)),
                location, replacement));
    }

    private static UnionCodec.Variant<TextOperation> insertParagraphs() {
        Member<InsertParagraphs, TextLocation> location = Member.required(Names.LOCATION, LOCATION,
                InsertParagraphs::location);
        Member<InsertParagraphs, List<Paragraph>> paragraphs = Member.required(Names.PARAGRAPHS,
                Scalars.list(PARAGRAPH), InsertParagraphs::paragraphs);
        return UnionCodec.variant("insert-paragraphs", InsertParagraphs.class, ObjectCodec.of(
                "operation.insert-paragraphs", v -> {
                    if (v.get(paragraphs).isEmpty()) {
                        throw v.reject(RejectionCode.MISSING_FIELD, "an insertion inserts at least one paragraph",
                                Names.PARAGRAPHS);
                    }
                    return InsertParagraphs.of(v.get(location), v.get(paragraphs));
                }, location, paragraphs));
    }

    private static UnionCodec.Variant<TextOperation> deleteParagraph() {
        Member<DeleteParagraph, TextLocation> location = Member.required(Names.LOCATION, LOCATION,
                DeleteParagraph::location);
        return UnionCodec.variant("delete-paragraph", DeleteParagraph.class, ObjectCodec.of(
                "operation.delete-paragraph", v -> DeleteParagraph.of(v.get(location)), location));
    }

    private static UnionCodec.Variant<TextOperation> replaceTable() {
        Member<ReplaceTable, TextLocation> location = Member.required(Names.LOCATION, LOCATION, ReplaceTable::location);
        Member<ReplaceTable, Integer> table = Member.required(Names.TABLE, Scalars.INTEGER, ReplaceTable::table);
        Member<ReplaceTable, Table> replacement = Member.required(Names.REPLACEMENT, TABLE, ReplaceTable::replacement);
        return UnionCodec.variant("replace-table", ReplaceTable.class, ObjectCodec.of("operation.replace-table",
                v -> ReplaceTable.of(v.get(location), v.get(table), v.get(replacement)), location, table, replacement));
    }

    private static UnionCodec.Variant<TextOperation> rewriteArticle() {
        Member<RewriteArticle, String> number = Member.required(Names.NUMBER, Scalars.TEXT, RewriteArticle::number);
        Member<RewriteArticle, String> title = Member.optional(Names.TITLE, Scalars.TEXT, RewriteArticle::title);
        Member<RewriteArticle, Text> content = Member.required(Names.CONTENT, TEXT, RewriteArticle::content);
        return UnionCodec.variant("rewrite-article", RewriteArticle.class, ObjectCodec.of("operation.rewrite-article",
                v -> v.has(title) ? RewriteArticle.of(v.get(number), v.get(title), v.get(content))
                        : RewriteArticle.of(v.get(number), v.get(content)), number, title, content));
    }

    private static UnionCodec.Variant<TextOperation> deleteArticle() {
        Member<DeleteArticle, String> number = Member.required(Names.NUMBER, Scalars.TEXT, DeleteArticle::number);
        return UnionCodec.variant("delete-article", DeleteArticle.class, ObjectCodec.of("operation.delete-article",
                v -> DeleteArticle.of(v.get(number)), number));
    }

    private static UnionCodec.Variant<TextOperation> renumberArticle() {
        Member<RenumberArticle, String> number = Member.required(Names.NUMBER, Scalars.TEXT, RenumberArticle::number);
        Member<RenumberArticle, String> newNumber = Member.required(Names.NEW_NUMBER, Scalars.TEXT,
                RenumberArticle::newNumber);
        return UnionCodec.variant("renumber-article", RenumberArticle.class, ObjectCodec.of(
                "operation.renumber-article", v -> RenumberArticle.of(v.get(number), v.get(newNumber)),
                number, newNumber));
    }
}
