package dev.conventio.serialization;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.change.AddArticle;
import dev.conventio.change.AddContribution;
import dev.conventio.change.AddParty;
import dev.conventio.change.AddPhase;
import dev.conventio.change.Change;
import dev.conventio.change.ChangeContributionAmount;
import dev.conventio.change.ChangeContributionSchedule;
import dev.conventio.change.ChangeMandate;
import dev.conventio.change.ChangeObject;
import dev.conventio.change.ChangePhaseStatus;
import dev.conventio.change.ChangeRepresentative;
import dev.conventio.change.ChangeTermEnd;
import dev.conventio.change.ChangeTermStart;
import dev.conventio.change.RecordDecision;
import dev.conventio.change.RemoveContribution;
import dev.conventio.change.RemoveParty;
import dev.conventio.change.RemovePhase;
import dev.conventio.change.ReplaceArticle;
import dev.conventio.change.ReplaceContribution;
import dev.conventio.change.ReplacePhase;
import dev.conventio.change.SetGovernance;
import dev.conventio.change.SetOrientations;
import dev.conventio.change.SetTerm;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Instalment;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.governance.SteeringCommittee;
import dev.conventio.history.History;
import dev.conventio.party.Mandate;
import dev.conventio.party.Party;
import dev.conventio.party.Person;
import dev.conventio.party.Representative;
import dev.conventio.party.Siren;
import dev.conventio.party.Siret;
import dev.conventio.serialization.JsonInput.Members;
import dev.conventio.signature.Signature;
import dev.conventio.term.Renewal;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.work.Orientation;
import dev.conventio.work.Phase;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.joda.money.Money;

/**
 * Reads the values of the model from the format, one member at a time, straight from the parser.
 *
 * <p>Streaming rather than data binding: no intermediate tree or bean, each member checked as it
 * comes, and the parser's context gives the JSON Pointer of every problem for free. Each reader
 * starts on the value's first token and ends on its last one. Not thread-safe: one instance per read.
 */
final class ModelReader {

    static final String AMENDMENT = "amendment";
    static final String UNRECORDED_AMENDMENT = "unrecorded-amendment";

    static final Fields CONVENTION = Fields.of("reference", "object", "parties", "concludedOn", "legalBases",
            "publication?", "amendmentClause?", "articles", "phases", "contributions", "steeringCommittee?",
            "decisions", "term?", "signatures");
    static final Fields PARTY = Fields.of("id", "name", "kind", "siren?", "siret?", "representative?", "mandate?");
    static final Fields REPRESENTATIVE = Fields.of("person", "title", "orDelegate");
    static final Fields PERSON = Fields.of("civility?", "fullName");
    static final Fields MANDATE = Fields.of("decidingBody", "deliberationNumber?", "date");
    static final Fields ARTICLE = Fields.of("number", "title?", "text?");
    static final Fields PHASE = Fields.of("number", "title", "description?", "status", "orientations");
    static final Fields ORIENTATION = Fields.of("order", "title", "justification?");
    static final Fields CONTRIBUTION = Fields.of("id", "contributor", "beneficiary", "amount", "budget", "nature",
            "purpose?", "schedule");
    static final Fields INSTALMENT = Fields.of("dueOn", "amount");
    static final Fields COMMITTEE = Fields.of("name", "mission?", "members");
    static final Fields DECISION = Fields.of("date", "statement", "validatedPhases");
    static final Fields TERM = Fields.of("start", "end", "renewal?");
    static final Fields START_WITHOUT_DATE = Fields.of();
    static final Fields START_WITH_DATE = Fields.of("date");
    static final Fields START_WITH_OPTIONAL_DATE = Fields.of("date?");
    static final Fields END = Fields.of("date?", "duration?");
    static final Fields RENEWAL = Fields.of("period", "maxRenewals", "tacit");
    static final Fields SIGNATURE = Fields.of("party", "signatory", "capacity", "date?");
    static final Fields AMENDMENT_FIELDS = Fields.of("number", "title?", "preamble", "articles", "term",
            "signatures", "changes");
    static final Fields UNRECORDED = Fields.of("number", "note?");
    static final Fields HISTORY = Fields.of("base", "amendments");

