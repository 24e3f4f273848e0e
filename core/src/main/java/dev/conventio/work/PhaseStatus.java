package dev.conventio.work;

/**
 * Where a phase stands (état d'avancement).
 *
 * @since 0.1
 */
public enum PhaseStatus {
    /** Foreseen by the convention, not yet validated (prévue). */
    PLANNED,
    /** Validated, typically by the steering committee (validée). */
    VALIDATED,
    /** Under way (en cours). */
    IN_PROGRESS,
    /** Carried out (réalisée). */
    COMPLETED,
    /** Given up (abandonnée). */
    ABANDONED
}
