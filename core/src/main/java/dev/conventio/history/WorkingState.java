package dev.conventio.history;

import dev.conventio.amendment.Amendment;
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
import dev.conventio.finance.FinancialContribution;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.governance.SteeringCommittee;
import dev.conventio.party.Party;
import dev.conventio.term.Term;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import dev.conventio.validation.ViolationCode;
import dev.conventio.validation.Violations;
import dev.conventio.work.Phase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The convention being consolidated: a mutable working copy of a convention in which each element
 * carries its provenance, so that the changes of many amendments apply in constant time each and
 * the convention is built, and its invariants checked, once at the end.
 *
 * <p>Building a {@link Convention} after each change would copy every list for each change and
 * make consolidation quadratic; this class keeps it linear in the number of changes. It is confined
 * to the thread and the call that create it.
 */
final class WorkingState {

    /** A phase with the provenance of the phase itself and, separately, of its orientations. */
    private static final class PhaseEntry {
        private Phase phase;
        private Provenance phaseSource;
        private Provenance orientationsSource;

        PhaseEntry(Phase phase, Provenance phaseSource, Provenance orientationsSource) {
            this.phase = phase;
            this.phaseSource = phaseSource;
            this.orientationsSource = orientationsSource;
        }
    }

    private final Convention base;
    private Sourced<String> object;
    private final Map<String, Sourced<Party>> parties = new LinkedHashMap<>();
    private final List<PhaseEntry> phases = new ArrayList<>();
    private final Map<String, Sourced<FinancialContribution>> contributions = new LinkedHashMap<>();
    private final List<Sourced<CommitteeDecision>> decisions = new ArrayList<>();
    private final Set<CommitteeDecision> decisionSet = new HashSet<>();
    private Sourced<SteeringCommittee> committee;
    private Sourced<Term> term;
    private final Map<String, Sourced<Article>> articles = new LinkedHashMap<>();
    private final List<Integer> applied = new ArrayList<>();

    private WorkingState(Convention base) {
        this.base = base;
        Provenance source = Provenance.base();
        object = Sourced.of(base.object(), source);
        base.parties().forEach(party -> parties.put(party.id(), Sourced.of(party, source)));
        base.phases().forEach(phase -> phases.add(new PhaseEntry(phase, source, source)));
        base.contributions().forEach(c -> contributions.put(c.id(), Sourced.of(c, source)));
        base.decisions().forEach(decision -> {
            decisions.add(Sourced.of(decision, source));
            decisionSet.add(decision);
        });
        committee = base.steeringCommittee().map(value -> Sourced.of(value, source)).orElse(null);
        term = base.term().map(value -> Sourced.of(value, source)).orElse(null);
        base.articles().forEach(article ->
                articles.put(article.number(), Sourced.of(article, Provenance.of(Instrument.base(), article.number()))));
    }

    private WorkingState(Convention base, ConsolidatedConvention snapshot) {
        this.base = base;
        object = snapshot.object();
        snapshot.parties().forEach(party -> parties.put(party.value().id(), party));
        for (Sourced<Phase> phase : snapshot.phases()) {
            phases.add(new PhaseEntry(phase.value(), phase.provenance(),
                    snapshot.orientationsProvenance(phase.value().number())));
        }
        snapshot.contributions().forEach(c -> contributions.put(c.value().id(), c));
        snapshot.decisions().forEach(decision -> {
            decisions.add(decision);
            decisionSet.add(decision.value());
        });
        committee = snapshot.steeringCommittee().orElse(null);
        term = snapshot.term().orElse(null);
        snapshot.articles().forEach(article -> articles.put(article.value().number(), article));
        applied.addAll(snapshot.amendmentsInForce());
    }

    /**
     * Starts from the base convention, every element sourced from it.
     *
     * @param base  the base convention, not null
     * @return a new working state, never null
     */
    static WorkingState of(Convention base) {
        return new WorkingState(base);
    }

    /**
     * Starts from a consolidation of the base convention, rather than apply its amendments again:
     * copying the state costs its size, not the number of changes that led to it.
     *
     * @param base  the base convention the snapshot consolidates, not null
     * @param snapshot  the state to start from, not null
     * @return a new working state, never null
     */
    static WorkingState from(Convention base, ConsolidatedConvention snapshot) {
        return new WorkingState(base, snapshot);
    }

