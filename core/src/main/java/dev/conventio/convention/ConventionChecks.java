package dev.conventio.convention;

import dev.conventio.date.PartialDate;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.internal.InstrumentChecks;
import dev.conventio.internal.Unique;
import dev.conventio.party.Party;
import dev.conventio.party.PartyCodes;
import dev.conventio.party.PartyGroup;
import dev.conventio.party.Siret;
import dev.conventio.signature.Signature;
import dev.conventio.signature.SignatureCodes;
import dev.conventio.validation.Violations;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The invariants of a {@link Convention}, checked as a whole when it is built. */
final class ConventionChecks {

    private ConventionChecks() {
    }

    static void check(Convention convention) {
        Violations violations = Violations.collector().requireNonBlank(convention.object(), "object");
        convention.reference().ifPresent(text -> violations.requireNonBlank(text, "reference"));
        if (convention.reference().isEmpty() && convention.publications().isEmpty()) {
            violations.add(ConventionCodes.CONVENTION_UNIDENTIFIED, "", "a convention is identified by its"
                    + " reference, its NOR or its publication; it has none, and none is invented");
        }
        List<String> legalBases = convention.legalBases();
        for (int i = 0; i < legalBases.size(); i++) {
            violations.requireNonBlank(legalBases.get(i), "legalBases[" + i + "]");
        }
        checkCitations(convention, violations);
        convention.amendmentClause().ifPresent(text -> violations.requireNonBlank(text, "amendmentClause"));
        boolean identified = convention.reference().isPresent() || !convention.publications().isEmpty();
        String name = identified ? "convention " + convention.identification() : "the convention";
        Set<String> parties = checkParties(convention, violations);
        Unique.check(convention.articles(), Article::number, "articles", "number",
                ConventionCodes.ARTICLES_DUPLICATE_NUMBER, number -> "article " + number + " appears more than once",
                violations);
        checkPhases(convention, violations);
        checkContributions(convention, parties, violations);
        ProgrammeChecks.check(convention, parties, violations);
        checkGovernance(convention, parties, violations);
        InstrumentChecks.checkPresence(parties, convention.participants(), convention.representations(),
                convention.authorisations(), name, violations);
        checkGroups(convention, parties, violations);
        checkSignatures(convention, parties, name, violations);
        violations.throwIfAny();
    }

    private static void checkCitations(Convention convention, Violations violations) {
        Set<Integer> cited = new HashSet<>();
        for (int i = 0; i < convention.legalBasisCitations().size(); i++) {
            int basis = convention.legalBasisCitations().get(i).legalBasis();
            if (basis < 0 || basis >= convention.legalBases().size() || !cited.add(basis)) {
                violations.add(ConventionCodes.LEGAL_BASIS_CITATION_INVALID, "legalBasisCitations[" + i
                        + "].legalBasis", "legal basis " + basis + (cited.contains(basis) ? " is already cited"
                        : " does not exist; the convention has " + convention.legalBases().size() + " legal bases"));
            }
        }
    }

