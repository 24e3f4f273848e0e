package dev.conventio.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The text of an article or of a preamble (texte): its blocks in order — paragraphs (alinéas) and
 * tables — recorded whole, in part, or not at all.
 * <pre>{@code
 * Text.of(Paragraph.of("La Métropole versera …"));                  // recorded whole
 * Text.partial(List.of(Paragraph.unknown(), Paragraph.of("…")));    // 2nd paragraph known, the rest not
 * Text.unrecorded();                                                 // nothing recorded
 * }</pre>
 *
 * <p>Positions count paragraphs and tables apart: the n-th paragraph (n-ième alinéa) is the n-th
 * {@link Paragraph} block, the n-th table the n-th {@link Table} block. A text recorded in part holds
 * its known paragraphs at their known positions, an {@linkplain Paragraph#unknown() unknown
 * paragraph} standing for each paragraph known to exist whose words are not recorded; it is not
 * {@linkplain #complete() complete}: more blocks may follow the last one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Text {

    private static final Text UNRECORDED = ImmutableText.builder().complete(false).build();

    Text() {
    }

    /**
     * Gets the blocks, in the order of the text.
     *
     * @return the blocks, possibly empty, never null, unmodifiable
     */
    public abstract List<Block> blocks();

    /**
     * Tells whether the blocks are all the text has: no block follows the last one.
     *
     * @return true when nothing follows the blocks
     */
    public abstract boolean complete();

    /**
     * Obtains a text recorded whole.
     *
     * @param blocks  the blocks, not null
     * @return the text, never null
     * @throws NullPointerException if the list or a block is null
     */
    public static Text of(List<? extends Block> blocks) {
        return ImmutableText.builder().blocks(blocks).complete(true).build();
    }

    /**
     * Obtains a text recorded whole.
     *
     * @param blocks  the blocks, not null
     * @return the text, never null
     * @throws NullPointerException if the array or a block is null
     */
    public static Text of(Block... blocks) {
        return of(List.of(blocks));
    }

    /**
     * Obtains a text recorded whole, made of paragraphs whose sentences follow the splitting rule.
     *
     * @param paragraphs  the words of each paragraph, none blank, not null
     * @return the text, never null
     * @throws dev.conventio.validation.ValidationException if a paragraph is blank
     * @throws NullPointerException if the array or a paragraph is null
     */
    public static Text ofParagraphs(String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : paragraphs) {
            blocks.add(Paragraph.of(paragraph));
        }
        return of(blocks);
    }

    /**
     * Obtains a text recorded in part: the blocks at their positions, more possibly following.
     *
     * @param blocks  the blocks known to exist, known or not, not null
     * @return the text, never null
     * @throws NullPointerException if the list or a block is null
     */
    public static Text partial(List<? extends Block> blocks) {
        return ImmutableText.builder().blocks(blocks).complete(false).build();
    }

    /**
     * Obtains a text of which nothing is recorded.
     *
     * @return the text, never null
     */
    public static Text unrecorded() {
        return UNRECORDED;
    }

    /**
     * Gets the paragraph blocks, in order.
     *
     * @return the paragraphs, never null, unmodifiable
     */
    public List<Paragraph> paragraphs() {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Block block : blocks()) {
            if (block instanceof Paragraph paragraph) {
                paragraphs.add(paragraph);
            }
        }
        return List.copyOf(paragraphs);
    }

    /**
     * Finds the n-th paragraph (n-ième alinéa).
     *
     * @param number  the position among paragraphs, from 1
     * @return the paragraph, known or not, empty if the text holds no such position, never null
     */
    public Optional<Paragraph> paragraph(int number) {
        List<Paragraph> paragraphs = paragraphs();
        return number >= 1 && number <= paragraphs.size() ? Optional.of(paragraphs.get(number - 1)) : Optional.empty();
    }

    /**
     * Gets the table blocks, in order.
     *
     * @return the tables, never null, unmodifiable
     */
    public List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        for (Block block : blocks()) {
            if (block instanceof Table table) {
                tables.add(table);
            }
        }
        return List.copyOf(tables);
    }

    /**
     * Tells whether anything of the text is recorded: a known block.
     *
     * @return true when a block is known
     */
    public boolean isRecorded() {
        return blocks().stream().anyMatch(Block::isKnown);
    }

    /**
     * Tells whether the text is recorded whole: complete, and every block known.
     *
     * @return true when nothing of the text is unknown
     */
    public boolean isWhole() {
        return complete() && blocks().stream().allMatch(Block::isKnown);
    }

    /**
     * Returns the blocks, one per line, and {@code […]} when more may follow.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks()) {
            text.append(text.length() == 0 ? "" : "\n").append(block);
        }
        return complete() ? text.toString() : text.append(text.length() == 0 ? "[…]" : "\n[…]").toString();
    }
}
