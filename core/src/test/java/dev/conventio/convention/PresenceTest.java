package dev.conventio.convention;

import static dev.conventio.convention.ConventionFixtures.CONCLUDED;
import static dev.conventio.convention.ConventionFixtures.convention;
import static dev.conventio.convention.ConventionFixtures.gip;
import static dev.conventio.convention.ConventionFixtures.metropole;
import static dev.conventio.validation.ValidationAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.date.PartialDate;
import dev.conventio.decision.Authorisation;
import dev.conventio.decision.Decision;
import dev.conventio.decision.DecisionCodes;
import dev.conventio.decision.Opinion;
import dev.conventio.decision.Verdict;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.internal.InstrumentChecks;
import dev.conventio.party.Mandate;
import dev.conventio.party.Party;
import dev.conventio.party.PartyCodes;
import dev.conventio.party.PartyGroup;
import dev.conventio.party.Person;
import dev.conventio.party.Representation;
import dev.conventio.party.Representative;
import dev.conventio.party.Siren;
import dev.conventio.party.Siret;
import dev.conventio.publication.Citation;
import dev.conventio.publication.Identification;
import dev.conventio.publication.JournalOfficiel;
import dev.conventio.publication.LegalBasisCitation;
import dev.conventio.publication.Nor;
import dev.conventio.signature.Signature;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Who is bound, who signs and who is there, as a convention states it, and the rules on them. */
class PresenceTest {

    private static final Party PREFECTURE = ConventionFixtures.prefecture();

    private static Signature signed(String party, LocalDate day) {
        return Signature.of(party, Person.of("Signataire"), "Pour " + party, day);
    }

    private static FinancialContribution paidBy(String siret) {
        return FinancialContribution.builder().from(ConventionFixtures.contribution("p", 10))
                .payingEstablishment(Siret.parse(siret)).build();
    }

    private static Convention.Builder signedConvention() {
        return convention().addSignatures(signed("metropole-amp", CONCLUDED.minusDays(2)), signed("gip-crpv-paca",
                CONCLUDED));
    }

    @Nested
    class Identity {

        @Test
        void twoPartiesOfOneSirenAreRejectedUnlessDistinctEstablishments() {
            Siren siren = Siren.parse("200054807");
            Party one = Party.builder().from(metropole()).siren(siren).build();
            Party two = Party.builder().from(gip()).siren(siren).build();
            assertViolation(() -> convention().parties(List.of(one, two)).build(), PartyCodes.PARTIES_SIREN_DUPLICATE,
                    "parties[1].siren");
            Convention establishments = convention().parties(List.of(
                    Party.builder().from(one).siret(Siret.parse("20005480700017")).build(),
                    Party.builder().from(two).siret(Siret.parse("20005480700025")).build())).build();
            assertThat(establishments.parties()).hasSize(2);
        }

        @Test
        void aContributionsEstablishmentsBelongToItsParties() {
            Convention withSiren = convention().parties(List.of(Party.builder().from(metropole())
                    .siren(Siren.parse("200054807")).build(), gip())).build();
            Convention paying = withSiren.toBuilder().contributions(List.of(paidBy("20005480700017"))).build();
            assertThat(paying.contributions().get(0).payingEstablishment()).contains(Siret.parse("20005480700017"));
            assertViolation(() -> withSiren.toBuilder().contributions(List.of(paidBy("73282932000074"))).build(),
                    ConventionCodes.CONTRIBUTION_ESTABLISHMENT_MISMATCH, "contributions[0].payingEstablishment");
        }

        @Test
        void aConventionIsIdentifiedByItsReferenceElseItsNorNeverInvented() {
            assertThat(convention().build().identification()).isEqualTo(Identification.ofReference(
                    "DEVT 013-2609/17/BM")).hasToString("DEVT 013-2609/17/BM");
            Convention byNor = convention().reference(Optional.empty()).addPublications(JournalOfficiel.builder()
                    .issueNumber("0291").nor(Nor.parse("PRMI1426516X")).build()).build();
            assertThat(byNor.reference()).isEmpty();
            assertThat(byNor.identification().kind()).isEqualTo(Identification.Kind.NOR);
            assertThat(byNor.identification()).hasToString("NOR PRMI1426516X");
            assertViolation(() -> convention().reference(Optional.empty()).build(),
                    ConventionCodes.CONVENTION_UNIDENTIFIED, "");
        }