    private static final Pattern BUDGET_PERIOD = Pattern.compile("[0-9]{4}(-[0-9]{4})?");

    private final JsonInput in;

    ModelReader(JsonInput in) {
        this.in = in;
    }

    // ---- documents -----------------------------------------------------------------------------

    /** Reads the leading formatVersion of a root object and checks this reader knows it. */
    private void version(Members members) throws IOException {
        int version = members.formatVersion();
        if (version != Format.VERSION) {
            throw in.reject(RejectionCode.FORMAT_VERSION_UNSUPPORTED, "this reader knows format version "
                    + Format.VERSION + ", the document has version " + version);
        }
    }

    /** A convention document: the convention's members after {@code formatVersion}. */
    Convention conventionDocument() throws IOException {
        Members members = in.object(CONVENTION);
        version(members);
        Convention convention = convention(members);
        in.throwViolations();
        return convention;
    }

    /** An amendment document: an amendment record's members after {@code formatVersion}. */
    AmendmentRecord amendmentDocument() throws IOException {
        Members members = in.polymorphicObject();
        version(members);
        AmendmentRecord amendment = amendmentRecord(members);
        in.throwViolations();
        return amendment;
    }

    /**
     * A history document: its base convention and its amendment records. The amendment rules are
     * checked as {@link History#of} checks them; their violations are reported under
     * {@code /amendments/i}. Policies are application code, not data: the history has none.
     */
    History historyDocument() throws IOException {
        Members members = in.object(HISTORY);
        version(members);
        Convention base = null;
        List<AmendmentRecord> amendments = List.of();
        while (members.next()) {
            switch (members.name()) {
                case "base" -> base = convention();
                case "amendments" -> amendments = in.list(this::amendmentRecord);
                default -> { }
            }
        }
        History history = members.build(base, amendments, History::of);
        in.throwViolations();
        return history;
    }

    // ---- convention ----------------------------------------------------------------------------

    Convention convention(Members members) throws IOException {
        Convention.Builder builder = Convention.builder();
        while (members.next()) {
            switch (members.name()) {
                case "reference" -> builder.reference(in.text());
                case "object" -> builder.object(in.text());
                case "parties" -> builder.parties(in.list(this::party));
                case "concludedOn" -> builder.concludedOn(in.date());
                case "legalBases" -> builder.legalBases(in.list(in::text));
                case "publication" -> builder.publication(in.text());
                case "amendmentClause" -> builder.amendmentClause(in.text());
                case "articles" -> builder.articles(in.list(this::article));
                case "phases" -> builder.phases(in.list(this::phase));
                case "contributions" -> builder.contributions(in.list(this::contribution));
                case "steeringCommittee" -> builder.steeringCommittee(Optional.ofNullable(committee()));
                case "decisions" -> builder.decisions(in.list(this::decision));
                case "term" -> builder.term(Optional.ofNullable(term()));
                case "signatures" -> builder.signatures(in.list(this::signature));
                default -> { }
            }
        }
        return members.build(builder, Convention.Builder::build);
    }

    Convention convention() throws IOException {
        return convention(in.object(CONVENTION));
    }

    // ---- parties -------------------------------------------------------------------------------

    Party party() throws IOException {
        Members members = in.object(PARTY);
        Party.Builder builder = Party.builder();
        while (members.next()) {
            switch (members.name()) {
                case "id" -> builder.id(in.text());
                case "name" -> builder.name(in.text());
                case "kind" -> builder.kind(in.constant(Format.PARTY_KINDS));
                case "siren" -> builder.siren(Optional.ofNullable(in.scalar(in.text(), Siren::parse)));
                case "siret" -> builder.siret(Optional.ofNullable(in.scalar(in.text(), Siret::parse)));
                case "representative" -> builder.representative(Optional.ofNullable(representative()));
                case "mandate" -> builder.mandate(Optional.ofNullable(mandate()));
                default -> { }
            }
        }
        return members.build(builder, Party.Builder::build);
    }

