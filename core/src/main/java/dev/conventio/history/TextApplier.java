package dev.conventio.history;

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
import dev.conventio.change.TextOperationVisitor;
import dev.conventio.text.Paragraph;
import dev.conventio.text.TextLocation;
import dev.conventio.text.TextMatching;
import dev.conventio.validation.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies one textual modification to the text being consolidated, by the rule of
 * {@code docs/text.md}: a modification applies when the passage it names is recorded whole; where
 * it is not, the modification is kept as an instruction on its text and nothing is invented. Words
 * absent from a recorded passage, or a position a complete text does not have, break a rule.
 */
final class TextApplier implements TextOperationVisitor<Void> {

    private final TextWork text;
    private final ModifyText change;
    private final Provenance source;
    private final Violations violations;
    private final String path;
    private final String standing;
    /** The article whose text the operation names, once found; null for the preamble. */
    private TextWork.ArticleEntry current;

    TextApplier(TextWork text, ModifyText change, Provenance source, Violations violations, String path,
            String standing) {
        this.text = text;
        this.change = change;
        this.source = source;
        this.violations = violations;
        this.path = path;
        this.standing = standing;
    }

    void apply() {
        change.operation().accept(this);
    }

    private void missing(String what) {
        violations.add(HistoryCodes.CHANGE_TARGET_MISSING, path, what + " does not exist in the convention as it"
                + " stands " + standing);
    }

    private void keep(TextWork.Body body) {
        body.pending.add(new PendingModification(change, source));
    }

    /** The article whose number the operation names, known by number only if the text does not record it. */
    private TextWork.ArticleEntry article(String number) {
        TextWork.ArticleEntry entry = text.articles.get(number);
        if (entry == null) {
            if (text.isDeleted(number)) {
                missing("article " + number + ", deleted,");
                return null;
            }
            // The amendment attests that the article exists: known by its number, its text not recorded.
            entry = new TextWork.ArticleEntry(number, Optional.empty(), Provenance.of(Instrument.base(), number),
                    TextWork.Body.of(dev.conventio.text.Text.unrecorded(), Provenance.of(Instrument.base(), number)));
            text.articles.put(number, entry);
        }
        return entry;
    }

    private TextWork.Body body(TextLocation location) {
        if (location.isPreamble()) {
            return text.preamble;
        }
        current = article(location.article().get());
        return current == null ? null : current.body;
    }

    /**
     * The entry of the paragraph a location names when it is recorded; null after keeping the
     * modification (the paragraph or its position is not recorded) or reporting it (a complete text
     * without that paragraph).
     */
    private TextWork.Entry knownParagraph(TextWork.Body body, int number, String where) {
        int index = body.paragraphIndex(number);
        if (index < 0) {
            if (body.complete) {
                missing("paragraph " + number + " of " + where);
            } else {
                keep(body);
            }
            return null;
        }
        TextWork.Entry entry = body.blocks.get(index);
        if (!entry.block.isKnown()) {
            keep(body);
            return null;
        }
        return entry;
    }

    private void modified(TextWork.Entry entry, Paragraph paragraph) {
        entry.block = paragraph;
        entry.modifications.add(source);
        touched();
    }

    /** Notes that the operation applied to the article it names. */
    private void touched() {
        if (current != null) {
            current.modifiedBy(source);
        }
    }

    @Override
    public Void visit(ReplaceWords operation) {
        TextLocation location = operation.location();
        TextWork.Body body = body(location);
        if (body == null) {
            return null;
        }
        List<TextWork.Entry> passage = new ArrayList<>();
        if (location.paragraph().isPresent()) {
            TextWork.Entry entry = knownParagraph(body, location.paragraph().getAsInt(), location.whole().toString());
            if (entry == null) {
                return null;
            }
            passage.add(entry);
        } else if (!body.isWhole()) {
            keep(body);
            return null;
        } else {
            body.blocks.stream().filter(entry -> entry.block instanceof Paragraph).forEach(passage::add);
        }
        // Each paragraph as its sentences, so that a sentence can be named and recorded sentences kept.
        List<List<String>> segments = new ArrayList<>();
        for (TextWork.Entry entry : passage) {
            Paragraph paragraph = (Paragraph) entry.block;
            segments.add(new ArrayList<>(paragraph.hasRecordedSentences() ? paragraph.recordedSentences()
                    : List.of(paragraph.text().get())));
        }
        int sentence = -1;
        if (location.sentence().isPresent()) {
            List<String> sentences = ((Paragraph) passage.get(0).block).sentences();
            int number = location.sentence().getAsInt();
            if (number > sentences.size()) {
                missing("sentence " + number + " of " + location.whole() + ", paragraph "
                        + location.paragraph().getAsInt() + " (" + sentences.size() + " sentences)");
                return null;
            }
            sentence = number;
        }
        if (!WordReplacement.replace(operation, passage, segments, sentence, violations, path, standing)) {
            return null;
        }
        for (int i = 0; i < passage.size(); i++) {
            Paragraph old = (Paragraph) passage.get(i).block;
            if (operation.replacement().isEmpty()) {
                // The new words are not recorded: a paragraph they enter is not known any more.
                if (!segments.get(i).equals(old.hasRecordedSentences() ? old.recordedSentences()
                        : List.of(old.text().get()))) {
                    modified(passage.get(i), Paragraph.unknown());
                }
                continue;
            }
            List<String> kept = new ArrayList<>(segments.get(i));
            kept.removeIf(String::isBlank);
            if (kept.isEmpty()) {
                violations.add(HistoryCodes.CHANGE_RESULT_INVALID, path, "deleting « " + operation.words()
                        + " » would leave paragraph " + (i + 1) + " of " + location.whole() + " empty; delete the"
                        + " paragraph instead");
                return null;
            }
            Paragraph now = old.hasRecordedSentences() ? Paragraph.ofSentences(kept) : Paragraph.of(kept.get(0));
            if (!now.equals(old)) {
                modified(passage.get(i), now);
            }
        }
        return null;
    }

