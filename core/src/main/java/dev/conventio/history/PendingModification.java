package dev.conventio.history;

import dev.conventio.change.ModifyText;
import java.util.Objects;

/**
 * A textual modification kept as an instruction: the passage it names is not recorded, so it could
 * not be applied, and the consolidated text shows that passage as unknown rather than invent it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PendingModification {

    private final ModifyText change;
    private final Provenance provenance;

    PendingModification(ModifyText change, Provenance provenance) {
        this.change = Objects.requireNonNull(change, "change");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * Gets the modification.
     *
     * @return the change, never null
     */
    public ModifyText change() {
        return change;
    }

    /**
     * Gets the amending article that makes it.
     *
     * @return the provenance, never null
     */
    public Provenance provenance() {
        return provenance;
    }

    /**
     * Returns the operation and its provenance.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return change.operation() + " [" + provenance + "]";
    }
}
