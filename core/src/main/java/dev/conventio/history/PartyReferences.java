package dev.conventio.history;

import dev.conventio.amendment.Amendment;
import dev.conventio.party.Party;
import dev.conventio.validation.Violations;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The amendment rule on whom an amendment names besides its signatories: its participants are not
 * parties, and its representations and authorisations are for parties (or, for representations,
 * its participants) of the convention as it stands or added by the amendment.
 */
final class PartyReferences {

    private PartyReferences() {
    }

    static void check(Amendment amendment, Set<String> standing, Set<String> added, LocalDate day,
            Violations violations) {
        Set<String> participants = new HashSet<>();
        List<Party> present = amendment.participants();
        for (int i = 0; i < present.size(); i++) {
            String id = present.get(i).id();
            participants.add(id);
            if (standing.contains(id) || added.contains(id)) {
                violations.add(HistoryCodes.AMENDMENT_PARTY_REFERENCE_INVALID, "participants[" + i + "].id", "participant '"
                        + id + "' of amendment n° " + amendment.number() + " is a party of the convention as it stands"
                        + " on " + day + " or one the amendment adds: a party is never merely present");
            }
        }
        for (int i = 0; i < amendment.representations().size(); i++) {
            String party = amendment.representations().get(i).party();
            if (!standing.contains(party) && !added.contains(party) && !participants.contains(party)) {
                violations.add(HistoryCodes.AMENDMENT_PARTY_REFERENCE_INVALID, "representations[" + i + "].party", "'"
                        + party + "' is represented in amendment n° " + amendment.number() + " but is neither a party"
                        + " of the convention as it stands on " + day + ", nor one the amendment adds, nor one of its"
                        + " participants");
            }
        }
        for (int i = 0; i < amendment.authorisations().size(); i++) {
            String party = amendment.authorisations().get(i).party();
            if (!standing.contains(party) && !added.contains(party)) {
                violations.add(HistoryCodes.AMENDMENT_PARTY_REFERENCE_INVALID, "authorisations[" + i + "].party", "'"
                        + party + "' is authorised to sign amendment n° " + amendment.number() + " but is not a party"
                        + " of the convention as it stands on " + day + ", nor one the amendment adds");
            }
        }
    }
}
