package dev.conventio.history;

import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.text.Block;
import dev.conventio.text.Paragraph;
import dev.conventio.text.Table;
import dev.conventio.text.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text being consolidated: a mutable copy of the preamble and the articles, each block with its
 * provenance, which the {@link TextApplier} and the {@link ChangeApplier} change in place. Confined
 * to the working state that holds it.
 */
final class TextWork {

    /** One block and where it comes from. */
    static final class Entry {
        Block block;
        final Provenance origin;
        final List<Provenance> modifications;

        Entry(Block block, Provenance origin, List<Provenance> modifications) {
            this.block = block;
            this.origin = origin;
            this.modifications = new ArrayList<>(modifications);
        }

        BlockInForce freeze() {
            return new BlockInForce(block, origin, modifications);
        }
    }

    /** The text of an article or of the preamble. */
    static final class Body {
        final List<Entry> blocks = new ArrayList<>();
        boolean complete;
        final List<PendingModification> pending = new ArrayList<>();

        static Body of(Text text, Provenance origin) {
            Body body = new Body();
            text.blocks().forEach(block -> body.blocks.add(new Entry(block, origin, List.of())));
            body.complete = text.complete();
            return body;
        }

        static Body of(TextInForce text) {
            Body body = new Body();
            text.blocks().forEach(block -> body.blocks.add(new Entry(block.block(), block.origin(), block.modifications())));
            body.complete = text.complete();
            body.pending.addAll(text.pending());
            return body;
        }

        /** The index in {@link #blocks} of the n-th paragraph, or -1. */
        int paragraphIndex(int number) {
            return index(number, Paragraph.class);
        }

        /** The index in {@link #blocks} of the n-th table, or -1. */
        int tableIndex(int number) {
            return index(number, Table.class);
        }

        private int index(int number, Class<? extends Block> kind) {
            int seen = 0;
            for (int i = 0; i < blocks.size(); i++) {
                if (kind.isInstance(blocks.get(i).block) && ++seen == number) {
                    return i;
                }
            }
            return -1;
        }

        int paragraphCount() {
            int count = 0;
            for (Entry entry : blocks) {
                if (entry.block instanceof Paragraph) {
                    count++;
                }
            }
            return count;
        }

        /** Appends unknown paragraphs until the text holds {@code count} paragraphs. */
        void padParagraphs(int count, Provenance origin) {
            for (int n = paragraphCount(); n < count; n++) {
                blocks.add(new Entry(Paragraph.unknown(), origin, List.of()));
            }
        }

        boolean isWhole() {
            return complete && blocks.stream().allMatch(entry -> entry.block.isKnown());
        }

        TextInForce freeze() {
            List<BlockInForce> frozen = new ArrayList<>(blocks.size());
            blocks.forEach(entry -> frozen.add(entry.freeze()));
            return new TextInForce(frozen, complete, pending);
        }
    }

    /** An article: its number, title, provenance as a whole, text and modifications. */
    static final class ArticleEntry {
        String number;
        Optional<String> title;
        Provenance source;
        Body body;
        final List<Provenance> modifications = new ArrayList<>();

        ArticleEntry(String number, Optional<String> title, Provenance source, Body body) {
            this.number = number;
            this.title = title;
            this.source = source;
            this.body = body;
        }

        static ArticleEntry of(Article article, Provenance source) {
            return new ArticleEntry(article.number(), article.title(), source, Body.of(article.content(), source));
        }

        void modifiedBy(Provenance provenance) {
            if (!modifications.contains(provenance)) {
                modifications.add(provenance);
            }
        }

        ArticleInForce freeze() {
            return new ArticleInForce(number, title, source, body.freeze(), modifications);
        }
    }

    Body preamble;
    Map<String, ArticleEntry> articles = new LinkedHashMap<>();
    final List<Sourced<String>> deleted = new ArrayList<>();

    private TextWork() {
    }

    /** The text of the base convention, every block sourced from it. */
    static TextWork of(Convention base) {
        TextWork work = new TextWork();
        work.preamble = Body.of(base.preamble(), Provenance.base());
        base.articles().forEach(article -> work.articles.put(article.number(),
                ArticleEntry.of(article, Provenance.of(Instrument.base(), article.number()))));
        return work;
    }

    /** A working copy of a consolidated text. */
    static TextWork of(ConsolidatedText text) {
        TextWork work = new TextWork();
        work.preamble = Body.of(text.preamble());
        for (ArticleInForce article : text.articles()) {
            ArticleEntry entry = new ArticleEntry(article.number(), article.title(), article.provenance(),
                    Body.of(article.content()));
            entry.modifications.addAll(article.modifications());
            work.articles.put(article.number(), entry);
        }
        work.deleted.addAll(text.deleted());
        return work;
    }

    /** Whether an article was deleted. */
    boolean isDeleted(String number) {
        return deleted.stream().anyMatch(article -> article.value().equals(number));
    }

    /** Renames an article in place, keeping the order of the articles. */
    void renumber(String number, String newNumber) {
        Map<String, ArticleEntry> renumbered = new LinkedHashMap<>();
        for (Map.Entry<String, ArticleEntry> entry : articles.entrySet()) {
            boolean moved = entry.getKey().equals(number);
            if (moved) {
                entry.getValue().number = newNumber;
            }
            renumbered.put(moved ? newNumber : entry.getKey(), entry.getValue());
        }
        articles = renumbered;
    }

    /** The articles as plain values. */
    List<Article> articleValues() {
        List<Article> values = new ArrayList<>(articles.size());
        articles.values().forEach(entry -> values.add(entry.freeze().article()));
        return values;
    }

    ConsolidatedText freeze() {
        List<ArticleInForce> frozen = new ArrayList<>(articles.size());
        articles.values().forEach(entry -> frozen.add(entry.freeze()));
        return new ConsolidatedText(preamble.freeze(), frozen, deleted);
    }
}
