package dev.conventio.examples.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.date.PartialDate;
import dev.conventio.decision.Authorisation;
import dev.conventio.finance.AidForm;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.history.History;
import dev.conventio.history.Life;
import dev.conventio.opendata.export.ExportCodes;
import dev.conventio.opendata.export.Refusal;
import dev.conventio.opendata.export.ScdlExport;
import dev.conventio.party.LegalForm;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Role;
import dev.conventio.publication.Citation;
import dev.conventio.publication.LegalBasisCitation;
import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.ConventioJsonException;
import dev.conventio.serialization.JsonDocument;
import dev.conventio.text.Text;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sheet 04: the facts about parties, representatives and decisions that the sheet marks read, its
 * money, the textual facts of the Bouches-du-Rhône subsidy convention, read in part, and its time:
 * its date is not read, so the convention is concluded on an unknown date and nothing is dated.
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

    @Test
    void theDateOfTheConventionIsNotReadAndNoDayIsInvented() {
        Convention convention = Sheet04BouchesDuRhoneFilRouge.convention();
        assertThat(convention.concludedOn()).isEqualTo(PartialDate.unknown());
        assertThat(convention.conclusionDate()).isEmpty();
        assertThat(convention.term()).as("duration not read").isEmpty();
        assertThat(convention.signatures()).as("signatures not read").isEmpty();
        History history = History.of(convention);
        assertThat(history.timeline()).as("no event has a day").isEmpty();
        // Whatever the date, what is recorded cannot tell whether the convention is in force.
        for (LocalDate day : List.of(LocalDate.of(2010, 1, 1), LocalDate.of(2022, 6, 1))) {
            Life life = history.asOf(day).life();
            assertThat(life.status()).isEqualTo(Life.Status.UNDETERMINED);
            assertThat(life.day()).isEmpty();
        }
    }

    @Test
    void theConventionHoldsWhatTheSheetReadsAndIsIdentifiedByTheCopyRead() {
        Convention convention = Sheet04BouchesDuRhoneFilRouge.convention();
        assertThat(convention.reference()).isEmpty();
        assertThat(convention.publications()).containsExactly(Sheet04BouchesDuRhoneFilRouge.copyRead());
        assertThat(convention.partyIds()).containsExactly(Sheet04BouchesDuRhoneFilRouge.DEPARTEMENT,
                Sheet04BouchesDuRhoneFilRouge.GROUPEMENT);
        assertThat(convention.legalBases()).isEqualTo(Sheet04BouchesDuRhoneFilRouge.visas());
        assertThat(convention.legalBasisCitations()).extracting(LegalBasisCitation::legalBasis).containsExactly(0, 1);
        assertThat(convention.contributions()).containsExactly(Sheet04BouchesDuRhoneFilRouge.subsidy());
        assertThat(convention.authorisations()).containsExactly(Sheet04BouchesDuRhoneFilRouge.authorisation());
        assertThat(convention.articles()).containsExactly(Sheet04BouchesDuRhoneFilRouge.article1());
    }

    @Test
    void theUnknownDateIsWrittenAsSuchInVersion2AndReadBackEqual() throws ConventioJsonException {
        Convention convention = Sheet04BouchesDuRhoneFilRouge.convention();
        String json = ConventioJson.compact().write(JsonDocument.CONVENTION, convention);
        assertThat(json).contains("\"concludedOn\":\"unknown\"");
        assertThat(ConventioJson.compact().read(JsonDocument.CONVENTION, json)).isEqualTo(convention);
    }

    @Test
    void theOpenDataExportRefusesTheConventionForWantOfItsDay() {
        List<Refusal> refusals = ScdlExport.asOf(LocalDate.of(2022, 6, 1))
                .refusals(History.of(Sheet04BouchesDuRhoneFilRouge.convention()));
        assertThat(refusals).hasSize(1);
        assertThat(refusals.get(0).violations()).anySatisfy(violation -> {
            assertThat(violation.code()).isEqualTo(ExportCodes.CONCLUSION_UNKNOWN);
            assertThat(violation.path()).isEqualTo("concludedOn");
        });
    }
}
