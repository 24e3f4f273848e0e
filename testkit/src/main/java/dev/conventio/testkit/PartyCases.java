package dev.conventio.testkit;

import static dev.conventio.testkit.InvalidCases.UNKNOWN_PARTY;
import static dev.conventio.testkit.InvalidCases.convention;
import static dev.conventio.testkit.InvalidCases.next;
import static dev.conventio.testkit.PartyGen.pick;

import dev.conventio.amendment.Amendment;
import dev.conventio.convention.Convention;
import dev.conventio.convention.ConventionCodes;
import dev.conventio.date.PartialDate;
import dev.conventio.decision.Authorisation;
import dev.conventio.decision.Decision;
import dev.conventio.decision.DecisionCodes;
import dev.conventio.decision.Opinion;
import dev.conventio.decision.Verdict;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.history.HistoryCodes;
import dev.conventio.party.LegalForm;
import dev.conventio.party.Party;
import dev.conventio.party.PartyCodes;
import dev.conventio.party.PartyGroup;
import dev.conventio.party.Representation;
import dev.conventio.party.Representative;
import dev.conventio.party.Rna;
import dev.conventio.party.Role;
import dev.conventio.party.Siren;
import dev.conventio.publication.AmendmentReference;
import dev.conventio.publication.Citation;
import dev.conventio.publication.ConventionReference;
import dev.conventio.publication.JournalOfficiel;
import dev.conventio.publication.LegalBasisCitation;
import dev.conventio.publication.Nor;
import dev.conventio.publication.PublicationCodes;
import dev.conventio.publication.WebPublication;
import dev.conventio.signature.Signature;
import dev.conventio.validation.ViolationCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Invalid cases of who is bound, who signs and who is there (issue #12): identifiers and open
 * vocabularies, representations, participants and groups, the order of signatures, decisions and
 * opinions, publications and citations. Each is one targeted mutation of a valid value.
 */
final class PartyCases {

    private static final List<String> BAD_CODES = List.of("", "GIP", "sa ", "-sa", "sa-", "sa--x", "société",
            "a".repeat(65));

    private PartyCases() {
    }

    /** Adds a generator of cases for each code of this issue. */
    static void addTo(Map<ViolationCode, Gen<InvalidCase>> cases) {
        identities(cases);
        presence(cases);
        order(cases);
        publications(cases);
    }

    private static void identities(Map<ViolationCode, Gen<InvalidCase>> cases) {
        cases.put(PartyCodes.RNA_MALFORMED, (random, size) -> {
            String valid = PresenceGen.rnas().generate(random, size).toString();
            String bad = pick(random, List.of(valid.substring(1), valid.substring(0, 9), "X" + valid.substring(1),
                    valid.toLowerCase(java.util.Locale.ROOT), valid + "0"));
            return InvalidCase.of(PartyCodes.RNA_MALFORMED, "RNA " + valid + " -> '" + bad + "'", () -> Rna.parse(bad));
        });
        cases.put(PartyCodes.LEGAL_FORM_MALFORMED, (random, size) -> {
            String bad = pick(random, BAD_CODES);
            return InvalidCase.of(PartyCodes.LEGAL_FORM_MALFORMED, "legal form '" + bad + "'", () -> LegalForm.of(bad));
        });
        cases.put(PartyCodes.ROLE_MALFORMED, (random, size) -> {
            String bad = pick(random, BAD_CODES);
            return InvalidCase.of(PartyCodes.ROLE_MALFORMED, "role '" + bad + "'", () -> Role.of(bad));
        });
        cases.put(PartyCodes.ROLES_DUPLICATE, PartyGen.parties().flatMap(party -> (random, size) -> {
            Role role = pick(random, List.of(Role.FINANCEUR, Role.OPERATEUR, Role.of("co-gestionnaire")));
            return InvalidCase.of(PartyCodes.ROLES_DUPLICATE, "role " + role + " listed twice",
                    () -> Party.builder().from(party).roles(List.of(role, role)).build());
        }));
        cases.put(PartyCodes.REPRESENTATION_EMPTY, PartyGen.parties().map(party ->
                InvalidCase.of(PartyCodes.REPRESENTATION_EMPTY, "representation of '" + party.id() + "' with no one",
                        () -> Representation.of(party.id(), List.of()))));
        cases.put(PartyCodes.PARTIES_SIREN_DUPLICATE, convention((random, c) -> {
            Siren shared = PartyGen.sirens().generate(random, 0);
            List<Party> parties = new ArrayList<>(c.parties());
            for (int i = 0; i < 2; i++) {
                parties.set(i, Party.builder().from(parties.get(i)).siren(shared).siret(Optional.empty()).build());
            }
            return InvalidCase.of(PartyCodes.PARTIES_SIREN_DUPLICATE, "SIREN " + shared + " given to '"
                    + parties.get(0).id() + "' and '" + parties.get(1).id() + "', without SIRETs",
                    () -> c.toBuilder().parties(parties).build());
        }));
        cases.put(ConventionCodes.CONTRIBUTION_ESTABLISHMENT_MISMATCH, convention((random, c) -> {
            FinancialContribution contribution = pick(random, c.contributions());
            Siren siren = PartyGen.luhnSirets().generate(random, 0).siren();
            List<Party> parties = new ArrayList<>(c.parties());
            int at = parties.indexOf(c.party(contribution.contributor()).orElseThrow());
            parties.set(at, Party.builder().from(parties.get(at)).siren(siren).siret(Optional.empty()).build());
            dev.conventio.party.Siret other = PartyGen.luhnSirets().generate(random, 0);
            List<FinancialContribution> contributions = new ArrayList<>(c.contributions());
            contributions.set(contributions.indexOf(contribution), FinancialContribution.builder().from(contribution)
                    .payingEstablishment(other).build());
            return InvalidCase.of(ConventionCodes.CONTRIBUTION_ESTABLISHMENT_MISMATCH, "contribution '"
                    + contribution.id() + "' paid by establishment " + other + ", not of SIREN " + siren,
                    () -> c.toBuilder().parties(parties).contributions(contributions).build());
        }));
        cases.put(ConventionCodes.CONVENTION_UNIDENTIFIED, convention((random, c) ->
                InvalidCase.of(ConventionCodes.CONVENTION_UNIDENTIFIED, "reference and publications removed",
                        () -> c.toBuilder().reference(Optional.empty()).publications(List.of()).build())));
        cases.put(ConventionCodes.LEGAL_BASIS_CITATION_INVALID, convention((random, c) -> {
            int basis = c.legalBases().size() + random.nextInt(3);
            return InvalidCase.of(ConventionCodes.LEGAL_BASIS_CITATION_INVALID, "a citation of legal basis " + basis
                    + " of " + c.legalBases().size(), () -> c.toBuilder().addLegalBasisCitations(LegalBasisCitation.of(
                    basis, Citation.code("code général des collectivités territoriales"))).build());
        }));
    }

    private static void presence(Map<ViolationCode, Gen<InvalidCase>> cases) {
        cases.put(PartyCodes.REPRESENTATION_DUPLICATE, convention((random, c) -> {
            Party party = pick(random, c.parties());
            Representation once = Representation.of(party.id(), Representative.office("le représentant légal"));
            return InvalidCase.of(PartyCodes.REPRESENTATION_DUPLICATE, "representation of '" + party.id()
                    + "' stated twice", () -> c.toBuilder().addRepresentations(once, once).build());
        }));
        cases.put(PartyCodes.REPRESENTATION_PARTY_UNKNOWN, convention((random, c) ->
                InvalidCase.of(PartyCodes.REPRESENTATION_PARTY_UNKNOWN, "representation of '" + UNKNOWN_PARTY + "'",
                        () -> c.toBuilder().addRepresentations(Representation.of(UNKNOWN_PARTY,
                                Representative.office("le président"))).build())));
        cases.put(PartyCodes.PARTICIPANT_ID_TAKEN, convention((random, c) -> {
            Party party = pick(random, c.parties());
            return InvalidCase.of(PartyCodes.PARTICIPANT_ID_TAKEN, "party '" + party.id() + "' also a participant",
                    () -> c.toBuilder().addParticipants(party).build());
        }));
        cases.put(PartyCodes.GROUP_MEMBERS_INVALID, convention((random, c) -> {
            String member = pick(random, c.parties()).id();
            return InvalidCase.of(PartyCodes.GROUP_MEMBERS_INVALID, "group of '" + member + "' twice",
                    () -> PartyGroup.builder().id("groupe").name("le groupe").addMembers(member, member).build());
        }));
        cases.put(PartyCodes.GROUP_MEMBER_UNKNOWN, convention((random, c) ->
                InvalidCase.of(PartyCodes.GROUP_MEMBER_UNKNOWN, "group with '" + UNKNOWN_PARTY + "'",
                        () -> c.toBuilder().addGroups(PartyGroup.builder().id("groupe").name("le groupe")
                                .addMembers(c.parties().get(0).id(), UNKNOWN_PARTY).build()).build())));
        cases.put(PartyCodes.GROUP_ID_TAKEN, convention((random, c) -> {
            String taken = pick(random, c.parties()).id();
            return InvalidCase.of(PartyCodes.GROUP_ID_TAKEN, "group named '" + taken + "'", () -> c.toBuilder()
                    .addGroups(PartyGroup.builder().id(taken).name("le groupe").addMembers(c.parties().get(0).id(),
                            c.parties().get(1).id()).build()).build());
        }));
        cases.put(DecisionCodes.AUTHORISATION_PARTY_UNKNOWN, convention((random, c) ->
                InvalidCase.of(DecisionCodes.AUTHORISATION_PARTY_UNKNOWN, "authorisation of '" + UNKNOWN_PARTY + "'",
                        () -> c.toBuilder().addAuthorisations(Authorisation.of(UNKNOWN_PARTY, Decision.deliberation(
                                "Conseil municipal", PartialDate.unknown()))).build())));
        cases.put(HistoryCodes.AMENDMENT_PARTY_REFERENCE_INVALID, next((random, h, a) -> {
            Party party = pick(random, h.standingBefore(a).parties()).value();
            return InvalidCase.ofRule(HistoryCodes.AMENDMENT_PARTY_REFERENCE_INVALID, "party '" + party.id()
                    + "' named as a participant", h, Amendment.builder().from(a).addParticipants(party).build());
        }));
    }

    private static void order(Map<ViolationCode, Gen<InvalidCase>> cases) {
        cases.put(DecisionCodes.SIGNATURE_BEFORE_AUTHORISATION, convention((random, c) -> {
            Signature signature = pick(random, c.signatures());
            LocalDate later = signature.date().orElseThrow().plusDays(1 + random.nextInt(30));
            return InvalidCase.of(DecisionCodes.SIGNATURE_BEFORE_AUTHORISATION, "'" + signature.party()
                    + "' authorised on " + later + ", after it signs", () -> c.toBuilder().addAuthorisations(
                    Authorisation.of(signature.party(), Decision.deliberation("Conseil", PartialDate.of(later))))
                    .build());
        }));
        cases.put(DecisionCodes.SIGNATURE_BEFORE_OPINION, convention((random, c) -> {
            LocalDate later = Conclusions.from(c).plusDays(1 + random.nextInt(30));
            Verdict verdict = pick(random, List.of(Verdict.FAVOURABLE, Verdict.UNFAVOURABLE, Verdict.WITH_RESERVATIONS));
            return InvalidCase.of(DecisionCodes.SIGNATURE_BEFORE_OPINION, "an opinion " + verdict + " of " + later
                    + ", after the signatures", () -> c.toBuilder().addOpinions(Opinion.of("Comité technique",
                    PartialDate.of(later), verdict)).build());
        }));
    }

    private static void publications(Map<ViolationCode, Gen<InvalidCase>> cases) {
        cases.put(PublicationCodes.NOR_MALFORMED, (random, size) -> {
            String bad = pick(random, List.of("PRMI142651X", "prmi1426516x", "PRM11426516X", "PRMI14265160",
                    "PRMI 1426516X"));
            return InvalidCase.of(PublicationCodes.NOR_MALFORMED, "NOR '" + bad + "'", () -> Nor.parse(bad));
        });
        cases.put(PublicationCodes.PUBLICATION_EMPTY, (random, size) -> InvalidCase.of(PublicationCodes.PUBLICATION_EMPTY,
                "a Journal officiel publication with a page only", () -> JournalOfficiel.builder()
                        .page(1 + random.nextInt(9000)).build()));
        cases.put(PublicationCodes.PUBLICATION_IDENTIFIER_MALFORMED, (random, size) -> {
            String bad = pick(random, List.of("www.legifrance.gouv.fr", "ftp://example.org", "https://", "https://a b"));
            return InvalidCase.of(PublicationCodes.PUBLICATION_IDENTIFIER_MALFORMED, "web address '" + bad + "'",
                    () -> WebPublication.of(bad));
        });
        cases.put(PublicationCodes.NUMBER_NOT_POSITIVE, (random, size) -> {
            int number = -random.nextInt(3);
            return InvalidCase.of(PublicationCodes.NUMBER_NOT_POSITIVE, "avenant n° " + number + " cited",
                    () -> AmendmentReference.of(number, PartialDate.unknown()));
        });
        cases.put(PublicationCodes.CITATION_INCOMPLETE, (random, size) -> {
            Citation.Kind kind = pick(random, List.of(Citation.Kind.CODE, Citation.Kind.LAW, Citation.Kind.DECREE,
                    Citation.Kind.ARRETE));
            return InvalidCase.of(PublicationCodes.CITATION_INCOMPLETE, "a citation of a " + kind + " with nothing",
                    () -> Citation.builder().kind(kind).build());
        });
        cases.put(PublicationCodes.LINK_TARGET_UNIDENTIFIED, (random, size) -> InvalidCase.of(
                PublicationCodes.LINK_TARGET_UNIDENTIFIED, "another convention named by its title only",
                () -> ConventionReference.builder().title("la convention précédente").build()));
    }
}
