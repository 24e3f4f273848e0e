package dev.conventio.examples.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.finance.AidForm;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import org.junit.jupiter.api.Test;

/** The money facts of corpus sheet 04: an operating subsidy whose amount is not read. */
class Sheet04BouchesDuRhoneFilRougeTest {

    @Test
    void theOperatingSubsidyIsReadWithoutItsAmount() {
        FinancialContribution subsidy = Sheet04BouchesDuRhoneFilRouge.subsidy();
        // Read: « subvention de fonctionnement » from the Département to the Groupement.
        assertThat(subsidy.nature()).isEqualTo(ContributionNature.OPERATING_GRANT);
        assertThat(subsidy.nature().aidForm()).contains(AidForm.CASH);
        assertThat(subsidy.contributor()).isEqualTo(Sheet04BouchesDuRhoneFilRouge.DEPARTEMENT);
        assertThat(subsidy.beneficiary()).isEqualTo(Sheet04BouchesDuRhoneFilRouge.FIL_ROUGE);
        // Not read: amount, year, payment.
        assertThat(subsidy.amount()).isEmpty();
        assertThat(subsidy.budget()).isEmpty();
        assertThat(subsidy.payment()).isEmpty();
        assertThat(subsidy.schedule()).isEmpty();
    }
}
