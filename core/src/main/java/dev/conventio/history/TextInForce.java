package dev.conventio.history;

import dev.conventio.text.Block;
import dev.conventio.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of an article or of the preamble as in force: each block with its provenance, whether
 * more may follow the last one, and the modifications kept as instructions because the passage they
 * name is not recorded.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TextInForce {

    private final List<BlockInForce> blocks;
    private final boolean complete;
    private final List<PendingModification> pending;

    TextInForce(List<BlockInForce> blocks, boolean complete, List<PendingModification> pending) {
        this.blocks = List.copyOf(blocks);
        this.complete = complete;
        this.pending = List.copyOf(pending);
    }

    /**
     * Gets the blocks with their provenance, in order.
     *
     * @return the blocks, possibly empty, never null, unmodifiable
     */
    public List<BlockInForce> blocks() {
        return blocks;
    }

    /**
     * Tells whether the blocks are all the text has.
     *
     * @return true when nothing follows the last block
     */
    public boolean complete() {
        return complete;
    }

    /**
     * Gets the modifications of this text kept as instructions, in the order they were made.
     *
     * @return the instructions, possibly empty, never null, unmodifiable
     */
    public List<PendingModification> pending() {
        return pending;
    }

    /**
     * Gets the text as a plain value, without provenance.
     *
     * @return the text, never null
     */
    public Text text() {
        List<Block> values = new ArrayList<>(blocks.size());
        blocks.forEach(block -> values.add(block.block()));
        return complete ? Text.of(values) : Text.partial(values);
    }

    /**
     * Tells whether some of this text is unknown: a block not recorded, more possibly following, or
     * an instruction not applied.
     *
     * @return true when a part is unknown
     */
    public boolean hasUnknownParts() {
        return !text().isWhole() || !pending.isEmpty();
    }

    /**
     * Returns the blocks and the instructions kept.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return blocks + (complete ? "" : " […]") + (pending.isEmpty() ? "" : " pending " + pending);
    }
}
