package dev.conventio.format.codec;

import java.util.ArrayList;
import java.util.List;

/**
 * Every member name of the format, each declared once here: the objects' member tables use these
 * constants, and each adapter encodes each of them once, by {@linkplain Name#ordinal() ordinal}.
 */
final class Names {

    private static final List<Name> ALL = new ArrayList<>();

    static final Name ACT = name("act");
    static final Name ACTION = name("action");
    static final Name ACTIONS = name("actions");
    static final Name ADDED = name("added");
    static final Name ADDRESS = name("address");
    static final Name AID = name("aid");
    static final Name AMENDED_BY = name("amendedBy");
    static final Name AMENDMENTS = name("amendments");
    static final Name AMENDMENTS_IN_FORCE = name("amendmentsInForce");
    static final Name AMENDMENT_CLAUSE = name("amendmentClause");
    static final Name AMOUNT = name("amount");
    static final Name APPROXIMATE = name("approximate");
    static final Name ARTICLE = name("article");
    static final Name ARTICLES = name("articles");
    static final Name AS_AMENDED_BY = name("asAmendedBy");
    static final Name AUTHORISATIONS = name("authorisations");
    static final Name BASE = name("base");
    static final Name BASIS = name("basis");
    static final Name BASIS_REFERENCE = name("basisReference");
    static final Name BENEFICIARY = name("beneficiary");
    static final Name BODY = name("body");
    static final Name BUDGET = name("budget");
    static final Name BY = name("by");
    static final Name CAPACITY = name("capacity");
    static final Name CEILING = name("ceiling");
    static final Name CHANGES = name("changes");
    static final Name CITATION = name("citation");
    static final Name CIVILITY = name("civility");
    static final Name CODE = name("code");
    static final Name COMMITTEE = name("committee");
    static final Name CONCLUDED_ON = name("concludedOn");
    static final Name CONDITION = name("condition");
    static final Name CONTRIBUTION = name("contribution");
    static final Name CONTRIBUTIONS = name("contributions");
    static final Name CONTRIBUTOR = name("contributor");
    static final Name CONVENTION = name("convention");
    static final Name CURRENCY = name("currency");
    static final Name DATE = name("date");
    static final Name DECIDING_BODY = name("decidingBody");
    static final Name DECISION = name("decision");
    static final Name DECISIONS = name("decisions");
    static final Name DELEGATION = name("delegation");
    static final Name DELIBERATION_NUMBER = name("deliberationNumber");
    static final Name DESCRIPTION = name("description");
    static final Name DESIGNATIONS = name("designations");
    static final Name DOCUMENT = name("document");
    static final Name DUE_ON = name("dueOn");
    static final Name DURATION = name("duration");
    static final Name ELI = name("eli");
    static final Name END = name("end");
    static final Name EVENT = name("event");
    static final Name FIRMNESS = name("firmness");
    static final Name FORMAT_VERSION = name("formatVersion");
    static final Name FROM = name("from");
    static final Name FULL_NAME = name("fullName");
    static final Name GRANTING_DECISION = name("grantingDecision");
    static final Name GROUPS = name("groups");
    static final Name ID = name("id");
    static final Name INFERRED_FROM = name("inferredFrom");
    static final Name INSTRUMENT = name("instrument");
    static final Name ISSUE_NUMBER = name("issueNumber");
    static final Name JUSTIFICATION = name("justification");
    static final Name KIND = name("kind");
    static final Name KNOWN_FROM = name("knownFrom");
    static final Name LAPSED_DECISIONS = name("lapsedDecisions");
    static final Name LAST_DAY = name("lastDay");
    static final Name LEGAL_BASES = name("legalBases");
    static final Name LEGAL_BASIS = name("legalBasis");
    static final Name LEGAL_BASIS_CITATIONS = name("legalBasisCitations");
    static final Name LEGAL_FORM = name("legalForm");
    static final Name LEGIFRANCE_ID = name("legifranceId");
    static final Name LINKS = name("links");
    static final Name MANDATE = name("mandate");
    static final Name MAX_RENEWALS = name("maxRenewals");
    static final Name MEMBERS = name("members");
    static final Name MISSION = name("mission");
    static final Name NAME = name("name");
    static final Name NATURE = name("nature");
    static final Name NOR = name("nor");
    static final Name NOTE = name("note");
    static final Name NUMBER = name("number");
    static final Name OBJECT = name("object");
    static final Name ON_BEHALF_OF = name("onBehalfOf");
    static final Name OPINIONS = name("opinions");
    static final Name ORDER = name("order");
    static final Name ORIENTATIONS = name("orientations");
    static final Name ORIGIN = name("origin");
    static final Name OR_DELEGATE = name("orDelegate");
    static final Name PAGE = name("page");
    static final Name PARTICIPANTS = name("participants");
    static final Name PARTIES = name("parties");
    static final Name PARTS = name("parts");
    static final Name PARTY = name("party");
    static final Name PAYING_ESTABLISHMENT = name("payingEstablishment");
    static final Name PAYMENT = name("payment");
    static final Name PERIOD = name("period");
    static final Name PERSON = name("person");
    static final Name PHASE = name("phase");
    static final Name PHASES = name("phases");
    static final Name PORTION = name("portion");
    static final Name POSSIBLY_INCOMPLETE = name("possiblyIncomplete");
    static final Name PREAMBLE = name("preamble");
    static final Name PROVENANCE = name("provenance");
    static final Name PUBLICATION = name("publication");
    static final Name PUBLICATIONS = name("publications");
    static final Name PURPOSE = name("purpose");
    static final Name QUANTITY = name("quantity");
    static final Name RAE_NUMBER = name("raeNumber");
    static final Name REASON = name("reason");
    static final Name RECEIVING_ESTABLISHMENT = name("receivingEstablishment");
    static final Name REFERENCE = name("reference");
    static final Name RELATION = name("relation");
    static final Name RENEWAL = name("renewal");
    static final Name REPLACEMENT = name("replacement");
    static final Name REPRESENTATIONS = name("representations");
    static final Name REPRESENTATIVE = name("representative");
    static final Name REPRESENTATIVES = name("representatives");
    static final Name RNA = name("rna");
    static final Name ROLES = name("roles");
    static final Name SCHEDULE = name("schedule");
    static final Name SCHEME = name("scheme");
    static final Name SHARES = name("shares");
    static final Name SIGNATORY = name("signatory");
    static final Name SIGNATURES = name("signatures");
    static final Name SIGNED_ON = name("signedOn");
    static final Name SIREN = name("siren");
    static final Name SIRET = name("siret");
    static final Name SOURCE = name("source");
    static final Name START = name("start");
    static final Name STATED_TOTAL = name("statedTotal");
    static final Name STATEMENT = name("statement");
    static final Name STATUS = name("status");
    static final Name STEERING_COMMITTEE = name("steeringCommittee");
    static final Name TACIT = name("tacit");
    static final Name TARGET = name("target");
    static final Name TARGETS = name("targets");
    static final Name TERM = name("term");
    static final Name TEXT = name("text");
    static final Name TEXT_NUMBER = name("textNumber");
    static final Name TITLE = name("title");
    static final Name TO = name("to");
    static final Name TRADE_REGISTER_CITY = name("tradeRegisterCity");
    static final Name TRANSFER = name("transfer");
    static final Name TYPE = name("type");
    static final Name UNIT = name("unit");
    static final Name UNRECORDED_BEFORE = name("unrecordedBefore");
    static final Name UNTIL = name("until");
    static final Name VALIDATED_PHASES = name("validatedPhases");
    static final Name VALUE = name("value");
    static final Name VERDICT = name("verdict");
    static final Name YEAR = name("year");
    static final Name YEARLY_AMOUNTS = name("yearlyAmounts");

    static final Name BLOCKS = name("blocks");
    static final Name COMPLETE = name("complete");
    static final Name CONTENT = name("content");
    static final Name LABEL = name("label");
    static final Name LOCATION = name("location");
    static final Name NEW_NUMBER = name("newNumber");
    static final Name OCCURRENCES = name("occurrences");
    static final Name OPERATION = name("operation");
    static final Name PARAGRAPH = name("paragraph");
    static final Name PARAGRAPHS = name("paragraphs");
    static final Name RECORDED_SENTENCES = name("recordedSentences");
    static final Name ROWS = name("rows");
    static final Name SENTENCE = name("sentence");
    static final Name TABLE = name("table");
    static final Name WORDS = name("words");

    private Names() {
    }

    private static Name name(String text) {
        Name name = new Name(text, ALL.size());
        ALL.add(name);
        return name;
    }

    /** Every name, by ordinal. */
    static List<Name> all() {
        return List.copyOf(ALL);
    }
}
