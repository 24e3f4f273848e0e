package dev.conventio.serialization;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
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
import dev.conventio.change.ChangeVisitor;
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
import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.History;
import dev.conventio.history.Instrument;
import dev.conventio.history.Provenance;
import dev.conventio.history.Sourced;
import dev.conventio.party.Mandate;
import dev.conventio.party.Party;
import dev.conventio.party.Person;
import dev.conventio.party.Representative;
import dev.conventio.signature.Signature;
import dev.conventio.term.Renewal;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.work.Orientation;
import dev.conventio.work.Phase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;

/**
 * Writes the values of the model in the format's canonical form: members in a fixed order (the
 * model's declaration order), optional members left out when absent, collections always written.
 *
 * <p>Not thread-safe: one instance per write, on one generator.
 */
final class ModelWriter {

    /**
     * Writes one value of a list or an optional member. It takes the writer as an argument so that
     * the writers passed are method references such as {@code ModelWriter::party} or lambdas that
     * capture nothing: those are constants, where a reference bound to this writer or to its
     * generator would be allocated at every list and optional member of every write.
     */
    @FunctionalInterface
    interface ValueWriter<T> {
        void write(ModelWriter writer, T value) throws IOException;
    }

    private final JsonGenerator g;
    private final ChangeWriter changes = new ChangeWriter();
    /** The characters of a date or a budget period being written, so that writing one allocates nothing. */
    private final char[] digits = new char[10];

    ModelWriter(JsonGenerator generator) {
        this.g = generator;
    }

    // ---- documents -----------------------------------------------------------------------------

    private void version() throws IOException {
        numberField(Names.FORMAT_VERSION, Format.VERSION);
    }

    void conventionDocument(Convention convention) throws IOException {
        g.writeStartObject();
        version();
        conventionMembers(convention);
        g.writeEndObject();
    }

    void amendmentDocument(AmendmentRecord amendment) throws IOException {
        g.writeStartObject();
        version();
        amendmentMembers(amendment);
        g.writeEndObject();
    }

    void historyDocument(History history) throws IOException {
        g.writeStartObject();
        version();
        g.writeFieldName(Names.BASE);
        convention(history.base());
        list(Names.AMENDMENTS, history.amendments(), ModelWriter::amendmentRecord);
        g.writeEndObject();
    }

    /**
     * A consolidated view: the convention in force on a date, in the convention's own form, and
     * beside it the provenance of each element, list for list and position for position.
     */
    void consolidatedDocument(ConsolidatedConvention view) throws IOException {
        g.writeStartObject();
        version();
        date(Names.DATE, view.date());
        list(Names.AMENDMENTS_IN_FORCE, view.amendmentsInForce(), ModelWriter::number);
        list(Names.UNRECORDED_BEFORE, view.unrecordedBefore(), ModelWriter::amendmentRecord);
        booleanField(Names.POSSIBLY_INCOMPLETE, view.isPossiblyIncomplete());
        g.writeFieldName(Names.CONVENTION);
        convention(view.convention());
        g.writeFieldName(Names.PROVENANCE);
        g.writeStartObject();
        g.writeFieldName(Names.OBJECT);
        provenance(view.object().provenance());
        list(Names.PARTIES, view.parties(), ModelWriter::provenance);
        list(Names.ARTICLES, view.articles(), ModelWriter::provenance);
        list(Names.PHASES, view.phases(), (writer, phase) -> {
            writer.g.writeStartObject();
            writer.g.writeFieldName(Names.PHASE);
            writer.provenance(phase.provenance());
            List<Sourced<Orientation>> orientations = view.orientations(phase.value().number());
            if (!orientations.isEmpty()) {
                writer.g.writeFieldName(Names.ORIENTATIONS);
                writer.provenance(orientations.get(0).provenance());
            }
            writer.g.writeEndObject();
        });
        list(Names.CONTRIBUTIONS, view.contributions(), ModelWriter::provenance);
        optional(Names.STEERING_COMMITTEE, view.steeringCommittee(), ModelWriter::provenance);
        list(Names.DECISIONS, view.decisions(), ModelWriter::provenance);
        optional(Names.TERM, view.term(), ModelWriter::provenance);
        g.writeEndObject();
        g.writeEndObject();
    }

    private void provenance(Sourced<?> sourced) throws IOException {
        provenance(sourced.provenance());
    }

