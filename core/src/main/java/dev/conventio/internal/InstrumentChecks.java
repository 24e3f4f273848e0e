package dev.conventio.internal;

import dev.conventio.date.PartialDate;
import dev.conventio.decision.Authorisation;
import dev.conventio.decision.DecisionCodes;
import dev.conventio.decision.Opinion;
import dev.conventio.party.Party;
import dev.conventio.party.PartyCodes;
import dev.conventio.party.Representation;
import dev.conventio.signature.Signature;
import dev.conventio.validation.Violation;
import dev.conventio.validation.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks that every instrument — a convention, an avenant — makes of who is there, who
 * represents whom, and of the order of its signatures, authorising decisions and opinions.
 *
 * <p>Dates known in part are compared by the earliest and latest days they allow: a signature is
 * certainly before a decision when its latest possible day is before the decision's earliest one.
 * Where the order depends on a day the document does not give, the outcome is undetermined: never a
 * violation, reported apart ({@link #undeterminedSignatureOrder}).
 *
 * <p>Internal: not part of the API, in a package the module does not export.
 */
public final class InstrumentChecks {

    private InstrumentChecks() {
    }

    /**
     * Checks the participants (« en présence de »), the representations and the authorisations of an
     * instrument against its parties.
     *
     * @param parties  the identifiers of the instrument's parties, or null when the instrument alone
     *     does not know them (an avenant, whose parties are its convention's as it stands)
     * @param participants  the participants, not null
     * @param representations  the representations, not null
     * @param authorisations  the authorisations, not null
     * @param instrument  the instrument, for messages, such as "convention NOR PRMI1426516X"
     * @param violations  where to report
     */
    public static void checkPresence(Set<String> parties, List<Party> participants,
            List<Representation> representations, List<Authorisation> authorisations, String instrument,
            Violations violations) {
        Set<String> present = new HashSet<>();
        for (int i = 0; i < participants.size(); i++) {
            String id = participants.get(i).id();
            if ((parties != null && parties.contains(id)) || !present.add(id)) {
                violations.add(PartyCodes.PARTICIPANT_ID_TAKEN, "participants[" + i + "].id", "participant '" + id
                        + "' of " + instrument + " has the identifier of a party or of another participant");
            }
        }
        Unique.check(representations, Representation::party, "representations", "party",
                PartyCodes.REPRESENTATION_DUPLICATE, party -> instrument + " already states who represents '"
                        + party + "'", violations);
        if (parties == null) {
            return;
        }
        for (int i = 0; i < representations.size(); i++) {
            String party = representations.get(i).party();
            if (!parties.contains(party) && !present.contains(party)) {
                violations.add(PartyCodes.REPRESENTATION_PARTY_UNKNOWN, "representations[" + i + "].party", "'"
                        + party + "' is neither a party nor a participant of " + instrument);
            }
        }
        for (int i = 0; i < authorisations.size(); i++) {
            String party = authorisations.get(i).party();
            if (!parties.contains(party)) {
                violations.add(DecisionCodes.AUTHORISATION_PARTY_UNKNOWN, "authorisations[" + i + "].party", "'"
                        + party + "' is not a party of " + instrument + (present.contains(party)
                                ? ": a participant is never authorised to sign, as it never signs" : ""));
            }
        }
    }

    /**
     * Reports each signature certainly given before a decision that authorises its party, or before
     * an opinion the instrument requires.
     *
     * @param signatures  the instrument's signatures, not null
     * @param authorisations  its authorisations, not null
     * @param opinions  its opinions, not null
     * @param violations  where to report
     */
    public static void checkSignatureOrder(List<Signature> signatures, List<Authorisation> authorisations,
            List<Opinion> opinions, Violations violations) {
        order(signatures, authorisations, opinions, violations, null);
    }

    /**
     * Gets the undetermined outcomes of the order of signatures: each signature that may come before
     * a decision authorising its party, or before a required opinion, on days the document does not
     * give.
     *
     * <p>Each is an {@linkplain Violation#undetermined undetermined outcome}: a history keeps those of
     * its amendments ({@code History.undetermined()}).
     *
     * @param signatures  the instrument's signatures, not null
     * @param authorisations  its authorisations, not null
     * @param opinions  its opinions, not null
     * @return the undetermined outcomes, with the code of the rule and the path of the signature,
     *     never null
     */
    public static List<Violation> undeterminedSignatureOrder(List<Signature> signatures,
            List<Authorisation> authorisations, List<Opinion> opinions) {
        Violations undetermined = Violations.collector();
        order(signatures, authorisations, opinions, null, undetermined);
        return undetermined.list();
    }

    private static void order(List<Signature> signatures, List<Authorisation> authorisations, List<Opinion> opinions,
            Violations certain, Violations undetermined) {
        for (int i = 0; i < signatures.size(); i++) {
            Signature signature = signatures.get(i);
            if (signature.signedOn().isEmpty()) {
                continue;
            }
            PartialDate signed = signature.signedOn().get();
            String path = "signatures[" + i + "].date";
            for (int j = 0; j < authorisations.size(); j++) {
                Authorisation authorisation = authorisations.get(j);
                if (authorisation.party().equals(signature.party())) {
                    compare(signed, authorisation.decision().date(), DecisionCodes.SIGNATURE_BEFORE_AUTHORISATION,
                            path, "'" + signature.party() + "' signs on " + signed + ", before the decision that"
                                    + " authorises it (authorisations[" + j + "], " + authorisation.decision() + ")",
                            certain, undetermined);
                }
            }
            for (int j = 0; j < opinions.size(); j++) {
                Opinion opinion = opinions.get(j);
                if (opinion.isRequiredBeforeSignature()) {
                    compare(signed, opinion.date(), DecisionCodes.SIGNATURE_BEFORE_OPINION, path, "'"
                            + signature.party() + "' signs on " + signed + ", before the opinion of " + opinion.body()
                            + " of " + opinion.date() + " (opinions[" + j + "]) that the instrument requires",
                            certain, undetermined);
                }
            }
        }
    }

    private static void compare(PartialDate signed, PartialDate required, dev.conventio.validation.ViolationCode code,
            String path, String message, Violations certain, Violations undetermined) {
        boolean certainlyBefore = signed.latest().isPresent() && required.earliest().isPresent()
                && signed.latest().get().isBefore(required.earliest().get());
        boolean possiblyBefore = signed.earliest().isEmpty() || required.latest().isEmpty()
                || signed.earliest().get().isBefore(required.latest().get());
        if (certainlyBefore) {
            if (certain != null) {
                certain.add(code, path, message);
            }
        } else if (possiblyBefore && undetermined != null) {
            undetermined.addUndetermined(code, path, "possibly: " + message + "; the days given do not decide");
        }
    }
}
