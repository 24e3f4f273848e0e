package dev.conventio.history;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.governance.SteeringCommittee;
import dev.conventio.party.Party;
import dev.conventio.term.Term;
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
    final List<Sourced<CommitteeDecision>> decisions = new ArrayList<>();
    final Set<CommitteeDecision> decisionSet = new HashSet<>();
    Sourced<SteeringCommittee> committee;
    Sourced<Term> term;
    final Map<String, Sourced<Article>> articles = new LinkedHashMap<>();
    /** The numbers of the amendments applied, shared with the state this one started from. */
    private AppendOnlyList<Integer> applied = AppendOnlyList.empty();

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
        applied = snapshot.appliedChain();
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
        new ChangeApplier(this, violations, day).apply(amendment);
        applied = applied.append(amendment.number());
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
}