    private Representative representative() throws IOException {
        Members members = in.object(REPRESENTATIVE);
        Person person = null;
        String title = null;
        boolean orDelegate = false;
        while (members.next()) {
            switch (members.name()) {
                case "person" -> person = person();
                case "title" -> title = in.text();
                case "orDelegate" -> orDelegate = in.bool();
                default -> { }
            }
        }
        return members.build(person, title, orDelegate ? Representative::orDelegate : Representative::of);
    }

    private Person person() throws IOException {
        Members members = in.object(PERSON);
        dev.conventio.party.Civility civility = null;
        String fullName = null;
        while (members.next()) {
            switch (members.name()) {
                case "civility" -> civility = in.constant(Format.CIVILITIES);
                case "fullName" -> fullName = in.text();
                default -> { }
            }
        }
        return civility == null ? members.build(fullName, Person::of) : members.build(civility, fullName, Person::of);
    }

    private Mandate mandate() throws IOException {
        Members members = in.object(MANDATE);
        String body = null;
        String number = null;
        LocalDate date = null;
        while (members.next()) {
            switch (members.name()) {
                case "decidingBody" -> body = in.text();
                case "deliberationNumber" -> number = in.text();
                case "date" -> date = in.date();
                default -> { }
            }
        }
        return number == null ? members.build(body, date, Mandate::withUnknownNumber)
                : members.build(body, number, date, Mandate::of);
    }

    // ---- articles, phases ----------------------------------------------------------------------

    private Article article() throws IOException {
        Members members = in.object(ARTICLE);
        String number = null;
        String title = null;
        String text = null;
        while (members.next()) {
            switch (members.name()) {
                case "number" -> number = in.text();
                case "title" -> title = in.text();
                case "text" -> text = in.text();
                default -> { }
            }
        }
        if (title == null && text == null) {
            // The model has no article without both: it could not be built, and must not be invented.
            throw in.reject(RejectionCode.MISSING_FIELD, "an article has a title, a text or both",
                    in.pointer(), members.start());
        }
        return title == null ? members.build(number, text, Article::untitled)
                : text == null ? members.build(number, title, Article::of) : members.build(number, title, text, Article::of);
    }

    private Phase phase() throws IOException {
        Members members = in.object(PHASE);
        Phase.Builder builder = Phase.builder();
        while (members.next()) {
            switch (members.name()) {
                case "number" -> builder.number(in.integer());
                case "title" -> builder.title(in.text());
                case "description" -> builder.description(in.text());
                case "status" -> builder.status(in.constant(Format.PHASE_STATUSES));
                case "orientations" -> builder.orientations(orientations());
                default -> { }
            }
        }
        return members.build(builder, Phase.Builder::build);
    }

    private List<Orientation> orientations() throws IOException {
        return in.list(this::orientation);
    }

    private Orientation orientation() throws IOException {
        Members members = in.object(ORIENTATION);
        int order = 0;
        String title = null;
        String justification = null;
        while (members.next()) {
            switch (members.name()) {
                case "order" -> order = in.integer();
                case "title" -> title = in.text();
                case "justification" -> justification = in.text();
                default -> { }
            }
        }
        return justification == null ? members.build(order, title, Orientation::of)
                : members.build(order, title, justification, Orientation::of);
    }

    // ---- money ---------------------------------------------------------------------------------

    private FinancialContribution contribution() throws IOException {
        Members members = in.object(CONTRIBUTION);
        FinancialContribution.Builder builder = FinancialContribution.builder();
        while (members.next()) {
            switch (members.name()) {
                case "id" -> builder.id(in.text());
                case "contributor" -> builder.contributor(in.text());
                case "beneficiary" -> builder.beneficiary(in.text());
                case "amount" -> builder.amount(in.money());
                case "budget" -> {
                    BudgetPeriod budget = budget();
                    if (budget != null) {
                        builder.budget(budget);
                    }
                }
                case "nature" -> builder.nature(in.constant(Format.NATURES));
                case "purpose" -> builder.purpose(in.text());
                case "schedule" -> builder.schedule(schedule());
                default -> { }
            }
        }
        return members.build(builder, FinancialContribution.Builder::build);
    }

