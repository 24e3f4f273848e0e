package dev.conventio.opendata.export;

import dev.conventio.validation.ViolationCode;
import dev.conventio.validation.ViolationCode.Kind;

/**
 * The codes of an attribution the SCDL export cannot write (refus d'export), each with the path of
 * what is missing or wrong in the convention as in force on the export's date.
 *
 * @since 0.1
 */
public final class ExportCodes {

    /** The granting body has no SIRET: {@code idAttribuant} is required. */
    public static final ViolationCode ATTRIBUTOR_SIRET_MISSING = ViolationCode.of("scdl.export.attributor.siret-missing",
            Kind.QUERY, "the granting party has no SIRET, which idAttribuant requires");
    /** The beneficiary has neither a SIRET nor an RNA number: one of them is required. */
    public static final ViolationCode BENEFICIARY_UNIDENTIFIED = ViolationCode.of(
            "scdl.export.beneficiary.unidentified", Kind.QUERY,
            "the beneficiary has neither a SIRET nor an RNA number, one of which the format requires");
    /**
     * The beneficiary has no SIRET, and its RNA number is not of the form rnaBeneficiaire requires
     * ({@code W} and nine digits): a Corsican one ({@code W2A…}, {@code W2B…}) cannot be written.
     */
    public static final ViolationCode BENEFICIARY_RNA_UNWRITABLE = ViolationCode.of(
            "scdl.export.beneficiary.rna-unwritable", Kind.QUERY,
            "the beneficiary has no SIRET, and its RNA number is not the W and nine digits rnaBeneficiaire requires");
    /** The beneficiary is a natural person, whose name is never published (CRPA L312-1-2). */
    public static final ViolationCode BENEFICIARY_NATURAL_PERSON = ViolationCode.of(
            "scdl.export.beneficiary.natural-person", Kind.QUERY,
            "the beneficiary is a natural person, whose name is never published (CRPA L312-1-2)");
    /** The amount is not in euros: {@code montant} is in euros. */
    public static final ViolationCode AMOUNT_NOT_EURO = ViolationCode.of("scdl.export.amount.not-euro", Kind.QUERY,
            "the amount of the attribution is not in euros");
    /** The amount is not known: no amount is stated, nor one for every year of the budget period. */
    public static final ViolationCode AMOUNT_UNKNOWN = ViolationCode.of("scdl.export.amount.unknown", Kind.QUERY,
            "the amount of the attribution is not known");
    /** The object is longer than 256 characters and the convention has no short object; never truncated. */
    public static final ViolationCode OBJECT_TOO_LONG = ViolationCode.of("scdl.export.object.too-long", Kind.QUERY,
            "the object is longer than the 256 characters of objet, and is never truncated");
    /** The nature of the contribution is not a subsidy, or not known to be one. */
    public static final ViolationCode NATURE_NOT_AID = ViolationCode.of("scdl.export.nature.not-aid", Kind.QUERY,
            "the nature of the contribution is not an aid in cash or in kind");
    /** Whether the aid was notified to the European Commission is not known: notificationUE is required. */
    public static final ViolationCode NOTIFICATION_UNKNOWN = ViolationCode.of("scdl.export.notification.unknown",
            Kind.QUERY, "whether the aid was notified to the European Commission is not known");
    /** The payment conditions (single, instalments, described) are not known. */
    public static final ViolationCode PAYMENT_CONDITIONS_UNKNOWN = ViolationCode.of(
            "scdl.export.payment.conditions-unknown", Kind.QUERY, "the payment conditions are not known");
    /** The payment conditions are described in more than 256 characters; never truncated. */
    public static final ViolationCode PAYMENT_CONDITIONS_TOO_LONG = ViolationCode.of(
            "scdl.export.payment.conditions-too-long", Kind.QUERY,
            "the payment conditions are described in more than the 256 characters of conditionsVersement");
    /** Neither a date nor a period of payment is known: no schedule, no budget year. */
    public static final ViolationCode PAYMENT_DATES_UNKNOWN = ViolationCode.of("scdl.export.payment.dates-unknown",
            Kind.QUERY, "neither a date nor a period of payment is known");

    /** A beneficiary's share rounds to less than 0.01, the least pourcentageSubvention holds. */
    public static final ViolationCode SHARE_TOO_SMALL = ViolationCode.of("scdl.export.share.too-small", Kind.QUERY,
            "a beneficiary's share rounds to less than the 0.01 that pourcentageSubvention requires");

    /** The export's date is before the convention was concluded: there is nothing in force to publish. */
    public static final ViolationCode CONVENTION_NOT_CONCLUDED = ViolationCode.of(
            "scdl.export.convention.not-concluded", Kind.QUERY,
            "the export's date is before the convention was concluded");

    /**
     * The day the convention was concluded is not known (known to the month, the year, or not at
     * all): dateConvention needs a day, and none is invented.
     */
    public static final ViolationCode CONCLUSION_UNKNOWN = ViolationCode.of(
            "scdl.export.convention.conclusion-unknown", Kind.QUERY,
            "the day the convention was concluded is not known, and dateConvention needs one");

    private ExportCodes() {
    }
}