    private void provenance(Provenance provenance) throws IOException {
        g.writeStartObject();
        Instrument instrument = provenance.instrument();
        if (instrument.isBase()) {
            stringField(Names.INSTRUMENT, "base");
        } else {
            stringField(Names.INSTRUMENT, "amendment");
            numberField(Names.NUMBER, instrument.amendmentNumber().getAsInt());
        }
        text(Names.ARTICLE, provenance.article());
        g.writeEndObject();
    }

    // ---- convention ----------------------------------------------------------------------------

    void convention(Convention convention) throws IOException {
        g.writeStartObject();
        conventionMembers(convention);
        g.writeEndObject();
    }

    private void conventionMembers(Convention c) throws IOException {
        stringField(Names.REFERENCE, c.reference());
        stringField(Names.OBJECT, c.object());
        list(Names.PARTIES, c.parties(), ModelWriter::party);
        date(Names.CONCLUDED_ON, c.concludedOn());
        list(Names.LEGAL_BASES, c.legalBases(), ModelWriter::string);
        text(Names.PUBLICATION, c.publication());
        text(Names.AMENDMENT_CLAUSE, c.amendmentClause());
        list(Names.ARTICLES, c.articles(), ModelWriter::article);
        list(Names.PHASES, c.phases(), ModelWriter::phase);
        list(Names.CONTRIBUTIONS, c.contributions(), ModelWriter::contribution);
        optional(Names.STEERING_COMMITTEE, c.steeringCommittee(), ModelWriter::committee);
        list(Names.DECISIONS, c.decisions(), ModelWriter::decision);
        optional(Names.TERM, c.term(), ModelWriter::term);
        list(Names.SIGNATURES, c.signatures(), ModelWriter::signature);
    }

    // ---- shared forms --------------------------------------------------------------------------

    private <T> void list(SerializableString name, Collection<T> values, ValueWriter<T> writer) throws IOException {
        g.writeFieldName(name);
        g.writeStartArray();
        for (T value : values) {
            writer.write(this, value);
        }
        g.writeEndArray();
    }

    private <T> void optional(SerializableString name, Optional<T> value, ValueWriter<T> writer) throws IOException {
        if (value.isPresent()) {
            g.writeFieldName(name);
            writer.write(this, value.get());
        }
    }

    private void string(String value) throws IOException {
        g.writeString(value);
    }

    private void number(int value) throws IOException {
        g.writeNumber(value);
    }

    private void stringField(SerializableString name, String value) throws IOException {
        g.writeFieldName(name);
        g.writeString(value);
    }

    private void numberField(SerializableString name, int value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(value);
    }

    private void booleanField(SerializableString name, boolean value) throws IOException {
        g.writeFieldName(name);
        g.writeBoolean(value);
    }

