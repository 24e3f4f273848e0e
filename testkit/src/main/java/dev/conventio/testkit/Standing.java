package dev.conventio.testkit;

import dev.conventio.amendment.Amendment;
import dev.conventio.change.Change;
import dev.conventio.convention.Convention;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.party.Party;
import dev.conventio.signature.Signature;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the generators know of a convention as it stands: the identifiers that changes may target and
 * the facts that keep the result valid (who is referenced, which phases a decision validated, the
 * last decision, the term).
 *
 * <p>It follows the changes of each generated amendment on its own, without the history's
 * consolidation: an independent oracle, so that a consolidation that misapplies a change shows up
 * as a generated amendment that the rules reject. It is mutable and confined to one generation.
 */
final class Standing {

    final LocalDate concludedOn;
    /** The last date an amendment may be concluded on; term changes never end the convention before it. */
    final LocalDate horizon;
    final Map<String, Party> parties = new LinkedHashMap<>();
    final Map<String, FinancialContribution> contributions = new LinkedHashMap<>();
    /** The actions and targets of a programme; with them, the changes only format version 2 writes. */
    final Set<String> actions = new LinkedHashSet<>();
    final Map<String, dev.conventio.objective.Target> targets = new LinkedHashMap<>();
    final boolean money;
    final Set<String> committeeMembers = new LinkedHashSet<>();
    final Set<String> articles = new LinkedHashSet<>();
    /** The numbers of the articles deleted, which a fresh number avoids. */
    final Set<String> deletedArticles = new LinkedHashSet<>();
    /** Whether the preamble is recorded: then textual modifications are generated (format version 2). */
    final boolean text;
    final Set<CommitteeDecision> decisions = new LinkedHashSet<>();
    int phases;
    /** Whether a termination is recorded: a convention is terminated at most once. */
    boolean terminated;
    int highestValidatedPhase;
    LocalDate lastDecision;
    Optional<Term> term;
    String object;
    private int nextContribution;

    private Standing(Convention convention, LocalDate horizon) {
        this.concludedOn = Conclusions.from(convention);
        this.horizon = horizon;
        convention.parties().forEach(party -> parties.put(party.id(), party));
        convention.contributions().forEach(contribution -> contributions.put(contribution.id(), contribution));
        convention.actions().forEach(action -> actions.add(action.id()));
        convention.targets().forEach(target -> targets.put(target.id(), target));
        money = !actions.isEmpty();
        convention.steeringCommittee().ifPresent(committee -> committeeMembers.addAll(committee.members()));
        convention.articles().forEach(article -> articles.add(article.number()));
        text = !convention.preamble().equals(dev.conventio.text.Text.unrecorded());
        phases = convention.phases().size();
        lastDecision = concludedOn;
        convention.decisions().forEach(this::record);
        term = convention.term();
        object = convention.object();
        nextContribution = contributions.size() + 1;
    }

    private Standing(Standing other) {
        concludedOn = other.concludedOn;
        horizon = other.horizon;
        parties.putAll(other.parties);
        contributions.putAll(other.contributions);
        actions.addAll(other.actions);
        targets.putAll(other.targets);
        money = other.money;
        committeeMembers.addAll(other.committeeMembers);
        articles.addAll(other.articles);
        deletedArticles.addAll(other.deletedArticles);
        text = other.text;
        decisions.addAll(other.decisions);
        phases = other.phases;
        terminated = other.terminated;
        highestValidatedPhase = other.highestValidatedPhase;
        lastDecision = other.lastDecision;
        term = other.term;
        object = other.object;
        nextContribution = other.nextContribution;
    }

    /** The standing of a convention, whose amendments are concluded on or before the horizon. */
    static Standing of(Convention convention, LocalDate horizon) {
        return new Standing(convention, horizon);
    }

    /** The standing of a convention whose amendments are concluded on or before its {@link #lastDay}. */
    static Standing of(Convention convention) {
        return of(convention, lastDay(convention));
    }

