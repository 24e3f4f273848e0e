package dev.conventio.finance;

/**
 * The event an instalment waits for (fait générateur du versement), such as the balance paid on
 * delivery of the financial report.
 *
 * @since 0.1
 */
public enum PaymentEvent {
    /** The signature of the convention (« à la signature de la convention »). */
    SIGNATURE,
    /**
     * The delivery of the financial report on the use of the money (« sur production du compte rendu
     * financier », arrêté of 11 October 2006).
     */
    FINANCIAL_REPORT,
    /** The delivery of an activity or progress report (rapport d'activité, rapport d'étape). */
    ACTIVITY_REPORT,
    /** The completion of the action or of the works (achèvement, service fait). */
    COMPLETION,
    /** Another event, which the condition's description states. */
    OTHER
}