    private BudgetPeriod budget() throws IOException {
        String text = in.text();
        // The form is the format's to judge; the order of the years, the model's.
        if (!BUDGET_PERIOD.matcher(text).matches()) {
            throw in.reject(RejectionCode.INVALID_BUDGET_PERIOD, "a budget period is YYYY or YYYY-YYYY, was '"
                    + JsonInput.abbreviate(text) + "'");
        }
        return in.scalar(text, BudgetPeriod::parse);
    }

    private List<Instalment> schedule() throws IOException {
        return in.list(this::instalment);
    }

    private Instalment instalment() throws IOException {
        Members members = in.object(INSTALMENT);
        LocalDate dueOn = null;
        Money amount = null;
        while (members.next()) {
            switch (members.name()) {
                case "dueOn" -> dueOn = in.date();
                case "amount" -> amount = in.money();
                default -> { }
            }
        }
        return members.build(dueOn, amount, Instalment::of);
    }

    // ---- governance ----------------------------------------------------------------------------

    private SteeringCommittee committee() throws IOException {
        Members members = in.object(COMMITTEE);
        SteeringCommittee.Builder builder = SteeringCommittee.builder();
        while (members.next()) {
            switch (members.name()) {
                case "name" -> builder.name(in.text());
                case "mission" -> builder.mission(in.text());
                case "members" -> builder.members(in.list(in::text));
                default -> { }
            }
        }
        return members.build(builder, SteeringCommittee.Builder::build);
    }

    private CommitteeDecision decision() throws IOException {
        Members members = in.object(DECISION);
        LocalDate date = null;
        String statement = null;
        List<Integer> phases = null;
        while (members.next()) {
            switch (members.name()) {
                case "date" -> date = in.date();
                case "statement" -> statement = in.text();
                case "validatedPhases" -> phases = ascending();
                default -> { }
            }
        }
        return members.build(date, statement, phases, CommitteeDecision::of);
    }

    /** A set of integers, written in increasing order without repeats: its one canonical form. */
    private List<Integer> ascending() throws IOException {
        return in.ascendingIntegers();
    }

    // ---- terms ---------------------------------------------------------------------------------

    private Term term() throws IOException {
        Members members = in.object(TERM);
        StartRule start = null;
        TermEnd end = null;
        Renewal renewal = null;
        while (members.next()) {
            switch (members.name()) {
                case "start" -> start = start();
                case "end" -> end = end();
                case "renewal" -> renewal = renewal();
                default -> { }
            }
        }
        return renewal == null ? members.build(start, end, Term::of) : members.build(start, end, renewal, Term::of);
    }

    private StartRule start() throws IOException {
        Members members = in.polymorphicObject();
        String type = members.type();
        StartRule.Kind kind = Format.START_KINDS.constant(type);
        if (kind == null) {
            throw in.reject(RejectionCode.UNKNOWN_TYPE, "'" + JsonInput.abbreviate(type) + "' is not one of "
                    + Format.START_KINDS.description());
        }
        members.use(switch (kind) {
            case ON_SIGNATURE_BY_ALL_PARTIES -> START_WITHOUT_DATE;
            case ON_DATE -> START_WITH_DATE;
            case ON_NOTIFICATION -> START_WITH_OPTIONAL_DATE;
        });
        LocalDate date = null;
        while (members.next()) {
            date = in.date();
        }
        return switch (kind) {
            case ON_SIGNATURE_BY_ALL_PARTIES -> StartRule.onSignatureByAllParties();
            case ON_DATE -> StartRule.onDate(date);
            case ON_NOTIFICATION -> date == null ? StartRule.onNotification() : StartRule.notifiedOn(date);
        };
    }

