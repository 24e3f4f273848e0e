package dev.conventio.opendata.export;

import java.util.Objects;

/**
 * Thrown by an export that stops on refusal ({@link OnRefusal#STOP}) at the first attribution it
 * cannot write; that attribution was not written at all.
 *
 * @since 0.1
 */
public final class ExportRefusedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The refusal; immutable, its violations are serializable values. */
    private final transient Refusal refusal;

    /**
     * Creates the exception.
     *
     * @param refusal  the refusal, not null
     * @throws NullPointerException if the refusal is null
     */
    public ExportRefusedException(Refusal refusal) {
        super(Objects.requireNonNull(refusal, "refusal").toString());
        this.refusal = refusal;
    }

    /**
     * Gets the refusal.
     *
     * @return the refusal, never null
     */
    public Refusal refusal() {
        return refusal;
    }
}
