package dev.conventio.finance;

import java.util.Optional;

/**
 * The nature of a financial contribution (nature de la contribution): how the money is given, and
 * whether it is an aid (subvention) in the sense of the open-data format of subsidies.
 * <pre>{@code
 * ContributionNature.OPERATING_GRANT.aidForm();   // Optional[CASH]: « aide en numéraire »
 * ContributionNature.IN_KIND.aidForm();           // Optional[IN_KIND]: « aide en nature »
 * ContributionNature.LOAN.aidForm();              // Optional.empty(): not a subsidy
 * }</pre>
 *
 * <p>{@link #aidForm()} maps each nature to the two natures of the SCDL « subventions » format
 * (arrêté of 17 November 2017), « aide en numéraire » and « aide en nature », or to nothing for a
 * nature outside it: a subsidy is a facultative contribution, valued in the act that grants it,
 * that is neither the price of a service nor repaid (loi n° 2000-321, article 9-1). The first five
 * constants keep the meaning they have in version 1 of the format.
 *
 * @since 0.1
 */
public enum ContributionNature {
    /** A financial participation in a shared undertaking (participation financière): money, an aid in cash. */
    FINANCIAL_PARTICIPATION(AidForm.CASH),
    /** An operating or project grant whose kind is not stated (subvention): an aid in cash. */
    GRANT(AidForm.CASH),
    /** The price of a service rendered (rémunération, prestation): not a subsidy. */
    REMUNERATION(null),
    /**
     * A contribution in kind valued in money (apport ou aide en nature valorisée): premises, staff or
     * goods put at the beneficiary's disposal; its amount is its valuation (valorisation). An aid in kind.
     */
    IN_KIND(AidForm.IN_KIND),
    /** Any other nature: outside the open-data format until it is known. */
    OTHER(null),
    /**
     * The endowment of an operator or of an action (dotation), such as the 250 M€ of an action of the
     * programme d'investissements d'avenir given to the operator that manages it: public money
     * entrusted to a public operator, not a subsidy.
     */
    ENDOWMENT(null),
    /**
     * Equity (fonds propres, dotation en capital, prise de participation): an investment whose
     * holder keeps a stake, not a subsidy.
     */
    EQUITY(null),
    /** A loan (prêt), repaid: not a subsidy. */
    LOAN(null),
    /** A repayable advance (avance remboursable), repaid on the project's success: not a subsidy. */
    REPAYABLE_ADVANCE(null),
    /** An operating subsidy (subvention de fonctionnement), to the beneficiary's activity as a whole: cash. */
    OPERATING_GRANT(AidForm.CASH),
    /**
     * An earmarked subsidy (subvention affectée, de projet ou d'action), to one action or project,
     * whose use the beneficiary accounts for: cash.
     */
    EARMARKED_GRANT(AidForm.CASH),
    /** An investment subsidy (subvention d'investissement, d'équipement): cash. */
    INVESTMENT_GRANT(AidForm.CASH);

    private final AidForm aidForm;

    ContributionNature(AidForm aidForm) {
        this.aidForm = aidForm;
    }

    /**
     * Gets the nature of the aid in the open-data format of subsidies: « aide en numéraire » or
     * « aide en nature ».
     *
     * @return the form of the aid, empty for a nature that is not a subsidy, never null
     */
    public Optional<AidForm> aidForm() {
        return Optional.ofNullable(aidForm);
    }
}