    private TermEnd end() throws IOException {
        Members members = in.object(END);
        LocalDate date = null;
        Period duration = null;
        while (members.next()) {
            switch (members.name()) {
                case "date" -> date = in.date();
                case "duration" -> duration = in.period();
                default -> { }
            }
        }
        if ((date == null) == (duration == null)) {
            RejectionCode code = date == null ? RejectionCode.MISSING_FIELD : RejectionCode.EXCLUSIVE_FIELDS;
            throw in.reject(code, "an end has either a date or a duration", in.pointer(), members.start());
        }
        return date != null ? members.build(date, TermEnd::on) : members.build(duration, TermEnd::after);
    }

    private Renewal renewal() throws IOException {
        Members members = in.object(RENEWAL);
        Period period = null;
        int max = 0;
        boolean tacit = false;
        while (members.next()) {
            switch (members.name()) {
                case "period" -> period = in.period();
                case "maxRenewals" -> max = in.integer();
                case "tacit" -> tacit = in.bool();
                default -> { }
            }
        }
        return members.build(period, max, tacit, Renewal::of);
    }

    // ---- signatures ----------------------------------------------------------------------------

    private Signature signature() throws IOException {
        Members members = in.object(SIGNATURE);
        String party = null;
        Person signatory = null;
        String capacity = null;
        LocalDate date = null;
        while (members.next()) {
            switch (members.name()) {
                case "party" -> party = in.text();
                case "signatory" -> signatory = person();
                case "capacity" -> capacity = in.text();
                case "date" -> date = in.date();
                default -> { }
            }
        }
        return date == null ? members.build(party, signatory, capacity, Signature::unsigned)
                : members.build(party, signatory, capacity, date, Signature::of);
    }

    // ---- amendments ----------------------------------------------------------------------------

    /** An amendment record: its type, then the members of that type. */
    AmendmentRecord amendmentRecord() throws IOException {
        return amendmentRecord(in.polymorphicObject());
    }

    private AmendmentRecord amendmentRecord(Members members) throws IOException {
        String type = members.type();
        if (AMENDMENT.equals(type)) {
            members.use(AMENDMENT_FIELDS);
            return amendment(members);
        }
        if (UNRECORDED_AMENDMENT.equals(type)) {
            members.use(UNRECORDED);
            return unrecorded(members);
        }
        throw in.reject(RejectionCode.UNKNOWN_TYPE, "'" + JsonInput.abbreviate(type) + "' is not one of " + AMENDMENT + ", "
                + UNRECORDED_AMENDMENT);
    }

    private Amendment amendment(Members members) throws IOException {
        Amendment.Builder builder = Amendment.builder();
        while (members.next()) {
            switch (members.name()) {
                case "number" -> builder.number(in.integer());
                case "title" -> builder.title(in.text());
                case "preamble" -> builder.preamble(in.list(in::text));
                case "articles" -> builder.articles(in.list(this::article));
                case "term" -> {
                    Term term = term();
                    if (term != null) {
                        builder.term(term);
                    }
                }
                case "signatures" -> builder.signatures(in.list(this::signature));
                case "changes" -> builder.changes(in.list(this::change));
                default -> { }
            }
        }
        return members.build(builder, Amendment.Builder::build);
    }

    private UnrecordedAmendment unrecorded(Members members) throws IOException {
        int number = 0;
        String note = null;
        while (members.next()) {
            switch (members.name()) {
                case "number" -> number = in.integer();
                case "note" -> note = in.text();
                default -> { }
            }
        }
        return note == null ? members.build(number, UnrecordedAmendment::of)
                : members.build(number, note, UnrecordedAmendment::of);
    }

    // ---- changes -------------------------------------------------------------------------------

    /** The members of a change, read whatever its type; each kind takes the ones it declares. */
    private static final class ChangeMembers {
        String article;
        int phase;
        Phase phaseValue;
        List<Orientation> orientations;
        dev.conventio.work.PhaseStatus status;
        CommitteeDecision decision;
        String contributionId;
        FinancialContribution contribution;
        Money amount;
        List<Instalment> schedule;
        SteeringCommittee committee;
        Term term;
        TermEnd end;
        StartRule start;
        String partyId;
        Party party;
        Representative representative;
        Mandate mandate;
        Article articleValue;
        String object;
    }

