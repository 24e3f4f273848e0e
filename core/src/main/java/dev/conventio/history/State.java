package dev.conventio.history;

import dev.conventio.action.Action;
import dev.conventio.change.TerminateConvention;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Transfer;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.governance.SteeringCommittee;
import dev.conventio.internal.DecisionDays;
import dev.conventio.objective.Target;
import dev.conventio.party.Party;
import dev.conventio.party.Representation;
import dev.conventio.term.Term;
import dev.conventio.work.Phase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A consolidated state of a convention: each element with its provenance, the numbers of the
 * amendments applied, and the state as a plain {@link Convention}, built on first use. The
 * {@linkplain ConsolidatedConvention views} of one state on several days share it.
 *
 * <p>Its invariants were checked by the {@link WorkingState} that made it. Immutable and
 * thread-safe: a race on the plain convention only builds an equal value twice.
 */
final class State {

    final Convention base;
    final Sourced<String> object;
    final List<Sourced<Party>> parties;
    final List<Sourced<Phase>> phases;
    /** The provenance of each phase's orientations, index for index with {@link #phases}. */
    final List<Provenance> orientationSources;
    final List<Sourced<FinancialContribution>> contributions;
    final List<Sourced<Action>> actions;
    final List<Sourced<Target>> targets;
    /** The transfers of the amendments applied, in the order they were applied. */
    final List<Sourced<Transfer>> transfers;
    /** In date order; shared between the states of a history rather than copied for each. */
    final AppendOnlyList<Sourced<CommitteeDecision>> decisions;
    /** The decisions of amendments whose own term has ended, in date order: not in the plain convention. */
    final List<Sourced<CommitteeDecision>> lapsedDecisions;
    final Optional<Sourced<SteeringCommittee>> steeringCommittee;
    final Optional<Sourced<Term>> term;
    final List<Sourced<Article>> articles;
    final ConsolidatedText text;
    final AppendOnlyList<Integer> applied;
    /** The termination of the convention, if recorded: not part of the plain convention. */
    final Optional<Sourced<TerminateConvention>> termination;
    /** Who represented whom in each instrument applied, the base's first. */
    final AppendOnlyList<Map.Entry<Instrument, Representation>> representations;
    private volatile Convention convention;

    /** Sourced decisions in date order; a stable sort keeps those of one day in the order given. */
    private static final Comparator<Sourced<CommitteeDecision>> DECISIONS_IN_DATE_ORDER = Comparator.comparing(
            decision -> DecisionDays.orderingDay(decision.value()));

    /** The actions, targets and transfers of a state, as lists in order. */
    record Programme(List<Sourced<Action>> actions, List<Sourced<Target>> targets, List<Sourced<Transfer>> transfers) {
    }

    /**
     * The decisions of a state: those of the convention (the base's and those of amendments in
     * force) in date order, shared between states, and those of amendments whose term has ended.
     */
    record Decisions(AppendOnlyList<Sourced<CommitteeDecision>> inForce, List<Sourced<CommitteeDecision>> lapsed) {
    }

    /**
     * A state; the lists are copied but for the shared ones.
     *
     * @param convention  the state as a plain convention when known (the base itself when no
     *     amendment applies), else null
     */
    State(Convention base, Convention convention, Sourced<String> object, List<Sourced<Party>> parties,
            List<Sourced<Phase>> phases, List<Provenance> orientationSources,
            List<Sourced<FinancialContribution>> contributions, Programme programme,
            Decisions decisions, Optional<Sourced<SteeringCommittee>> steeringCommittee, Optional<Sourced<Term>> term,
            ConsolidatedText text, AppendOnlyList<Integer> applied,
            Optional<Sourced<TerminateConvention>> termination,
            AppendOnlyList<Map.Entry<Instrument, Representation>> representations) {
        this.base = base;
        this.convention = convention;
        this.object = object;
        this.parties = List.copyOf(parties);
        this.phases = List.copyOf(phases);
        this.orientationSources = List.copyOf(orientationSources);
        this.contributions = List.copyOf(contributions);
        this.actions = List.copyOf(programme.actions);
        this.targets = List.copyOf(programme.targets);
        this.transfers = List.copyOf(programme.transfers);
        this.decisions = decisions.inForce();
        this.lapsedDecisions = inDateOrder(decisions.lapsed());
        this.steeringCommittee = steeringCommittee;
        this.term = term;
        this.text = text;
        List<Sourced<Article>> sourced = new ArrayList<>(text.articles().size());
        text.articles().forEach(article -> sourced.add(Sourced.of(article.article(), article.provenance())));
        this.articles = List.copyOf(sourced);
        this.applied = applied;
        this.termination = termination;
        this.representations = representations;
    }

    /** Every decision recorded, those of the convention and the lapsed ones, in date order. */
    List<Sourced<CommitteeDecision>> allDecisions() {
        if (lapsedDecisions.isEmpty()) {
            return decisions;
        }
        List<Sourced<CommitteeDecision>> all = new ArrayList<>(decisions);
        all.addAll(lapsedDecisions);
        return inDateOrder(all);
    }

    private static List<Sourced<CommitteeDecision>> inDateOrder(List<Sourced<CommitteeDecision>> decisions) {
        if (decisions.isEmpty()) {
            return List.of();
        }
        List<Sourced<CommitteeDecision>> sorted = new ArrayList<>(decisions);
        sorted.sort(DECISIONS_IN_DATE_ORDER);
        return List.copyOf(sorted);
    }

    /** Who represented a party in each instrument applied, in order. */
    Map<Instrument, Representation> representationsOf(String party) {
        Map<Instrument, Representation> found = new LinkedHashMap<>();
        representations.stream().filter(e -> e.getValue().party().equals(party))
                .forEach(e -> found.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(found);
    }

    /** The state as a plain convention. */
    Convention convention() {
        Convention built = convention;
        if (built == null) {
            built = WorkingState.assemble(base, object, WorkingState.values(parties), WorkingState.values(phases),
                    WorkingState.values(contributions), WorkingState.values(actions), WorkingState.values(targets),
                    WorkingState.values(decisions), steeringCommittee.map(Sourced::value), term.map(Sourced::value),
                    text.preamble().text(), WorkingState.values(articles));
            convention = built;
        }
        return built;
    }
}