    private void text(SerializableString name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            stringField(name, value.get());
        }
    }

    private void date(SerializableString name, LocalDate date) throws IOException {
        g.writeFieldName(name);
        date(date);
    }

    /**
     * A date as {@link LocalDate#toString()} writes it, {@code YYYY-MM-DD}, from the characters of
     * this writer rather than from a new StringBuilder and String for each date; years outside
     * 0000–9999, which {@code toString()} writes with a sign or more digits, are left to it.
     */
    void date(LocalDate date) throws IOException {
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            g.writeString(date.toString());
            return;
        }
        fourDigits(0, year);
        digits[4] = '-';
        twoDigits(5, date.getMonthValue());
        digits[7] = '-';
        twoDigits(8, date.getDayOfMonth());
        g.writeString(digits, 0, 10);
    }

    /**
     * A budget period as {@link BudgetPeriod#toString()} writes it, {@code YYYY} or {@code YYYY-YYYY}
     * (its years have four digits, 0000 to 9999), without the strings that method concatenates.
     */
    void budget(BudgetPeriod budget) throws IOException {
        fourDigits(0, budget.first().getValue());
        if (budget.isSingleYear()) {
            g.writeString(digits, 0, 4);
            return;
        }
        digits[4] = '-';
        fourDigits(5, budget.last().getValue());
        g.writeString(digits, 0, 9);
    }

    private void fourDigits(int at, int value) {
        twoDigits(at, value / 100);
        twoDigits(at + 2, value % 100);
    }

    private void twoDigits(int at, int value) {
        digits[at] = (char) ('0' + value / 10);
        digits[at + 1] = (char) ('0' + value % 10);
    }

    private void money(SerializableString name, Money money) throws IOException {
        g.writeFieldName(name);
        g.writeStartObject();
        stringField(Names.AMOUNT, MoneyFormat.amount(money));
        stringField(Names.CURRENCY, money.getCurrencyUnit().getCode());
        g.writeEndObject();
    }

    // ---- parties -------------------------------------------------------------------------------

    private void party(Party party) throws IOException {
        g.writeStartObject();
        stringField(Names.ID, party.id());
        stringField(Names.NAME, party.name());
        stringField(Names.KIND, Format.PARTY_KINDS.name(party.kind()));
        optional(Names.SIREN, party.siren(), (writer, siren) -> writer.string(siren.toString()));
        optional(Names.SIRET, party.siret(), (writer, siret) -> writer.string(siret.toString()));
        optional(Names.REPRESENTATIVE, party.representative(), ModelWriter::representative);
        optional(Names.MANDATE, party.mandate(), ModelWriter::mandate);
        g.writeEndObject();
    }

    private void representative(Representative representative) throws IOException {
        g.writeStartObject();
        g.writeFieldName(Names.PERSON);
        person(representative.person());
        stringField(Names.TITLE, representative.title());
        booleanField(Names.OR_DELEGATE, representative.orDelegate());
        g.writeEndObject();
    }

    private void person(Person person) throws IOException {
        g.writeStartObject();
        optional(Names.CIVILITY, person.civility(),
                (writer, civility) -> writer.string(Format.CIVILITIES.name(civility)));
        stringField(Names.FULL_NAME, person.fullName());
        g.writeEndObject();
    }

    private void mandate(Mandate mandate) throws IOException {
        g.writeStartObject();
        stringField(Names.DECIDING_BODY, mandate.decidingBody());
        text(Names.DELIBERATION_NUMBER, mandate.deliberationNumber());
        date(Names.DATE, mandate.date());
        g.writeEndObject();
    }

    // ---- articles, phases ----------------------------------------------------------------------

    private void article(Article article) throws IOException {
        g.writeStartObject();
        stringField(Names.NUMBER, article.number());
        text(Names.TITLE, article.title());
        text(Names.TEXT, article.text());
        g.writeEndObject();
    }

    private void phase(Phase phase) throws IOException {
        g.writeStartObject();
        numberField(Names.NUMBER, phase.number());
        stringField(Names.TITLE, phase.title());
        text(Names.DESCRIPTION, phase.description());
        stringField(Names.STATUS, Format.PHASE_STATUSES.name(phase.status()));
        list(Names.ORIENTATIONS, phase.orientations(), ModelWriter::orientation);
        g.writeEndObject();
    }

    private void orientation(Orientation orientation) throws IOException {
        g.writeStartObject();
        numberField(Names.ORDER, orientation.order());
        stringField(Names.TITLE, orientation.title());
        text(Names.JUSTIFICATION, orientation.justification());
        g.writeEndObject();
    }

    // ---- money ---------------------------------------------------------------------------------

    private void contribution(FinancialContribution contribution) throws IOException {
        g.writeStartObject();
        stringField(Names.ID, contribution.id());
        stringField(Names.CONTRIBUTOR, contribution.contributor());
        stringField(Names.BENEFICIARY, contribution.beneficiary());
        money(Names.AMOUNT, contribution.amount());
        g.writeFieldName(Names.BUDGET);
        budget(contribution.budget());
        stringField(Names.NATURE, Format.NATURES.name(contribution.nature()));
        text(Names.PURPOSE, contribution.purpose());
        list(Names.SCHEDULE, contribution.schedule(), ModelWriter::instalment);
        g.writeEndObject();
    }

    private void instalment(Instalment instalment) throws IOException {
        g.writeStartObject();
        date(Names.DUE_ON, instalment.dueOn());
        money(Names.AMOUNT, instalment.amount());
        g.writeEndObject();
    }

    // ---- governance ----------------------------------------------------------------------------

    private void committee(SteeringCommittee committee) throws IOException {
        g.writeStartObject();
        stringField(Names.NAME, committee.name());
        text(Names.MISSION, committee.mission());
        list(Names.MEMBERS, committee.members(), ModelWriter::string);
        g.writeEndObject();
    }

    private void decision(CommitteeDecision decision) throws IOException {
        g.writeStartObject();
        date(Names.DATE, decision.date());
        stringField(Names.STATEMENT, decision.statement());
        // The set itself, in its order: a copy into a list per decision was garbage.
        list(Names.VALIDATED_PHASES, decision.validatedPhases(), ModelWriter::number);
        g.writeEndObject();
    }

    // ---- terms ---------------------------------------------------------------------------------

    private void term(Term term) throws IOException {
        g.writeStartObject();
        g.writeFieldName(Names.START);
        start(term.start());
        g.writeFieldName(Names.END);
        end(term.end());
        optional(Names.RENEWAL, term.renewal(), ModelWriter::renewal);
        g.writeEndObject();
    }

    private void start(StartRule start) throws IOException {
        g.writeStartObject();
        stringField(Names.TYPE, Format.START_KINDS.name(start.kind()));
        optional(Names.DATE, start.date(), ModelWriter::date);
        g.writeEndObject();
    }

    private void end(TermEnd end) throws IOException {
        g.writeStartObject();
        optional(Names.DATE, end.date(), ModelWriter::date);
        optional(Names.DURATION, end.duration(), (writer, duration) -> writer.string(duration.toString()));
        g.writeEndObject();
    }

    private void renewal(Renewal renewal) throws IOException {
        g.writeStartObject();
        stringField(Names.PERIOD, renewal.period().toString());
        numberField(Names.MAX_RENEWALS, renewal.maxRenewals());
        booleanField(Names.TACIT, renewal.tacit());
        g.writeEndObject();
    }

    // ---- signatures ----------------------------------------------------------------------------

    private void signature(Signature signature) throws IOException {
        g.writeStartObject();
        stringField(Names.PARTY, signature.party());
        g.writeFieldName(Names.SIGNATORY);
        person(signature.signatory());
        stringField(Names.CAPACITY, signature.capacity());
        optional(Names.DATE, signature.date(), ModelWriter::date);
        g.writeEndObject();
    }

    // ---- amendments ----------------------------------------------------------------------------

    void amendmentRecord(AmendmentRecord amendment) throws IOException {
        g.writeStartObject();
        amendmentMembers(amendment);
        g.writeEndObject();
    }

    private void amendmentMembers(AmendmentRecord record) throws IOException {
        if (record instanceof Amendment) {
            Amendment amendment = (Amendment) record;
            stringField(Names.TYPE, ModelReader.AMENDMENT);
            numberField(Names.NUMBER, amendment.number());
            text(Names.TITLE, amendment.title());
            list(Names.PREAMBLE, amendment.preamble(), ModelWriter::string);
            list(Names.ARTICLES, amendment.articles(), ModelWriter::article);
            g.writeFieldName(Names.TERM);
            term(amendment.term());
            list(Names.SIGNATURES, amendment.signatures(), ModelWriter::signature);
            list(Names.CHANGES, amendment.changes(), ModelWriter::change);
        } else {
            UnrecordedAmendment unrecorded = (UnrecordedAmendment) record;
            stringField(Names.TYPE, ModelReader.UNRECORDED_AMENDMENT);
            numberField(Names.NUMBER, unrecorded.number());
            text(Names.NOTE, unrecorded.note());
        }
    }

    // ---- changes -------------------------------------------------------------------------------

    private void change(Change change) throws IOException {
        try {
            change.accept(changes);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Writes the members of a change after its type and article. */
    @FunctionalInterface
    private interface ChangeMembers {
        void write() throws IOException;
    }

    /** Writes each kind of change; the visitor makes a new kind a compile error until it is written. */
    private final class ChangeWriter implements ChangeVisitor<Void> {

        private void open(ChangeType type, Change change) {
            try {
                g.writeStartObject();
                stringField(Names.TYPE, type.typeName());
                stringField(Names.ARTICLE, change.article());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Void close(ChangeMembers members) {
            try {
                members.write();
                g.writeEndObject();
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Void visit(SetOrientations change) {
            open(ChangeType.SET_ORIENTATIONS, change);
            return close(() -> {
                numberField(Names.PHASE, change.phase());
                list(Names.ORIENTATIONS, change.orientations(), ModelWriter::orientation);
            });
        }

        @Override
        public Void visit(AddPhase change) {
            open(ChangeType.ADD_PHASE, change);
            return close(() -> {
                g.writeFieldName(Names.PHASE);
                phase(change.phase());
            });
        }

        @Override
        public Void visit(ReplacePhase change) {
            open(ChangeType.REPLACE_PHASE, change);
            return close(() -> {
                g.writeFieldName(Names.PHASE);
                phase(change.phase());
            });
        }

        @Override
        public Void visit(RemovePhase change) {
            open(ChangeType.REMOVE_PHASE, change);
            return close(() -> numberField(Names.PHASE, change.phase()));
        }

        @Override
        public Void visit(ChangePhaseStatus change) {
            open(ChangeType.CHANGE_PHASE_STATUS, change);
            return close(() -> {
                numberField(Names.PHASE, change.phase());
                stringField(Names.STATUS, Format.PHASE_STATUSES.name(change.status()));
            });
        }

        @Override
        public Void visit(RecordDecision change) {
            open(ChangeType.RECORD_DECISION, change);
            return close(() -> {
                g.writeFieldName(Names.DECISION);
                decision(change.decision());
            });
        }

        @Override
        public Void visit(AddContribution change) {
            open(ChangeType.ADD_CONTRIBUTION, change);
            return close(() -> {
                g.writeFieldName(Names.CONTRIBUTION);
                contribution(change.contribution());
            });
        }

        @Override
        public Void visit(ReplaceContribution change) {
            open(ChangeType.REPLACE_CONTRIBUTION, change);
            return close(() -> {
                g.writeFieldName(Names.CONTRIBUTION);
                contribution(change.contribution());
            });
        }

        @Override
        public Void visit(RemoveContribution change) {
            open(ChangeType.REMOVE_CONTRIBUTION, change);
            return close(() -> stringField(Names.CONTRIBUTION, change.contribution()));
        }

        @Override
        public Void visit(ChangeContributionAmount change) {
            open(ChangeType.CHANGE_CONTRIBUTION_AMOUNT, change);
            return close(() -> {
                stringField(Names.CONTRIBUTION, change.contribution());
                money(Names.AMOUNT, change.amount());
                list(Names.SCHEDULE, change.schedule(), ModelWriter::instalment);
            });
        }

        @Override
        public Void visit(ChangeContributionSchedule change) {
            open(ChangeType.CHANGE_CONTRIBUTION_SCHEDULE, change);
            return close(() -> {
                stringField(Names.CONTRIBUTION, change.contribution());
                list(Names.SCHEDULE, change.schedule(), ModelWriter::instalment);
            });
        }

        @Override
        public Void visit(SetGovernance change) {
            open(ChangeType.SET_GOVERNANCE, change);
            return close(() -> {
                g.writeFieldName(Names.COMMITTEE);
                committee(change.committee());
            });
        }

        @Override
        public Void visit(SetTerm change) {
            open(ChangeType.SET_TERM, change);
            return close(() -> {
                g.writeFieldName(Names.TERM);
                term(change.term());
            });
        }

        @Override
        public Void visit(ChangeTermEnd change) {
            open(ChangeType.CHANGE_TERM_END, change);
            return close(() -> {
                g.writeFieldName(Names.END);
                end(change.end());
            });
        }

        @Override
        public Void visit(ChangeTermStart change) {
            open(ChangeType.CHANGE_TERM_START, change);
            return close(() -> {
                g.writeFieldName(Names.START);
                start(change.start());
            });
        }

        @Override
        public Void visit(AddParty change) {
            open(ChangeType.ADD_PARTY, change);
            return close(() -> {
                g.writeFieldName(Names.PARTY);
                party(change.party());
            });
        }

        @Override
        public Void visit(RemoveParty change) {
            open(ChangeType.REMOVE_PARTY, change);
            return close(() -> stringField(Names.PARTY, change.party()));
        }

        @Override
        public Void visit(ChangeRepresentative change) {
            open(ChangeType.CHANGE_REPRESENTATIVE, change);
            return close(() -> {
                stringField(Names.PARTY, change.party());
                g.writeFieldName(Names.REPRESENTATIVE);
                representative(change.representative());
            });
        }

        @Override
        public Void visit(ChangeMandate change) {
            open(ChangeType.CHANGE_MANDATE, change);
            return close(() -> {
                stringField(Names.PARTY, change.party());
                g.writeFieldName(Names.MANDATE);
                mandate(change.mandate());
            });
        }

        @Override
        public Void visit(ReplaceArticle change) {
            open(ChangeType.REPLACE_ARTICLE, change);
            return close(() -> {
                g.writeFieldName(Names.REPLACEMENT);
                article(change.replacement());
            });
        }

        @Override
        public Void visit(AddArticle change) {
            open(ChangeType.ADD_ARTICLE, change);
            return close(() -> {
                g.writeFieldName(Names.ADDED);
                article(change.added());
            });
        }

        @Override
        public Void visit(ChangeObject change) {
            open(ChangeType.CHANGE_OBJECT, change);
            return close(() -> stringField(Names.OBJECT, change.object()));
        }
    }
}
