package dev.conventio.serialization;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The member names the writer writes, encoded once: a generator appends a {@link SerializedString}'s
 * cached UTF-8 bytes as they are, where it would check and encode a {@link String} name character
 * by character at every member of every write. Immutable and thread-safe.
 */
final class Names {

    static final SerializableString ADDED = new SerializedString("added");
    static final SerializableString AMENDMENTS = new SerializedString("amendments");
    static final SerializableString AMENDMENTS_IN_FORCE = new SerializedString("amendmentsInForce");
    static final SerializableString AMENDMENT_CLAUSE = new SerializedString("amendmentClause");
    static final SerializableString AMOUNT = new SerializedString("amount");
    static final SerializableString ARTICLE = new SerializedString("article");
    static final SerializableString ARTICLES = new SerializedString("articles");
    static final SerializableString BASE = new SerializedString("base");
    static final SerializableString BENEFICIARY = new SerializedString("beneficiary");
    static final SerializableString BUDGET = new SerializedString("budget");
    static final SerializableString CAPACITY = new SerializedString("capacity");
    static final SerializableString CHANGES = new SerializedString("changes");
    static final SerializableString CIVILITY = new SerializedString("civility");
    static final SerializableString COMMITTEE = new SerializedString("committee");
    static final SerializableString CONCLUDED_ON = new SerializedString("concludedOn");
    static final SerializableString CONTRIBUTION = new SerializedString("contribution");
    static final SerializableString CONTRIBUTIONS = new SerializedString("contributions");
    static final SerializableString CONTRIBUTOR = new SerializedString("contributor");
    static final SerializableString CONVENTION = new SerializedString("convention");
    static final SerializableString CURRENCY = new SerializedString("currency");
    static final SerializableString DATE = new SerializedString("date");
    static final SerializableString DECIDING_BODY = new SerializedString("decidingBody");
    static final SerializableString DECISION = new SerializedString("decision");
    static final SerializableString DECISIONS = new SerializedString("decisions");
    static final SerializableString DELIBERATION_NUMBER = new SerializedString("deliberationNumber");
    static final SerializableString DESCRIPTION = new SerializedString("description");
    static final SerializableString DUE_ON = new SerializedString("dueOn");
    static final SerializableString DURATION = new SerializedString("duration");
    static final SerializableString END = new SerializedString("end");
    static final SerializableString FORMAT_VERSION = new SerializedString("formatVersion");
    static final SerializableString FULL_NAME = new SerializedString("fullName");
    static final SerializableString ID = new SerializedString("id");
    static final SerializableString INSTRUMENT = new SerializedString("instrument");
    static final SerializableString JUSTIFICATION = new SerializedString("justification");
    static final SerializableString KIND = new SerializedString("kind");
    static final SerializableString LEGAL_BASES = new SerializedString("legalBases");
    static final SerializableString MANDATE = new SerializedString("mandate");
    static final SerializableString MAX_RENEWALS = new SerializedString("maxRenewals");
    static final SerializableString MEMBERS = new SerializedString("members");
    static final SerializableString MISSION = new SerializedString("mission");
    static final SerializableString NAME = new SerializedString("name");
    static final SerializableString NATURE = new SerializedString("nature");
    static final SerializableString NOTE = new SerializedString("note");
    static final SerializableString NUMBER = new SerializedString("number");
    static final SerializableString OBJECT = new SerializedString("object");
    static final SerializableString ORDER = new SerializedString("order");
    static final SerializableString ORIENTATIONS = new SerializedString("orientations");
    static final SerializableString OR_DELEGATE = new SerializedString("orDelegate");
    static final SerializableString PARTIES = new SerializedString("parties");
    static final SerializableString PARTY = new SerializedString("party");
    static final SerializableString PERIOD = new SerializedString("period");
    static final SerializableString PERSON = new SerializedString("person");
    static final SerializableString PHASE = new SerializedString("phase");
    static final SerializableString PHASES = new SerializedString("phases");
    static final SerializableString POSSIBLY_INCOMPLETE = new SerializedString("possiblyIncomplete");
    static final SerializableString PREAMBLE = new SerializedString("preamble");
    static final SerializableString PROVENANCE = new SerializedString("provenance");
    static final SerializableString PUBLICATION = new SerializedString("publication");
    static final SerializableString PURPOSE = new SerializedString("purpose");
    static final SerializableString REFERENCE = new SerializedString("reference");
    static final SerializableString RENEWAL = new SerializedString("renewal");
    static final SerializableString REPLACEMENT = new SerializedString("replacement");
    static final SerializableString REPRESENTATIVE = new SerializedString("representative");
    static final SerializableString SCHEDULE = new SerializedString("schedule");
    static final SerializableString SIGNATORY = new SerializedString("signatory");
    static final SerializableString SIGNATURES = new SerializedString("signatures");
    static final SerializableString SIREN = new SerializedString("siren");
    static final SerializableString SIRET = new SerializedString("siret");
    static final SerializableString START = new SerializedString("start");
    static final SerializableString STATEMENT = new SerializedString("statement");
    static final SerializableString STATUS = new SerializedString("status");
    static final SerializableString STEERING_COMMITTEE = new SerializedString("steeringCommittee");
    static final SerializableString TACIT = new SerializedString("tacit");
    static final SerializableString TERM = new SerializedString("term");
    static final SerializableString TEXT = new SerializedString("text");
    static final SerializableString TITLE = new SerializedString("title");
    static final SerializableString TYPE = new SerializedString("type");
    static final SerializableString UNRECORDED_BEFORE = new SerializedString("unrecordedBefore");
    static final SerializableString VALIDATED_PHASES = new SerializedString("validatedPhases");

    private Names() {
    }
}
