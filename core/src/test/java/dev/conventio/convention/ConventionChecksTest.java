package dev.conventio.convention;

import static dev.conventio.convention.ConventionFixtures.contribution;
import static dev.conventio.convention.ConventionFixtures.convention;
import static dev.conventio.convention.ConventionFixtures.gip;
import static dev.conventio.convention.ConventionFixtures.metropole;
import static dev.conventio.validation.ValidationAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.finance.FinancialContribution;
import dev.conventio.party.Party;
import dev.conventio.party.PartyCodes;
import dev.conventio.party.PartyGroup;
import dev.conventio.party.Siren;
import dev.conventio.party.Siret;
import dev.conventio.publication.Citation;
import dev.conventio.publication.LegalBasisCitation;
import dev.conventio.validation.CommonCodes;
import dev.conventio.work.Phase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The messages and the less travelled paths of a convention's own checks. */
class ConventionChecksTest {

    private static final Party PREFECTURE = ConventionFixtures.prefecture();

    @Test
    void anAmendmentClauseIsNeverBlank() {
        assertViolation(() -> convention().amendmentClause(" ").build(), CommonCodes.TEXT_BLANK, "amendmentClause");
        assertThat(convention().amendmentClause("Article 9").build().amendmentClause()).contains("Article 9");
    }

    @Test
    void aCitationNamesWhetherItsBasisIsMissingOrAlreadyCited() {
        Citation cgct = Citation.code("code général des collectivités territoriales");
        Convention.Builder cited = convention().addLegalBases("Vu le CGCT", "Vu la loi")
                .addLegalBasisCitations(LegalBasisCitation.of(0, cgct));
        assertThat(assertViolation(() -> cited.build().toBuilder().addLegalBasisCitations(LegalBasisCitation.of(0, cgct))
                .build(), ConventionCodes.LEGAL_BASIS_CITATION_INVALID, "legalBasisCitations[1].legalBasis").message())
                .isEqualTo("legal basis 0 is already cited");
        assertThat(assertViolation(() -> cited.build().toBuilder().addLegalBasisCitations(LegalBasisCitation.of(2, cgct))
                .build(), ConventionCodes.LEGAL_BASIS_CITATION_INVALID, "legalBasisCitations[1].legalBasis").message())
                .isEqualTo("legal basis 2 does not exist; the convention has 2 legal bases");
        assertThat(cited.build().toBuilder().addLegalBasisCitations(LegalBasisCitation.of(1, cgct)).build()
                .citationOf(1)).contains(cgct);
    }

    @Test
    void aPhaseOutOfPlaceNamesItsPositionAndNumber() {
        assertThat(assertViolation(() -> convention().phases(List.of(Phase.of(1, "a"), Phase.of(3, "c"))).build(),
                ConventionCodes.CONVENTION_PHASES_NOT_CONTIGUOUS, "phases[1].number").message())
                .isEqualTo("phase at position 2 must be numbered 2, was 3");
    }

    @Test
    void aContributionFromAParticipantSaysAParticipantIsNeverAContributor() {
        FinancialContribution fromPrefecture = FinancialContribution.builder().from(contribution("p", 10))
                .contributor("prefecture").build();
        assertThat(assertViolation(() -> convention().addParticipants(PREFECTURE).contributions(List.of(fromPrefecture))
                .build(), ConventionCodes.CONTRIBUTION_PARTY_UNKNOWN, "contributions[0].contributor").message())
                .isEqualTo("contributor 'prefecture' is not a party: a participant is never a contributor or beneficiary");
        FinancialContribution fromStranger = FinancialContribution.builder().from(contribution("p", 10))
                .contributor("etat").build();
        assertThat(assertViolation(() -> convention().addParticipants(PREFECTURE).contributions(List.of(fromStranger))
                .build(), ConventionCodes.CONTRIBUTION_PARTY_UNKNOWN, "contributions[0].contributor").message())
                .isEqualTo("contributor 'etat' is not a party");
    }

    @Test
    void theReceivingEstablishmentBelongsToTheBeneficiary() {
        Party gip = Party.builder().from(gip()).siren(Siren.parse("385290309")).build();
        FinancialContribution elsewhere = FinancialContribution.builder().from(contribution("c", 10))
                .receivingEstablishment(Siret.parse("20005480700017")).build();
        assertThat(assertViolation(() -> convention().parties(List.of(metropole(), gip)).contributions(List.of(elsewhere))
                .build(), ConventionCodes.CONTRIBUTION_ESTABLISHMENT_MISMATCH, "contributions[0].receivingEstablishment")
                .message()).isEqualTo("establishment 20005480700017 does not belong to SIREN 385290309 of 'gip-crpv-paca'");
        Party gipOfItsSiren = Party.builder().from(gip()).siren(Siren.parse("200054807")).build();
        assertThat(convention().parties(List.of(metropole(), gipOfItsSiren)).contributions(List.of(elsewhere)).build()
                .contributions().get(0).receivingEstablishment()).contains(Siret.parse("20005480700017"));
    }

    @Test
    void aGroupDoesNotTakeAParticipantsIdentifier() {
        PartyGroup group = PartyGroup.builder().id("prefecture").name("le gestionnaire")
                .addMembers("metropole-amp", "gip-crpv-paca").build();
        assertViolation(() -> convention().addParticipants(PREFECTURE).addGroups(group).build(), PartyCodes.GROUP_ID_TAKEN,
                "groups[0].id");
        assertThat(convention().addGroups(group).build().groups()).containsExactly(group);
    }
}