    private static Set<String> checkParties(Convention convention, Violations violations) {
        List<Party> parties = convention.parties();
        Set<String> ids = new HashSet<>();
        Map<String, Integer> bySiren = new HashMap<>();
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            if (!ids.add(party.id())) {
                // A party listed twice is one mistake, reported once: not also as a SIREN shared.
                violations.add(ConventionCodes.CONVENTION_PARTIES_DUPLICATE, "parties[" + i + "].id",
                        "party identifier '" + party.id() + "' is already taken");
            } else if (party.siren().isPresent()) {
                Integer earlier = bySiren.putIfAbsent(party.siren().get().toString(), i);
                if (earlier != null && !distinctEstablishments(parties.get(earlier), party)) {
                    violations.add(PartyCodes.PARTIES_SIREN_DUPLICATE, "parties[" + i + "].siren", "party '"
                            + party.id() + "' has the SIREN " + party.siren().get() + " of party '"
                            + parties.get(earlier).id() + "'; two parties of one legal unit are distinct establishments"
                            + " with distinct SIRETs");
                }
            }
        }
        if (ids.size() < 2) {
            violations.add(ConventionCodes.CONVENTION_PARTIES_TOO_FEW, "parties",
                    "a convention binds at least two distinct parties, found " + ids.size());
        }
        return ids;
    }

    private static boolean distinctEstablishments(Party one, Party other) {
        return one.siret().isPresent() && other.siret().isPresent() && !one.siret().equals(other.siret());
    }

    private static void checkPhases(Convention convention, Violations violations) {
        for (int i = 0; i < convention.phases().size(); i++) {
            int number = convention.phases().get(i).number();
            if (number != i + 1) {
                violations.add(ConventionCodes.CONVENTION_PHASES_NOT_CONTIGUOUS, "phases[" + i + "].number",
                        "phase at position " + (i + 1) + " must be numbered " + (i + 1) + ", was " + number);
            }
        }
    }

    private static void checkContributions(Convention convention, Set<String> parties, Violations violations) {
        List<FinancialContribution> contributions = convention.contributions();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < contributions.size(); i++) {
            FinancialContribution contribution = contributions.get(i);
            String path = "contributions[" + i + "]";
            if (!ids.add(contribution.id())) {
                violations.add(ConventionCodes.CONVENTION_CONTRIBUTIONS_DUPLICATE, path + ".id",
                        "contribution identifier '" + contribution.id() + "' is already taken");
            }
            member(convention, parties, contribution.contributor(), "contributor", path, violations);
            member(convention, parties, contribution.beneficiary(), "beneficiary", path, violations);
            establishment(convention, contribution.contributor(), contribution.payingEstablishment(),
                    path + ".payingEstablishment", violations);
            establishment(convention, contribution.beneficiary(), contribution.receivingEstablishment(),
                    path + ".receivingEstablishment", violations);
        }
    }

    private static void member(Convention convention, Set<String> parties, String id, String what, String path,
            Violations violations) {
        if (!parties.contains(id)) {
            boolean participant = convention.participants().stream().anyMatch(p -> p.id().equals(id));
            violations.add(ConventionCodes.CONTRIBUTION_PARTY_UNKNOWN, path + "." + what, what + " '" + id
                    + "' is not a party" + (participant ? ": a participant is never a contributor or beneficiary" : ""));
        }
    }

    private static void establishment(Convention convention, String party, Optional<Siret> siret, String path,
            Violations violations) {
        if (siret.isEmpty()) {
            return;
        }
        convention.party(party).flatMap(Party::siren).filter(siren -> !siret.get().siren().equals(siren))
                .ifPresent(siren -> violations.add(ConventionCodes.CONTRIBUTION_ESTABLISHMENT_MISMATCH, path,
                        "establishment " + siret.get() + " does not belong to SIREN " + siren + " of '" + party + "'"));
    }

    private static void checkGovernance(Convention convention, Set<String> parties, Violations violations) {
        convention.steeringCommittee().ifPresent(committee -> {
            for (int i = 0; i < committee.members().size(); i++) {
                String member = committee.members().get(i);
                if (!parties.contains(member)) {
                    violations.add(ConventionCodes.COMMITTEE_MEMBER_UNKNOWN, "steeringCommittee.members[" + i + "]",
                            "committee member '" + member + "' is not a party");
                }
            }
        });
        List<CommitteeDecision> decisions = convention.decisions();
        for (int i = 0; i < decisions.size(); i++) {
            CommitteeDecision decision = decisions.get(i);
            // A date known in part breaks these only when every day it may be does.
            if (decision.decidedOn().isCertainlyBefore(convention.concludedOn())) {
                violations.add(ConventionCodes.DECISION_BEFORE_CONCLUSION, "decisions[" + i + "].date", "decided on "
                        + decision.decidedOn() + ", before the conclusion of the convention on " + convention.concludedOn());
            }
            PartialDate previous = i > 0 ? decisions.get(i - 1).decidedOn() : null;
            if (previous != null && previous.earliest().isPresent()
                    && decision.decidedOn().isCertainlyBefore(previous.earliest().get())) {
                violations.add(ConventionCodes.CONVENTION_DECISIONS_OUT_OF_ORDER, "decisions[" + i + "].date",
                        "decision of " + decision.decidedOn() + " is listed after one of " + previous);
            }
            for (int phase : decision.validatedPhases()) {
                if (phase > convention.phases().size()) {
                    violations.add(ConventionCodes.DECISION_PHASE_UNKNOWN, "decisions[" + i + "].validatedPhases",
                            "phase " + phase + " does not exist; the convention has " + convention.phases().size()
                                    + " phases");
                }
            }
        }
    }

    private static void checkGroups(Convention convention, Set<String> parties, Violations violations) {
        Set<String> taken = new HashSet<>(parties);
        convention.participants().forEach(participant -> taken.add(participant.id()));
        for (int i = 0; i < convention.groups().size(); i++) {
            PartyGroup group = convention.groups().get(i);
            if (!taken.add(group.id())) {
                violations.add(PartyCodes.GROUP_ID_TAKEN, "groups[" + i + "].id", "group '" + group.id()
                        + "' has the identifier of a party, a participant or another group");
            }
            for (int j = 0; j < group.members().size(); j++) {
                if (!parties.contains(group.members().get(j))) {
                    violations.add(PartyCodes.GROUP_MEMBER_UNKNOWN, "groups[" + i + "].members[" + j + "]", "member '"
                            + group.members().get(j) + "' of group '" + group.id() + "' is not a party");
                }
            }
        }
    }

    private static void checkSignatures(Convention convention, Set<String> parties, String name,
            Violations violations) {
        List<Signature> signatures = convention.signatures();
        Unique.check(signatures, Signature::party, "signatures", "party", SignatureCodes.SIGNATURES_DUPLICATE_PARTY,
                party -> "party '" + party + "' already signed", violations);
        for (int i = 0; i < signatures.size(); i++) {
            Signature signature = signatures.get(i);
            String path = "signatures[" + i + "]";
            if (!parties.contains(signature.party())) {
                violations.add(ConventionCodes.SIGNATURE_PARTY_UNKNOWN, path + ".party", "'" + signature.party()
                        + "' is not a party of " + name);
            }
            signature.signedOn().filter(date -> date.isCertainlyAfter(convention.concludedOn())).ifPresent(date ->
                    violations.add(ConventionCodes.SIGNATURE_AFTER_CONCLUSION, path + ".date", "signature dated "
                            + date + " comes after the conclusion of the convention on " + convention.concludedOn()));
        }
        InstrumentChecks.checkSignatureOrder(signatures, convention.authorisations(), convention.opinions(),
                violations);
    }
}
