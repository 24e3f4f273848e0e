package dev.conventio.examples.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.convention.Article;
import dev.conventio.finance.AidForm;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.text.Text;
import org.junit.jupiter.api.Test;

/** The facts of corpus sheet 04, each read fact as read: its money and its text as read. */
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

    @Test
    void readThreeVisasTheThirdWithItsBlanksKept() {
        assertThat(Sheet04BouchesDuRhoneFilRouge.visas()).hasSize(3);
        assertThat(Sheet04BouchesDuRhoneFilRouge.visas().get(0)).isEqualTo("Code général des collectivités territoriales");
        assertThat(Sheet04BouchesDuRhoneFilRouge.visas().get(1)).startsWith("Décret n° 2001-495 du 6 juin 2001");
        assertThat(Sheet04BouchesDuRhoneFilRouge.visas().get(2)).contains("n° … de la Commission permanente du …");
    }

    @Test
    void readThePreambleExistsItsWordsAreNotRecorded() {
        Text preamble = Sheet04BouchesDuRhoneFilRouge.preamble();
        assertThat(preamble.blocks()).hasSize(1);
        assertThat(preamble.isRecorded()).isFalse();
        assertThat(preamble.complete()).isFalse();
    }

    @Test
    void readArticle1HasItsTitleAndATextCutAfterItsFirstWords() {
        Article article = Sheet04BouchesDuRhoneFilRouge.article1();
        assertThat(article.number()).isEqualTo("1");
        assertThat(article.title()).contains("Objet de la convention");
        assertThat(article.content().isWhole()).isFalse();
        assertThat(article.content().paragraph(1)).hasValueSatisfying(p -> assertThat(p.isKnown()).isFalse());
    }
}