    /**
     * Applies every change of an amendment, reporting the changes that do not apply under
     * {@code changes[i]}; the changes that do apply are applied regardless.
     *
     * @param amendment  the amendment, not null
     * @param day  the day the state stands on, named in messages, not null
     * @param violations  where to report, not null
     */
    void apply(Amendment amendment, LocalDate day, Violations violations) {
        Instrument instrument = Instrument.amendment(amendment.number());
        Applier applier = new Applier(violations, day);
        List<Change> changes = amendment.changes();
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            applier.index = i;
            applier.source = Provenance.of(instrument, change.article());
            try {
                change.accept(applier);
            } catch (ValidationException e) {
                reportInvalid(e, applier.path(), violations);
            }
        }
        applied.add(amendment.number());
    }

    /**
     * Reports each violation of a value that a change would produce as a
     * {@link dev.conventio.history.HistoryCodes#CHANGE_RESULT_INVALID} under the given path, keeping its message.
     */
    static void reportInvalid(ValidationException e, String path, Violations violations) {
        for (Violation violation : e.violations()) {
            violations.add(HistoryCodes.CHANGE_RESULT_INVALID, path, "the result would break an invariant: " + violation);
        }
    }

    /**
     * Gets the identifiers of the parties as they stand.
     *
     * @return the identifiers, in order, never null
     */
    Set<String> partyIds() {
        return parties.keySet();
    }

    /**
     * Gets the term as it stands.
     *
     * @return the term, empty when none is recorded, never null
     */
    Optional<Term> term() {
        return term == null ? Optional.empty() : Optional.of(term.value());
    }

    /**
     * Builds the convention as it stands, checking every invariant once.
     *
     * @return the convention, never null
     * @throws ValidationException if the state breaks an invariant of {@link Convention}
     */
    Convention toConvention() {
        sortDecisions();
        return base.toBuilder()
                .object(object.value())
                .parties(values(parties.values()))
                .phases(phases.stream().map(entry -> entry.phase).collect(Collectors.toList()))
                .contributions(values(contributions.values()))
                .decisions(values(decisions))
                .steeringCommittee(Optional.ofNullable(committee).map(Sourced::value))
                .term(Optional.ofNullable(term).map(Sourced::value))
                .articles(values(articles.values()))
                .signatures(base.signatures().stream().filter(s -> parties.containsKey(s.party()))
                        .collect(Collectors.toList()))
                .build();
    }

    /**
     * Freezes the state into a consolidated convention.
     *
     * @param date  the date the consolidation is for, not null
     * @param unrecordedBefore  unrecorded amendments that may be in force on that date, not null
     * @return the consolidated convention, never null
     * @throws ValidationException if the state breaks an invariant of {@link Convention}
     */
    ConsolidatedConvention freeze(LocalDate date, List<UnrecordedAmendment> unrecordedBefore) {
        Convention convention = toConvention();
        List<Sourced<Phase>> sourcedPhases = new ArrayList<>(phases.size());
        List<Provenance> orientationSources = new ArrayList<>(phases.size());
        for (PhaseEntry entry : phases) {
            sourcedPhases.add(Sourced.of(entry.phase, entry.phaseSource));
            orientationSources.add(entry.orientationsSource);
        }
        return new ConsolidatedConvention(date, convention, object, List.copyOf(parties.values()), sourcedPhases,
                orientationSources, List.copyOf(contributions.values()), decisions, Optional.ofNullable(committee),
                Optional.ofNullable(term), List.copyOf(articles.values()), applied, unrecordedBefore);
    }

    private void sortDecisions() {
        for (int i = 1; i < decisions.size(); i++) {
            if (decisions.get(i).value().date().isBefore(decisions.get(i - 1).value().date())) {
                // List.sort is stable: decisions of the same day keep the order they were recorded in.
                decisions.sort(Comparator.comparing(decision -> decision.value().date()));
                return;
            }
        }
    }

    private static <T> List<T> values(Collection<Sourced<T>> sourced) {
        List<T> values = new ArrayList<>(sourced.size());
        sourced.forEach(element -> values.add(element.value()));
        return values;
    }

    /**
     * Applies one change at a time; {@link #index} and {@link #source} are set before each. The
     * path and the wording of the day are built only when a violation is reported: a history
     * applies every amendment in force each time it consolidates.
     */
    private final class Applier implements ChangeVisitor<Void> {

        private final Violations violations;
        private final LocalDate day;
        private int index;
        private Provenance source;

        Applier(Violations violations, LocalDate day) {
            this.violations = violations;
            this.day = day;
        }

        private String path() {
            return "changes[" + index + "]";
        }

        private String standing() {
            return "on " + day;
        }

        private void missing(String what) {
            violations.add(HistoryCodes.CHANGE_TARGET_MISSING, path(),
                    what + " does not exist in the convention as it stands " + standing());
        }

        private void exists(String what) {
            violations.add(HistoryCodes.CHANGE_TARGET_EXISTS, path(),
                    what + " already exists in the convention as it stands " + standing());
        }

        private PhaseEntry phase(int number) {
            if (number < 1 || number > phases.size()) {
                missing("phase " + number);
                return null;
            }
            return phases.get(number - 1);
        }

        private Sourced<FinancialContribution> contribution(String id) {
            Sourced<FinancialContribution> found = contributions.get(id);
            if (found == null) {
                missing("contribution '" + id + "'");
            }
            return found;
        }

        private Sourced<Party> party(String id) {
            Sourced<Party> found = parties.get(id);
            if (found == null) {
                missing("party '" + id + "'");
            }
            return found;
        }

        private Void putContribution(FinancialContribution contribution) {
            contributions.put(contribution.id(), Sourced.of(contribution, source));
            return null;
        }

        private Void putParty(Party party) {
            parties.put(party.id(), Sourced.of(party, source));
            return null;
        }

        private Void setTerm(Term value) {
            term = Sourced.of(value, source);
            return null;
        }

        @Override
        public Void visit(SetOrientations change) {
            PhaseEntry entry = phase(change.phase());
            if (entry != null) {
                entry.phase = entry.phase.withOrientations(change.orientations());
                entry.orientationsSource = source;
            }
            return null;
        }

        @Override
        public Void visit(AddPhase change) {
            int number = change.phase().number();
            if (number <= phases.size()) {
                exists("phase " + number);
            } else if (number != phases.size() + 1) {
                violations.add(HistoryCodes.CHANGE_RESULT_INVALID, path(), "phase " + number
                        + " would leave a gap: the next phase of the convention as it stands " + standing()
                        + " is phase " + (phases.size() + 1));
            } else {
                phases.add(new PhaseEntry(change.phase(), source, source));
            }
            return null;
        }

        @Override
        public Void visit(ReplacePhase change) {
            PhaseEntry entry = phase(change.phase().number());
            if (entry != null) {
                entry.phase = change.phase();
                entry.phaseSource = source;
                entry.orientationsSource = source;
            }
            return null;
        }

        @Override
        public Void visit(RemovePhase change) {
            PhaseEntry entry = phase(change.phase());
            if (entry == null) {
                return null;
            }
            if (change.phase() != phases.size()) {
                violations.add(HistoryCodes.CHANGE_RESULT_INVALID, path(), "only the last phase, phase "
                        + phases.size() + ", may be removed, so that phases stay numbered 1..n; not phase "
                        + change.phase());
            } else {
                phases.remove(phases.size() - 1);
            }
            return null;
        }

        @Override
        public Void visit(ChangePhaseStatus change) {
            PhaseEntry entry = phase(change.phase());
            if (entry != null) {
                entry.phase = entry.phase.withStatus(change.status());
                entry.phaseSource = source;
            }
            return null;
        }

        @Override
        public Void visit(RecordDecision change) {
            if (!decisionSet.add(change.decision())) {
                exists("the decision of " + change.decision().date() + " « " + change.decision().statement() + " »");
            } else {
                decisions.add(Sourced.of(change.decision(), source));
            }
            return null;
        }

        @Override
        public Void visit(AddContribution change) {
            if (contributions.containsKey(change.contribution().id())) {
                exists("contribution '" + change.contribution().id() + "'");
                return null;
            }
            return putContribution(change.contribution());
        }

        @Override
        public Void visit(ReplaceContribution change) {
            return contribution(change.contribution().id()) == null ? null : putContribution(change.contribution());
        }

        @Override
        public Void visit(RemoveContribution change) {
            if (contribution(change.contribution()) != null) {
                contributions.remove(change.contribution());
            }
            return null;
        }

        @Override
        public Void visit(ChangeContributionAmount change) {
            Sourced<FinancialContribution> old = contribution(change.contribution());
            return old == null ? null : putContribution(FinancialContribution.builder().from(old.value())
                    .amount(change.amount()).schedule(change.schedule()).build());
        }

        @Override
        public Void visit(ChangeContributionSchedule change) {
            Sourced<FinancialContribution> old = contribution(change.contribution());
            return old == null ? null : putContribution(old.value().withSchedule(change.schedule()));
        }

        @Override
        public Void visit(SetGovernance change) {
            committee = Sourced.of(change.committee(), source);
            return null;
        }

        @Override
        public Void visit(SetTerm change) {
            return setTerm(change.term());
        }

        @Override
        public Void visit(ChangeTermEnd change) {
            if (term == null) {
                missing("the term");
                return null;
            }
            return setTerm(term.value().withEnd(change.end()));
        }

        @Override
        public Void visit(ChangeTermStart change) {
            if (term == null) {
                missing("the term");
                return null;
            }
            return setTerm(term.value().withStart(change.start()));
        }

        @Override
        public Void visit(AddParty change) {
            if (parties.containsKey(change.party().id())) {
                exists("party '" + change.party().id() + "'");
                return null;
            }
            return putParty(change.party());
        }

        @Override
        public Void visit(RemoveParty change) {
            if (party(change.party()) != null) {
                parties.remove(change.party());
            }
            return null;
        }

        @Override
        public Void visit(ChangeRepresentative change) {
            Sourced<Party> old = party(change.party());
            return old == null ? null : putParty(old.value().withRepresentative(change.representative()));
        }

        @Override
        public Void visit(ChangeMandate change) {
            Sourced<Party> old = party(change.party());
            return old == null ? null : putParty(old.value().withMandate(change.mandate()));
        }

        @Override
        public Void visit(ReplaceArticle change) {
            String number = change.replacement().number();
            if (!articles.containsKey(number)) {
                missing("article " + number);
                return null;
            }
            articles.put(number, Sourced.of(change.replacement(), source));
            return null;
        }

        @Override
        public Void visit(AddArticle change) {
            String number = change.added().number();
            if (articles.containsKey(number)) {
                exists("article " + number);
                return null;
            }
            articles.put(number, Sourced.of(change.added(), source));
            return null;
        }

        @Override
        public Void visit(ChangeObject change) {
            object = Sourced.of(change.object(), source);
            return null;
        }
    }
}
