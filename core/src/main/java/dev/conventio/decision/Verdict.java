package dev.conventio.decision;

/**
 * What an opinion says (sens de l'avis).
 *
 * @since 0.1
 */
public enum Verdict {
    /** Avis favorable. */
    FAVOURABLE,
    /** Avis défavorable. */
    UNFAVOURABLE,
    /** Avis favorable avec réserves. */
    WITH_RESERVATIONS,
    /** The instrument was submitted for information only (soumis pour information): no verdict. */
    FOR_INFORMATION
}