        @Test
        void aLegalBasisGainsATypedCitationAndKeepsItsText() {
            Citation cgct = Citation.code("code général des collectivités territoriales").withArticle("L. 5217-2");
            Convention cited = convention().addLegalBases("Vu le CGCT").addLegalBasisCitations(LegalBasisCitation.of(0,
                    cgct)).build();
            assertThat(cited.legalBases()).containsExactly("Vu le CGCT");
            assertThat(cited.citationOf(0)).contains(cgct);
            assertThat(cited.citationOf(1)).isEmpty();
            assertViolation(() -> cited.toBuilder().addLegalBasisCitations(LegalBasisCitation.of(1, cgct)).build(),
                    ConventionCodes.LEGAL_BASIS_CITATION_INVALID, "legalBasisCitations[1].legalBasis");
            assertViolation(() -> cited.toBuilder().addLegalBasisCitations(LegalBasisCitation.of(0, cgct)).build(),
                    ConventionCodes.LEGAL_BASIS_CITATION_INVALID, "legalBasisCitations[1].legalBasis");
        }
    }

    @Nested
    class Representations {

        @Test
        void eachPartyIsRepresentedOnceByOneOrSeveral() {
            Representation offices = Representation.of("metropole-amp", Representative.office("la Présidente"),
                    Representative.office("la Vice-Présidente déléguée"));
            Convention convention = convention().addRepresentations(offices).build();
            assertThat(convention.representationOf("metropole-amp")).contains(offices);
            assertViolation(() -> convention.toBuilder().addRepresentations(offices).build(),
                    PartyCodes.REPRESENTATION_DUPLICATE, "representations[1].party");
            assertViolation(() -> convention().addRepresentations(Representation.of("commune-x",
                    Representative.office("le maire"))).build(), PartyCodes.REPRESENTATION_PARTY_UNKNOWN,
                    "representations[0].party");
        }

        @Test
        void aVersionOneRepresentativeReadsAsTheConventionsRepresentation() {
            Representative presidente = Representative.of(Person.of("Martine Vassal"), "Présidente");
            Convention convention = convention().parties(List.of(Party.builder().from(metropole())
                    .representative(presidente).build(), gip())).build();
            assertThat(convention.representationOf("metropole-amp")).contains(Representation.of("metropole-amp",
                    presidente));
            assertThat(convention.representationOf("gip-crpv-paca")).isEmpty();
        }

        @Test
        void aParticipantIsPresentRepresentedAndNeverAParty() {
            Convention present = signedConvention().addParticipants(PREFECTURE)
                    .addRepresentations(Representation.of("prefecture", Representative.office("le préfet"))).build();
            assertThat(present.partyIds()).doesNotContain("prefecture");
            assertThat(present.participants()).containsExactly(PREFECTURE);
            assertViolation(() -> convention().addParticipants(metropole()).build(), PartyCodes.PARTICIPANT_ID_TAKEN,
                    "participants[0].id");
            assertViolation(() -> convention().addParticipants(PREFECTURE).contributions(List.of(FinancialContribution.builder()
                    .from(ConventionFixtures.contribution("p", 10)).contributor("prefecture").build())).build(),
                    ConventionCodes.CONTRIBUTION_PARTY_UNKNOWN, "contributions[0].contributor");
            assertViolation(() -> convention().addParticipants(PREFECTURE).addSignatures(signed("prefecture", CONCLUDED))
                    .build(), ConventionCodes.SIGNATURE_PARTY_UNKNOWN, "signatures[0].party");
        }

