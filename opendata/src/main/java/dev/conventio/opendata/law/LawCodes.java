package dev.conventio.opendata.law;

import dev.conventio.validation.ViolationCode;
import dev.conventio.validation.ViolationCode.Kind;

/**
 * The codes of the law of subsidies (droit des subventions): the statutory checks of a convention
 * and the duties a portfolio query lists when they are late. Each one's legal source and scope are
 * in {@code docs/opendata.md}.
 *
 * @since 0.1
 */
public final class LawCodes {

    /**
     * An aid above 23 000 € in a budget year to a private-law body is not covered by a convention
     * signed by its parties on the date (loi 2000-321 art. 10 al. 3, décret 2001-495 art. 1).
     */
    public static final ViolationCode CONVENTION_REQUIRED = ViolationCode.of("subsidy.convention.required",
            Kind.QUERY, "an aid above 23 000 EUR a year to a private-law body has no convention signed by its parties");
    /**
     * The convention of an aid above 23 000 € a year to a private-law body does not define how it is
     * paid (modalités de versement: a schedule or payment conditions), which the law requires it to
     * define (loi 2000-321 art. 10 al. 3).
     */
    public static final ViolationCode PAYMENT_TERMS_REQUIRED = ViolationCode.of("subsidy.convention.payment-terms",
            Kind.QUERY, "the convention of an aid above 23 000 EUR a year does not define how the aid is paid");
    /**
     * The essential data of a subsidy convention are not published three months after its
     * signature (décret 2017-779 art. 1 and 2).
     */
    public static final ViolationCode PUBLICATION_LATE = ViolationCode.of("subsidy.publication.late", Kind.QUERY,
            "the essential data of a subsidy convention are not published within three months of its signature");

    /**
     * The financial report (compte rendu financier) of an earmarked subsidy to a private-law body is
     * not produced within six months of the end of the budget year it funds (loi 2000-321 art. 10
     * al. 6).
     */
    public static final ViolationCode FINANCIAL_REPORT_LATE = ViolationCode.of("subsidy.financial-report.late",
            Kind.QUERY, "the financial report of an earmarked subsidy is not produced within six months of the end"
                    + " of the year it funds");

    private LawCodes() {
    }
}