    @Override
    public Void visit(ReplaceSentence operation) {
        TextLocation location = operation.location();
        TextWork.Body body = body(location);
        if (body == null) {
            return null;
        }
        TextWork.Entry entry = knownParagraph(body, location.paragraph().getAsInt(), location.whole().toString());
        if (entry == null) {
            return null;
        }
        Paragraph paragraph = (Paragraph) entry.block;
        int number = location.sentence().getAsInt();
        List<String> sentences = paragraph.sentences();
        if (number > sentences.size()) {
            missing("sentence " + number + " of " + location.whole() + ", paragraph " + location.paragraph().getAsInt()
                    + " (" + sentences.size() + " sentences)");
            return null;
        }
        if (operation.sentence().isEmpty()) {
            // The new words are not recorded: the paragraph is not known any more, never half-shown.
            modified(entry, Paragraph.unknown());
        } else if (paragraph.hasRecordedSentences()) {
            List<String> changed = new ArrayList<>(sentences);
            changed.set(number - 1, operation.sentence().get());
            modified(entry, Paragraph.ofSentences(changed));
        } else {
            modified(entry, Paragraph.of(TextMatching.replaceSentence(paragraph.text().get(), number,
                    operation.sentence().get())));
        }
        return null;
    }

    @Override
    public Void visit(ReplaceParagraph operation) {
        TextLocation location = operation.location();
        TextWork.Body body = body(location);
        if (body == null) {
            return null;
        }
        int index = paddedParagraph(body, location);
        if (index >= 0) {
            modified(body.blocks.get(index), operation.replacement());
        }
        return null;
    }

    /**
     * The index of the paragraph a location names; at a known position of a text recorded in part,
     * after padding the paragraphs before it, which stay unknown. Reports it and returns -1 when a
     * complete text does not have it.
     */
    private int paddedParagraph(TextWork.Body body, TextLocation location) {
        int number = location.paragraph().getAsInt();
        int index = body.paragraphIndex(number);
        if (index < 0) {
            if (body.complete) {
                missing("paragraph " + number + " of " + location.whole());
                return -1;
            }
            body.padParagraphs(number, origin(location));
            index = body.paragraphIndex(number);
        }
        return index;
    }

    /** The provenance of the base text at a location: the base article, or the base. */
    private static Provenance origin(TextLocation location) {
        return location.article().map(number -> Provenance.of(Instrument.base(), number)).orElse(Provenance.base());
    }

    @Override
    public Void visit(InsertParagraphs operation) {
        TextLocation location = operation.location();
        TextWork.Body body = body(location);
        if (body == null) {
            return null;
        }
        int at;
        if (operation.atEnd()) {
            if (!body.complete) {
                keep(body);   // the end of a text recorded in part is not known
                return null;
            }
            at = body.blocks.size();
        } else {
            int index = paddedParagraph(body, location);
            if (index < 0) {
                return null;
            }
            at = index + 1;
        }
        List<TextWork.Entry> inserted = new ArrayList<>();
        operation.paragraphs().forEach(paragraph -> inserted.add(new TextWork.Entry(paragraph, source, List.of())));
        body.blocks.addAll(at, inserted);
        touched();
        return null;
    }

    @Override
    public Void visit(DeleteParagraph operation) {
        TextLocation location = operation.location();
        TextWork.Body body = body(location);
        if (body == null) {
            return null;
        }
        int number = location.paragraph().getAsInt();
        int index = body.paragraphIndex(number);
        if (index < 0) {
            if (body.complete) {
                missing("paragraph " + number + " of " + location.whole());
            } else {
                keep(body);
            }
            return null;
        }
        body.blocks.remove(index);
        touched();
        return null;
    }

    @Override
    public Void visit(ReplaceTable operation) {
        TextLocation location = operation.location();
        TextWork.Body body = body(location);
        if (body == null) {
            return null;
        }
        int index = body.tableIndex(operation.table());
        if (index < 0) {
            if (body.complete) {
                missing("table " + operation.table() + " of " + location.whole());
            } else {
                keep(body);
            }
            return null;
        }
        TextWork.Entry entry = body.blocks.get(index);
        entry.block = operation.replacement();
        entry.modifications.add(source);
        touched();
        return null;
    }

    @Override
    public Void visit(RewriteArticle operation) {
        TextWork.ArticleEntry entry = article(operation.number());
        if (entry == null) {
            return null;
        }
        operation.title().ifPresent(title -> entry.title = Optional.of(title));
        entry.source = source;
        entry.body = TextWork.Body.of(operation.content(), source);
        entry.modifications.clear();
        return null;
    }

    @Override
    public Void visit(DeleteArticle operation) {
        String number = operation.number();
        if (text.isDeleted(number)) {
            missing("article " + number + ", deleted,");
            return null;
        }
        text.articles.remove(number);
        text.deleted.add(Sourced.of(number, source));
        return null;
    }

    @Override
    public Void visit(RenumberArticle operation) {
        if (text.articles.containsKey(operation.newNumber())) {
            violations.add(HistoryCodes.CHANGE_TARGET_EXISTS, path, "article " + operation.newNumber()
                    + " already exists in the convention as it stands " + standing);
            return null;
        }
        TextWork.ArticleEntry entry = article(operation.number());
        if (entry == null) {
            return null;
        }
        text.renumber(operation.number(), operation.newNumber());
        entry.modifiedBy(source);
        return null;
    }

}