    private Change change() throws IOException {
        Members members = in.polymorphicObject();
        String name = members.type();
        ChangeType type = ChangeType.of(name);
        if (type == null) {
            throw in.reject(RejectionCode.UNKNOWN_TYPE, "'" + JsonInput.abbreviate(name) + "' is not a type of change");
        }
        members.use(type.fields());
        ChangeMembers m = new ChangeMembers();
        while (members.next()) {
            switch (members.name()) {
                case "article" -> m.article = in.text();
                case "phase" -> {
                    if (type == ChangeType.ADD_PHASE || type == ChangeType.REPLACE_PHASE) {
                        m.phaseValue = phase();
                    } else {
                        m.phase = in.integer();
                    }
                }
                case "orientations" -> m.orientations = orientations();
                case "status" -> m.status = in.constant(Format.PHASE_STATUSES);
                case "decision" -> m.decision = decision();
                case "contribution" -> {
                    if (type == ChangeType.ADD_CONTRIBUTION || type == ChangeType.REPLACE_CONTRIBUTION) {
                        m.contribution = contribution();
                    } else {
                        m.contributionId = in.text();
                    }
                }
                case "amount" -> m.amount = in.money();
                case "schedule" -> m.schedule = schedule();
                case "committee" -> m.committee = committee();
                case "term" -> m.term = term();
                case "end" -> m.end = end();
                case "start" -> m.start = start();
                case "party" -> {
                    if (type == ChangeType.ADD_PARTY) {
                        m.party = party();
                    } else {
                        m.partyId = in.text();
                    }
                }
                case "representative" -> m.representative = representative();
                case "mandate" -> m.mandate = mandate();
                case "replacement", "added" -> m.articleValue = article();
                case "object" -> m.object = in.text();
                default -> { }
            }
        }
        return members.build(type, m, ModelReader::change);
    }

    private static Change change(ChangeType type, ChangeMembers m) {
        return switch (type) {
            case SET_ORIENTATIONS -> SetOrientations.of(m.article, m.phase, m.orientations);
            case ADD_PHASE -> AddPhase.of(m.article, m.phaseValue);
            case REPLACE_PHASE -> ReplacePhase.of(m.article, m.phaseValue);
            case REMOVE_PHASE -> RemovePhase.of(m.article, m.phase);
            case CHANGE_PHASE_STATUS -> ChangePhaseStatus.of(m.article, m.phase, m.status);
            case RECORD_DECISION -> RecordDecision.of(m.article, m.decision);
            case ADD_CONTRIBUTION -> AddContribution.of(m.article, m.contribution);
            case REPLACE_CONTRIBUTION -> ReplaceContribution.of(m.article, m.contribution);
            case REMOVE_CONTRIBUTION -> RemoveContribution.of(m.article, m.contributionId);
            case CHANGE_CONTRIBUTION_AMOUNT ->
                    ChangeContributionAmount.of(m.article, m.contributionId, m.amount, m.schedule);
            case CHANGE_CONTRIBUTION_SCHEDULE -> ChangeContributionSchedule.of(m.article, m.contributionId, m.schedule);
            case SET_GOVERNANCE -> SetGovernance.of(m.article, m.committee);
            case SET_TERM -> SetTerm.of(m.article, m.term);
            case CHANGE_TERM_END -> ChangeTermEnd.of(m.article, m.end);
            case CHANGE_TERM_START -> ChangeTermStart.of(m.article, m.start);
            case ADD_PARTY -> AddParty.of(m.article, m.party);
            case REMOVE_PARTY -> RemoveParty.of(m.article, m.partyId);
            case CHANGE_REPRESENTATIVE -> ChangeRepresentative.of(m.article, m.partyId, m.representative);
            case CHANGE_MANDATE -> ChangeMandate.of(m.article, m.partyId, m.mandate);
            case REPLACE_ARTICLE -> ReplaceArticle.of(m.article, m.articleValue);
            case ADD_ARTICLE -> AddArticle.of(m.article, m.articleValue);
            case CHANGE_OBJECT -> ChangeObject.of(m.article, m.object);
        };
    }
}
