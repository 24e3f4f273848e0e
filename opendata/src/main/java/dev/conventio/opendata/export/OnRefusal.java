package dev.conventio.opendata.export;

/**
 * What the SCDL export does with an attribution it cannot write (en cas de refus): stop, or skip it
 * and go on. Either way no attribution is written in part.
 *
 * @since 0.1
 */
public enum OnRefusal {
    /** Throw an {@link ExportRefusedException} at the first refused attribution; rows already given stay given. */
    STOP,
    /** Leave the attribution out, report it in the {@link ExportReport}, and go on. */
    SKIP
}
