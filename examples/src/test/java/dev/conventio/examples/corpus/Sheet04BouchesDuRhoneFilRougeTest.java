package dev.conventio.examples.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.convention.Article;
import dev.conventio.decision.Authorisation;
import dev.conventio.finance.AidForm;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.party.LegalForm;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Role;
import dev.conventio.publication.Citation;
import dev.conventio.text.Text;
import org.junit.jupiter.api.Test;

/**
 * Sheet 04: the facts about parties, representatives and decisions that the sheet marks read, its
 * money, and the textual facts of the Bouches-du-Rhône subsidy convention, read in part.
 */
class Sheet04BouchesDuRhoneFilRougeTest {

    @Test
    void readTheDepartementIsRepresentedByThePresidenteOfItsCouncil() {
        Party departement = Sheet04BouchesDuRhoneFilRouge.departement();
        assertThat(departement.kind()).isEqualTo(PartyKind.DEPARTEMENT);
        assertThat(departement.representative().orElseThrow().person().orElseThrow().fullName())
                .isEqualTo("Martine VASSAL");
        assertThat(departement.roles()).containsExactly(Role.FINANCEUR);
        assertThat(departement.designations()).containsExactly("le Département");
    }

    @Test
    void readTheGroupementIsAGcsmsNotAnAssociation() {
        Party groupement = Sheet04BouchesDuRhoneFilRouge.groupement();
        assertThat(groupement.kind()).isNotEqualTo(PartyKind.ASSOCIATION);
        assertThat(groupement.legalForm()).contains(LegalForm.GCSMS);
        assertThat(groupement.legalForm().orElseThrow().law()).as("public or private by its members").isEmpty();
        assertThat(groupement.address()).contains("1 bd Jean Jaurès, 13400 Aubagne");
        assertThat(groupement.representative().orElseThrow().person().orElseThrow().fullName())
                .isEqualTo("Sophie AMARANTINIS");
        assertThat(groupement.siret()).isEmpty();
        assertThat(groupement.rna()).isEmpty();
    }

    @Test
    void readTheDeliberationsOfTheCommissionPermanenteHaveTheirNumberAndDateBlank() {
        Authorisation authorisation = Sheet04BouchesDuRhoneFilRouge.authorisation();
        assertThat(authorisation.decision().body()).isEqualTo("Commission permanente");
        assertThat(authorisation.decision().number()).isEmpty();
        assertThat(authorisation.decision().date().isKnown()).isFalse();
        assertThat(Sheet04BouchesDuRhoneFilRouge.grantingDecision().number()).isEmpty();
    }

    @Test
    void readTheVisasCiteTheCgctAndTheDecreeOf6June2001() {
        assertThat(Sheet04BouchesDuRhoneFilRouge.visaCitations()).extracting(Citation::kind)
                .containsExactly(Citation.Kind.CODE, Citation.Kind.DECREE);
        assertThat(Sheet04BouchesDuRhoneFilRouge.visaCitations().get(1).number()).contains("2001-495");
    }

    @Test
    void theOperatingSubsidyIsReadWithoutItsAmount() {
        FinancialContribution subsidy = Sheet04BouchesDuRhoneFilRouge.subsidy();
        // Read: « subvention de fonctionnement » from the Département to the Groupement.
        assertThat(subsidy.nature()).isEqualTo(ContributionNature.OPERATING_GRANT);
        assertThat(subsidy.nature().aidForm()).contains(AidForm.CASH);
        assertThat(subsidy.contributor()).isEqualTo(Sheet04BouchesDuRhoneFilRouge.DEPARTEMENT);
        assertThat(subsidy.beneficiary()).isEqualTo(Sheet04BouchesDuRhoneFilRouge.GROUPEMENT);
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
