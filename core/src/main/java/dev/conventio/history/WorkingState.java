package dev.conventio.history;

import dev.conventio.action.Action;
import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.change.Change;
import dev.conventio.change.TerminateConvention;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.date.PartialDate;
import dev.conventio.decision.Authorisation;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Transfer;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.governance.SteeringCommittee;
import dev.conventio.internal.DecisionDays;
import dev.conventio.objective.Target;
import dev.conventio.party.Party;
import dev.conventio.party.Representation;
import dev.conventio.signature.Signature;
import dev.conventio.term.Term;
import dev.conventio.text.Text;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violations;
import dev.conventio.work.Phase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    static final class PhaseEntry {
        Phase phase;
        Provenance phaseSource;
        Provenance orientationsSource;

        PhaseEntry(Phase phase, Provenance phaseSource, Provenance orientationsSource) {
            this.phase = phase;
            this.phaseSource = phaseSource;
            this.orientationsSource = orientationsSource;
        }
    }

    // The state, read and written by the ChangeApplier of this package.
    private final Convention base;
    Sourced<String> object;
    final Map<String, Sourced<Party>> parties = new LinkedHashMap<>();
    final List<PhaseEntry> phases = new ArrayList<>();
    final Map<String, Sourced<FinancialContribution>> contributions = new LinkedHashMap<>();
    final Map<String, Sourced<Action>> actions = new LinkedHashMap<>();
    final Map<String, Sourced<Target>> targets = new LinkedHashMap<>();
    /** The transfers of the amendments applied, in the order they were applied. */
    final List<Sourced<Transfer>> transfers = new ArrayList<>(0);
    /** In date order, shared with the state this one started from until a decision is recorded. */
    private AppendOnlyList<Sourced<CommitteeDecision>> decisions;
    /** The decisions recorded since this state started, in the order they were recorded. */
    private final List<CommitteeDecision> recorded = new ArrayList<>(0);
    /** Whether a phase was removed since this state started, which the earlier decisions may name. */
    private boolean phaseRemoved;
    /**
     * The decisions recorded by amendments whose own term has ended, in the order they were met (the
     * state puts them in date order): dated facts, never undone, but no longer part of the convention,
     * whose invariants they may not meet.
     */
    private final List<Sourced<CommitteeDecision>> lapsedDecisions = new ArrayList<>(0);
    Sourced<SteeringCommittee> committee;
    Sourced<Term> term;
    /** The preamble and the articles, block by block. */
    final TextWork text;
    /** The termination of the convention, null while none is recorded. */
    Sourced<TerminateConvention> termination;
    /** The numbers of the amendments applied, shared with the state this one started from. */
    private AppendOnlyList<Integer> applied = AppendOnlyList.empty();
    /** Who represented whom in each instrument applied, the base's first; shared likewise. */
    private AppendOnlyList<Map.Entry<Instrument, Representation>> representations;
    /** Whether changes that outlived their amendments were applied: the state is then not the base. */
    private boolean outlived;

    private WorkingState(Convention base) {
        this.base = base;
        Provenance source = Provenance.base();
        object = Sourced.of(base.object(), source);
        base.parties().forEach(party -> parties.put(party.id(), Sourced.of(party, source)));
        base.phases().forEach(phase -> phases.add(new PhaseEntry(phase, source, source)));
        base.contributions().forEach(c -> contributions.put(c.id(), Sourced.of(c, source)));
        base.actions().forEach(a -> actions.put(a.id(), Sourced.of(a, source)));
        base.targets().forEach(t -> targets.put(t.id(), Sourced.of(t, source)));
        List<Sourced<CommitteeDecision>> sourced = new ArrayList<>(base.decisions().size());
        base.decisions().forEach(decision -> sourced.add(Sourced.of(decision, source)));
        decisions = AppendOnlyList.of(sourced);
        committee = base.steeringCommittee().map(value -> Sourced.of(value, source)).orElse(null);
        term = base.term().map(value -> Sourced.of(value, source)).orElse(null);
        text = TextWork.of(base);
        List<Map.Entry<Instrument, Representation>> stated = new ArrayList<>();
        for (Party party : base.parties()) {
            base.representationOf(party.id()).ifPresent(r -> stated.add(Map.entry(Instrument.base(), r)));
        }
        for (Party participant : base.participants()) {
            base.representationOf(participant.id()).ifPresent(r -> stated.add(Map.entry(Instrument.base(), r)));
        }
        representations = AppendOnlyList.of(stated);
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
        snapshot.actions().forEach(a -> actions.put(a.value().id(), a));
        snapshot.targets().forEach(t -> targets.put(t.value().id(), t));
        transfers.addAll(snapshot.transfers());
        decisions = snapshot.state().decisions;
        lapsedDecisions.addAll(snapshot.state().lapsedDecisions);
        committee = snapshot.steeringCommittee().orElse(null);
        term = snapshot.term().orElse(null);
        text = TextWork.of(snapshot.text());
        termination = snapshot.termination().orElse(null);
        applied = snapshot.state().applied;
        representations = snapshot.state().representations;
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
     * Applies every change of an amendment in force, reporting the changes that do not apply under
     * {@code changes[i]}; the changes that do apply are applied regardless.
     *
     * @param amendment  the amendment, not null
     * @param day  the day the state stands on, named in messages, not null
     * @param violations  where to report, not null
     */
    void apply(Amendment amendment, LocalDate day, Violations violations) {
        new ChangeApplier(this, violations, day).apply(amendment, true);
        recordApplied(amendment);
    }

    /** Counts an amendment among those applied, with whom it says represented whom. */
    private void recordApplied(Amendment amendment) {
        applied = applied.append(amendment.number());
        for (Representation representation : amendment.representations()) {
            representations = representations.append(Map.entry(Instrument.amendment(amendment.number()),
                    representation));
        }
    }

    /**
     * Applies every change of an amendment that applies, checking the convention after each: the
     * changes of a result that breaks an invariant, found at fault one by one.
     *
     * @param amendment  the amendment, not null
     * @param day  the day the state stands on, named in messages, not null
     * @param violations  where to report each violation at the member of the change at fault, not null
     * @return whether a change was found at fault
     */
    boolean applyChecked(Amendment amendment, LocalDate day, Violations violations) {
        recordApplied(amendment);
        return new ChangeApplier(this, violations, day).applyChecked(amendment);
    }

    /**
     * Applies the changes of an amendment whose own term has ended that outlive it (see
     * {@link Change#isLasting()}); the amendment no longer counts among those in force.
     */
    void applyLasting(Amendment amendment, LocalDate day, Violations violations) {
        outlived |= new ChangeApplier(this, violations, day).apply(amendment, false);
    }

    /**
     * Gets the identifiers of the parties as they stand.
     *
     * @return the identifiers, in order, never null
     */
    Set<String> partyIds() {
        return parties.keySet();
    }

    /** The day the base convention was concluded. */
    PartialDate concludedOn() {
        return base.concludedOn();
    }

    /**
     * Gets the term as it stands.
     *
     * @return the term, empty when none is recorded, never null
     */
    Optional<Term> term() {
        return term == null ? Optional.empty() : Optional.of(term.value());
    }

    /** Tells whether the decision is recorded already: equal decisions share their date. */
    boolean hasDecision(CommitteeDecision decision) {
        LocalDate day = DecisionDays.orderingDay(decision);
        for (int i = firstOn(day); i < decisions.size(); i++) {
            CommitteeDecision other = decisions.get(i).value();
            if (!DecisionDays.orderingDay(other).equals(day)) {
                return false;
            }
            if (other.equals(decision)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first decision whose ordering day is on or after a day, by bisection. */
    private int firstOn(LocalDate day) {
        int low = 0;
        int high = decisions.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (DecisionDays.orderingDay(decisions.get(middle).value()).isBefore(day)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * Records a decision in date order, after the decisions of the same day already recorded:
     * appended when it is the latest, as decisions usually are, else inserted in a copy.
     */
    void record(Sourced<CommitteeDecision> decision) {
        LocalDate day = DecisionDays.orderingDay(decision.value());
        Sourced<CommitteeDecision> last = decisions.last();
        if (last == null || !day.isBefore(DecisionDays.orderingDay(last.value()))) {
            decisions = decisions.append(decision);
        } else {
            int at = firstOn(day.plusDays(1));
            List<Sourced<CommitteeDecision>> copy = new ArrayList<>(decisions.subList(0, at));
            copy.add(decision);
            copy.addAll(decisions.subList(at, decisions.size()));
            decisions = AppendOnlyList.of(copy);
        }
        recorded.add(decision.value());
    }

    /**
     * Keeps a decision recorded by an amendment whose own term has ended: it stays a fact of the
     * history, shown by the view, outside the convention's decisions.
     */
    void recordLapsed(Sourced<CommitteeDecision> decision) {
        lapsedDecisions.add(decision);
    }

    /** Notes that a phase was removed: the decisions recorded before may name it. */
    void phaseRemoved() {
        phaseRemoved = true;
    }

    /**
     * Checks every invariant of the convention as it stands.
     *
     * <p>The decisions this state started with were checked with the state they come from, and
     * stay valid unless a phase they may name was removed; so the convention checked is the state
     * with only the decisions recorded since, as long as no phase was removed. When it breaks an
     * invariant, the whole convention is checked again, so that the violations are those of the
     * convention as it stands, their paths included.
     *
     * @throws ValidationException if the state breaks an invariant of {@link Convention}
     */
    void check() {
        if (applied.isEmpty() && !outlived) {
            return;   // the base itself, or a state started from it
        }
        if (phaseRemoved) {
            snapshot(LocalDate.MIN, List.of()).convention();
            return;
        }
        List<CommitteeDecision> since = new ArrayList<>(recorded);
        since.sort(DecisionDays.IN_DATE_ORDER);
        try {
            assemble(base, object, values(parties.values()), phaseValues(),
                    values(contributions.values()), values(actions.values()), values(targets.values()), since,
                    Optional.ofNullable(committee).map(Sourced::value), Optional.ofNullable(term).map(Sourced::value),
                    text.preamble.freeze().text(), text.articleValues());
        } catch (ValidationException e) {
            snapshot(LocalDate.MIN, List.of()).convention();
            throw e;
        }
    }

    /**
     * Freezes the state into a consolidated convention, after {@linkplain #check() checking} it.
     *
     * @param date  the date the consolidation is for, not null
     * @param unrecordedBefore  unrecorded amendments that may be in force on that date, not null
     * @return the consolidated convention, never null
     * @throws ValidationException if the state breaks an invariant of {@link Convention}
     */
    ConsolidatedConvention freeze(LocalDate date, List<UnrecordedAmendment> unrecordedBefore) {
        check();
        return snapshot(date, unrecordedBefore);
    }

    private ConsolidatedConvention snapshot(LocalDate date, List<UnrecordedAmendment> unrecordedBefore) {
        List<Sourced<Phase>> sourcedPhases = new ArrayList<>(phases.size());
        List<Provenance> orientationSources = new ArrayList<>(phases.size());
        for (PhaseEntry entry : phases) {
            sourcedPhases.add(Sourced.of(entry.phase, entry.phaseSource));
            orientationSources.add(entry.orientationsSource);
        }
        State state = new State(base, applied.isEmpty() && !outlived ? base : null, object, List.copyOf(parties.values()),
                sourcedPhases, orientationSources, List.copyOf(contributions.values()),
                new State.Programme(List.copyOf(actions.values()), List.copyOf(targets.values()), transfers),
                new State.Decisions(decisions, lapsedDecisions), Optional.ofNullable(committee), Optional.ofNullable(term), text.freeze(), applied,
                Optional.ofNullable(termination), representations);
        return new ConsolidatedConvention(date, state, unrecordedBefore);
    }

    /**
     * Builds a consolidated state as a plain convention, checking every invariant: the base
     * convention with its elements replaced, and its signatures less those of parties removed.
     *
     * @throws dev.conventio.validation.ValidationException if the state breaks an invariant
     */
    static Convention assemble(Convention base, Sourced<String> object, List<Party> parties, List<Phase> phases,
            List<FinancialContribution> contributions, List<Action> actions, List<Target> targets,
            List<CommitteeDecision> decisions, Optional<SteeringCommittee> committee, Optional<Term> term,
            Text preamble, List<Article> articles) {
        Set<String> partyIds = new HashSet<>();
        parties.forEach(party -> partyIds.add(party.id()));
        List<Signature> signatures = new ArrayList<>();
        for (Signature signature : base.signatures()) {
            if (partyIds.contains(signature.party())) {
                signatures.add(signature);
            }
        }
        // The base's statements about a party removed go with it, as its signature does.
        List<Representation> representations = new ArrayList<>();
        base.representations().stream().filter(r -> partyIds.contains(r.party())
                || base.participants().stream().anyMatch(p -> p.id().equals(r.party()))).forEach(representations::add);
        List<Authorisation> authorisations = new ArrayList<>();
        base.authorisations().stream().filter(a -> partyIds.contains(a.party())).forEach(authorisations::add);
        return base.toBuilder().object(object.value()).parties(parties).phases(phases).contributions(contributions)
                .actions(actions).targets(targets).decisions(decisions).steeringCommittee(committee).term(term)
                .preamble(preamble).articles(articles).signatures(signatures).representations(representations)
                .authorisations(authorisations).build();
    }

    private List<Phase> phaseValues() {
        List<Phase> values = new ArrayList<>(phases.size());
        phases.forEach(entry -> values.add(entry.phase));
        return values;
    }

    /** The values of sourced elements, in order. */
    static <T> List<T> values(Collection<Sourced<T>> sourced) {
        List<T> values = new ArrayList<>(sourced.size());
        sourced.forEach(element -> values.add(element.value()));
        return values;
    }
}
