package dev.conventio.history;

import dev.conventio.text.Block;
import java.util.List;
import java.util.Objects;

/**
 * One block of the consolidated text — a paragraph or a table — with where it comes from: the
 * instrument and article that created it, and each amending article that modified it since, in
 * order (« Modifié par l'avenant n° 2, article 1er »).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class BlockInForce {

    private final Block block;
    private final Provenance origin;
    private final List<Provenance> modifications;

    BlockInForce(Block block, Provenance origin, List<Provenance> modifications) {
        this.block = Objects.requireNonNull(block, "block");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.modifications = List.copyOf(modifications);
    }

    /**
     * Gets the block as in force.
     *
     * @return the paragraph or table, known or not, never null
     */
    public Block block() {
        return block;
    }

    /**
     * Gets the instrument and article that created the block: the base text, or the amending
     * article that inserted it or rewrote its article.
     *
     * @return the origin, never null
     */
    public Provenance origin() {
        return origin;
    }

    /**
     * Gets the amending articles that modified the block since it was created, in the order they
     * apply.
     *
     * @return the modifications, empty when the block is as created, never null, unmodifiable
     */
    public List<Provenance> modifications() {
        return modifications;
    }

    /**
     * Gets the provenance of the block as it reads: the last modification, else its origin.
     *
     * @return the provenance, never null
     */
    public Provenance provenance() {
        return modifications.isEmpty() ? origin : modifications.get(modifications.size() - 1);
    }

    /**
     * Returns the block and its provenance.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return block + " [" + provenance() + "]";
    }
}