        @Test
        void aGroupIsOfPartiesUnderAnIdentifierOfItsOwn() {
            PartyGroup group = PartyGroup.builder().id("gestionnaire").name("le gestionnaire")
                    .addMembers("metropole-amp", "gip-crpv-paca").build();
            assertThat(convention().addGroups(group).build().groups()).containsExactly(group);
            assertViolation(() -> convention().addGroups(PartyGroup.builder().from(group).id("gip-crpv-paca").build())
                    .build(), PartyCodes.GROUP_ID_TAKEN, "groups[0].id");
            assertViolation(() -> convention().addGroups(PartyGroup.builder().from(group)
                    .members(List.of("metropole-amp", "commune-x")).build()).build(), PartyCodes.GROUP_MEMBER_UNKNOWN,
                    "groups[0].members[1]");
        }
    }

    @Nested
    class Order {

        private final Decision bureau = Decision.deliberation("Bureau de la Métropole",
                PartialDate.of(CONCLUDED.minusDays(10)));

        @Test
        void aPartySignsAfterTheDecisionThatAuthorisesIt() {
            Convention authorised = signedConvention().addAuthorisations(Authorisation.of("metropole-amp", bureau))
                    .build();
            assertThat(authorised.authorisationsOf("metropole-amp")).containsExactly(Authorisation.of("metropole-amp",
                    bureau));
            Decision late = Decision.deliberation("Bureau de la Métropole", PartialDate.of(CONCLUDED));
            assertViolation(() -> signedConvention().addAuthorisations(Authorisation.of("metropole-amp", late)).build(),
                    DecisionCodes.SIGNATURE_BEFORE_AUTHORISATION, "signatures[0].date");
        }

        @Test
        void anOrderOnDaysNotGivenIsNeverAViolation() {
            Decision sameMonth = Decision.deliberation("Bureau", PartialDate.parse("2017-11"));
            Convention undetermined = signedConvention().addAuthorisations(Authorisation.of("metropole-amp", sameMonth))
                    .build();
            assertThat(InstrumentChecks.undeterminedSignatureOrder(undetermined.signatures(),
                    undetermined.authorisations(), undetermined.opinions())).extracting(v -> v.code(), v -> v.path())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(DecisionCodes.SIGNATURE_BEFORE_AUTHORISATION,
                            "signatures[0].date"));
        }

        @Test
        void aVersionOneMandateIsAnAuthorisationWithoutPlaceInTime() {
            Mandate mandate = Mandate.withUnknownNumber("Bureau de la Métropole", CONCLUDED.plusDays(5));
            Convention convention = signedConvention().parties(List.of(Party.builder().from(metropole())
                    .mandate(mandate).build(), gip())).build();
            assertThat(convention.authorisationsOf("metropole-amp")).extracting(Authorisation::decision)
                    .containsExactly(Decision.deliberation("Bureau de la Métropole", PartialDate.of(CONCLUDED.plusDays(5))));
        }

        @Test
        void anInstrumentIsSignedAfterTheOpinionsItRequires() {
            Opinion before = Opinion.of("Comité technique", PartialDate.of(CONCLUDED.minusDays(30)), Verdict.FAVOURABLE);
            assertThat(signedConvention().addOpinions(before).build().opinions()).containsExactly(before);
            Opinion forInformation = Opinion.of("Commission de surveillance", PartialDate.of(CONCLUDED.plusDays(3)),
                    Verdict.FOR_INFORMATION);
            assertThat(signedConvention().addOpinions(forInformation).build().opinions()).hasSize(1);
            Opinion after = Opinion.of("Comité technique", PartialDate.of(CONCLUDED.minusDays(1)),
                    Verdict.WITH_RESERVATIONS);
            assertViolation(() -> signedConvention().addOpinions(after).build(), DecisionCodes.SIGNATURE_BEFORE_OPINION,
                    "signatures[0].date");
        }

        @Test
        void anAuthorisationIsForAParty() {
            assertViolation(() -> convention().addParticipants(PREFECTURE).addAuthorisations(Authorisation.of(
                    "prefecture", bureau)).build(), DecisionCodes.AUTHORISATION_PARTY_UNKNOWN, "authorisations[0].party");
        }
    }
}
