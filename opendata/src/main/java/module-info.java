/**
 * Conventio open data: the essential data of subsidy conventions in the SCDL « subventions » format
 * (décret 2017-779, arrêté of 17 November 2017), and the law of subsidies (loi 2000-321 art. 10,
 * décret 2001-495).
 *
 * <p>{@code dev.conventio.opendata.scdl} holds the typed row of the format and its values;
 * {@code dev.conventio.opendata.csv} writes and reads the CSV files, streaming;
 * {@code dev.conventio.opendata.export} makes the rows of a history as in force on a date, or says
 * with a code and a path why an attribution cannot be written; {@code dev.conventio.opendata.law}
 * holds the statutory checks and duties: when a convention is required, when its data must be
 * published, when a financial report is due.
 */
module dev.conventio.opendata {
    requires transitive dev.conventio.core;
    requires com.fasterxml.jackson.dataformat.csv;
    requires com.fasterxml.jackson.core;

    exports dev.conventio.opendata.scdl;
    exports dev.conventio.opendata.csv;
    exports dev.conventio.opendata.export;
    exports dev.conventio.opendata.law;

    provides dev.conventio.validation.CodeCatalog with dev.conventio.opendata.internal.codes.OpenDataCodeCatalog;
}