    /**
     * The standing of a consolidated view: its plain convention, and what the plain convention does
     * not hold, a termination recorded and the numbers of the articles deleted.
     */
    static Standing of(dev.conventio.history.ConsolidatedConvention view, LocalDate horizon) {
        Standing standing = new Standing(view.convention(), horizon);
        standing.terminated = view.termination().isPresent();
        view.text().deleted().forEach(deleted -> standing.deletedArticles.add(deleted.value()));
        return standing;
    }

    /** A copy that can follow changes without changing this one. */
    Standing copy() {
        return new Standing(this);
    }

    /**
     * The last day in force of a convention, renewals aside: its fixed end, or its duration from its
     * start; three years after its conclusion when its term is not recorded.
     */
    static LocalDate lastDay(Convention convention) {
        Optional<Term> term = convention.term();
        LocalDate concluded = Conclusions.from(convention);
        if (term.isEmpty()) {
            return concluded.plusYears(3);
        }
        Optional<LocalDate> start = term.get().start().startDate(
                Signature.signedByAllOn(convention.signatures(), convention.partyIds()));
        // A term without an end: the generators plan within three years of the conclusion.
        return term.get().end().flatMap(TermEnd::date).or(() -> term.get().lastDay(start.orElse(concluded)))
                .orElse(concluded.plusYears(3));
    }

    /** The identifiers of the parties, in order. */
    List<String> partyIds() {
        return List.copyOf(parties.keySet());
    }

    /** The parties that can be removed: referenced by no contribution and no committee seat. */
    List<String> removableParties() {
        if (parties.size() <= 2) {
            return List.of();
        }
        Set<String> referenced = new LinkedHashSet<>(committeeMembers);
        contributions.values().forEach(c -> {
            referenced.add(c.contributor());
            referenced.add(c.beneficiary());
            c.shares().forEach(share -> referenced.add(share.party()));
        });
        return parties.keySet().stream().filter(id -> !referenced.contains(id)).toList();
    }

    /**
     * The contributions whose amount alone is stated and whose payment is not: those whose amount and
     * schedule the changes of version 1 may change, and money may be transferred into.
     */
    List<FinancialContribution> plainContributions() {
        return contributions.values().stream().filter(c -> c.amount().isPresent() && c.yearlyAmounts().isEmpty()
                && c.payment().isEmpty() && c.schedule().stream().allMatch(i -> i.condition().isEmpty())).toList();
    }

    /** An identifier no contribution has had in this generation. */
    String freshContributionId() {
        String id = "participation-" + nextContribution++;
        while (contributions.containsKey(id)) {
            id = "participation-" + nextContribution++;
        }
        return id;
    }

    /** A number no article has: one more than the highest whole number. */
    String freshArticleNumber() {
        int next = articles.size() + deletedArticles.size() + 1;
        while (articles.contains(Integer.toString(next)) || deletedArticles.contains(Integer.toString(next))) {
            next++;
        }
        return Integer.toString(next);
    }

    /**
     * Whether the history is written in format version 2 only, its text or its money being recorded
     * as version 1 cannot: then the kinds of change version 2 alone has may be generated.
     */
    boolean versionTwo() {
        return text || money;
    }

    /** The current term's fixed end, if it has one. */
    Optional<LocalDate> fixedEnd() {
        return term.flatMap(Term::end).flatMap(TermEnd::date);
    }

    /** Records a decision: the last one, and the highest phase validated. */
    void record(CommitteeDecision decision) {
        decisions.add(decision);
        // A decision known in part counts by the latest day it may have been taken on.
        LocalDate day = decision.decidedOn().latest().orElse(lastDecision);
        if (day.isAfter(lastDecision)) {
            lastDecision = day;
        }
        decision.validatedPhases().forEach(phase -> highestValidatedPhase = Math.max(highestValidatedPhase, phase));
    }

    /** Follows every change of an amendment. */
    void apply(Amendment amendment) {
        amendment.changes().forEach(this::apply);
    }

    /** Follows one change, which the generators built valid for this standing. */
    void apply(Change change) {
        change.accept(new StandingFollower(this));
    }
}
