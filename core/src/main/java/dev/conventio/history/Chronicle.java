package dev.conventio.history;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.convention.Convention;
import dev.conventio.date.DateRange;
import dev.conventio.validation.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The consolidation engine of a history: its base convention, its {@link Ledger} of amendments and
 * the state it keeps of the convention on the day its last amendment with a known start took
 * effect (the tip), from which most consolidations start rather than apply every amendment again.
 *
 * <p>The tip holds, beside that state, the day the set of amendments in force next changes. On any
 * day from the tip's day until then, the amendments in force are exactly those the tip applied:
 * every later amendment of the ledger has no known start, since the tip moves to each accepted
 * amendment that has one. So a consolidation on such a day is the tip itself, re-dated, and adding
 * an amendment that takes effect then costs the size of the convention and the new changes: a
 * history whose amendments do not grow the convention is built in time linear in their number.
 * On other days the amendments that have taken effect are applied to a copy of the nearest state
 * the chronicle kept along the way that holds on that day ({@link KeptStates}: at most 64, each the
 * size of the convention), or of the base when none does: a consolidation on a past day costs the
 * size of the convention and the amendments after that state, not the length of the history.
 *
 * <p>Immutable and thread-safe.
 */
final class Chronicle {

    private final Convention base;
    private final Ledger ledger;
    private final Tip tip;
    private final KeptStates kept;
    /** Built on first use; a race only builds an equal value twice. */
    private volatile Lifeline lifeline;

    private Chronicle(Convention base, Ledger ledger, Tip tip, KeptStates kept) {
        this.base = base;
        this.ledger = ledger;
        this.tip = tip;
        this.kept = kept;
    }

    /** The chronicle of a convention without amendments; its tip is the base on its first day known. */
    static Chronicle of(Convention base) {
        LocalDate first = baseStart(base);
        ConsolidatedConvention state = WorkingState.of(base).freeze(first, List.of());
        return new Chronicle(base, Ledger.empty(earliestConclusion(base)), new Tip(state, 0, null), KeptStates.none());
    }

    Convention base() {
        return base;
    }

    Ledger ledger() {
        return ledger;
    }

    /** The states kept along the history. */
    KeptStates keptStates() {
        return kept;
    }

    /** The convention's life over time, built once. */
    Lifeline lifeline() {
        Lifeline built = lifeline;
        if (built == null) {
            built = Lifeline.of(this);
            lifeline = built;
        }
        return built;
    }

    /**
     * This chronicle with one more amendment.
     *
     * @param evaluation  its dates, its undetermined outcomes, and the convention on its first day
     *     with it applied, null when its start is not known (a draft, a notification pending) or it
     *     counts as unrecorded
     */
    Chronicle append(AmendmentRecord record, AmendmentRules.Evaluation evaluation) {
        Span span = evaluation.span();
        ConsolidatedConvention first = evaluation.first();
        Ledger longer = ledger.append(record, span, evaluation.undetermined());
        if (first == null) {
            return new Chronicle(base, longer, tip, kept);
        }
        LocalDate day = first.date();
        LocalDate validUntil = tip.answers(ledger.size(), day)
                ? Ledger.earlier(Ledger.earlier(tip.validUntil(), span.lapse()), span.changeLapseAfter(day))
                : longer.nextChange(longer.size(), day);
        Tip moved = new Tip(first, longer.size(), validUntil);
        return new Chronicle(base, longer, moved, kept.offer(moved));
    }

    /** The convention as in force on a day, with the first {@code count} amendments considered. */
    ConsolidatedConvention consolidate(int count, LocalDate day) {
        List<UnrecordedAmendment> unrecorded = ledger.unrecordedBefore(count, day);
        if (tip.answers(count, day)) {
            return tip.state().redated(day, unrecorded);
        }
        return stateOn(count, day).freeze(day, unrecorded);
    }

    /**
     * A working copy of the convention on a day: the base with the first {@code count} amendments
     * that have taken effect by then applied, in order: whole when in force that day, else only the
     * changes that outlive them.
     */
    WorkingState stateOn(int count, LocalDate day) {
        if (tip.answers(count, day)) {
            return WorkingState.from(base, tip.state());
        }
        Violations violations = Violations.collector();
        WorkingState state = replay(count, day, violations);
        if (!violations.isEmpty()) {
            // Each amendment was checked against every state it applies to when it was accepted.
            throw new IllegalStateException("an accepted amendment no longer applies: " + violations.list());
        }
        return state;
    }

    /** Applies the amendments started by a day to the nearest state kept that holds on it, else to the base. */
    private WorkingState replay(int count, LocalDate day, Violations violations) {
        Tip nearest = kept.nearest(count, day);
        WorkingState state = nearest == null ? WorkingState.of(base) : WorkingState.from(base, nearest.state());
        for (int index : ledger.started(nearest == null ? 0 : nearest.count(), count, day)) {
            Amendment amendment = (Amendment) ledger.record(index);
            if (ledger.span(index).covers(day)) {
                state.apply(amendment, day, violations);
            } else {
                state.applyLasting(amendment, day, violations);
            }
        }
        return state;
    }

    /**
     * The last day the convention of a state may be in force, renewals included, or the last day
     * of its termination if earlier; null if open.
     */
    LocalDate lastDay(WorkingState state) {
        LocalDate last = state.term().flatMap(term -> term.lastPossibleDayFor(base.concludedOn())).orElse(null);
        if (state.termination != null) {
            LocalDate terminated = state.termination.value().lastDay();
            return last == null || terminated.isBefore(last) ? terminated : last;
        }
        return last;
    }

    /**
     * The convention just after an amendment takes effect, considered as the amendment after the
     * first {@code count}: the state on its {@linkplain #referenceDate reference day} with its
     * changes applied.
     *
     * @throws dev.conventio.validation.ValidationException if a change does not apply or the result
     *     breaks an invariant
     */
    ConsolidatedConvention after(Amendment amendment, int count) {
        return after(amendment, count, referenceDate(Span.of(amendment), count));
    }

    /** The convention as it stands before a candidate, on its {@linkplain #standingDate standing day}. */
    ConsolidatedConvention standingBefore(Amendment candidate) {
        int count = ledger.size();
        return consolidate(count, standingDate(Span.of(candidate), count));
    }

    /** The convention as it stands after a candidate, on its {@linkplain #standingDate standing day}. */
    ConsolidatedConvention standingAfter(Amendment candidate) {
        int count = ledger.size();
        return after(candidate, count, standingDate(Span.of(candidate), count));
    }

    /** The convention just after an amendment takes effect on a given day. */
    ConsolidatedConvention after(Amendment amendment, int count, LocalDate day) {
        WorkingState state = stateOn(count, day);
        Violations violations = Violations.collector();
        state.apply(amendment, day, violations);
        violations.throwIfAny();
        return state.freeze(day, ledger.unrecordedBefore(count, day));
    }

    /**
     * The day an amendment is checked on: its start if known, else the day of its last signature,
     * else (a draft) the latest day the history knows a state for.
     */
    LocalDate referenceDate(Span span, int count) {
        return span.first() != null ? span.first()
                : span.concludedOn() != null ? span.concludedOn() : latestEntryIntoForce(count);
    }

    /**
     * The day the convention is shown as it stands before or after an amendment: its reference
     * day, or for a draft the latest fact it carries when that is later (a decision it records, a
     * signature already given), so that the view is never dated before what the draft says.
     */
    LocalDate standingDate(Span span, int count) {
        LocalDate day = referenceDate(span, count);
        return span.first() == null && span.concludedOn() == null && span.latestFact() != null
                && span.latestFact().isAfter(day) ? span.latestFact() : day;
    }

    /** The latest day the history knows a state for: the latest entry into force, or the conclusion. */
    LocalDate latestEntryIntoForce(int count) {
        LocalDate latest = baseStart(base);
        LocalDate start = ledger.latestStart(count);
        return start != null && start.isAfter(latest) ? start : latest;
    }

    /**
     * The base convention's start when it comes after its conclusion, else its conclusion: for a
     * conclusion known in part, the first day it may have been, and the first day the model holds
     * when it is not known at all. A day the history reasons from, never one it reports as a fact.
     */
    private static LocalDate baseStart(Convention base) {
        LocalDate concluded = earliestConclusion(base);
        return base.term().flatMap(term -> term.startFor(base.concludedOn()))
                .filter(start -> start.isAfter(concluded)).orElse(concluded);
    }

    /** The first day the base convention may have been concluded, the first day the model holds if not known. */
    static LocalDate earliestConclusion(Convention base) {
        return base.concludedOn().earliest().orElse(DateRange.EARLIEST);
    }

    /**
     * The days whose states a candidate's changes are checked against: for an amendment with a
     * known start, its first day and each later day within its term on which an earlier amendment
     * takes effect or lapses; and when it has an end of its own and a change that outlives it (a
     * change of the term, a termination), also the day after its end and every later such day.
     * Otherwise the one day it is checked on.
     *
     * <p>After its end an amendment without such a change leaves the states of the history as they
     * were, and each of them was checked when the amendment that made it joined: those days are
     * not checked again, so that a time-limited avenant costs the size of the convention, not the
     * length of the history.
     *
     * @param outlives  whether one of the candidate's changes outlives its term
     */
    Set<LocalDate> applicationDates(Span candidate, boolean outlives) {
        Set<LocalDate> days = new TreeSet<>();
        int count = ledger.size();
        if (candidate.first() == null) {
            days.add(referenceDate(candidate, count));
            return days;
        }
        days.add(candidate.first());
        LocalDate lapse = outlives ? candidate.lapse() : null;
        // After its own end, what outlives the amendment still applies, on every later state.
        LocalDate until = lapse == null ? candidate.last() : LocalDate.MAX;
        boolean quiet = tip.answers(count, candidate.first())
                && (tip.validUntil() == null || until.isBefore(tip.validUntil()));
        if (!quiet) {
            ledger.changesWithin(count, candidate.first(), until, days);
        }
        if (lapse != null) {
            days.add(lapse);
        }
        // Each day one of its changes passes its own end, the rest of it still in force.
        days.addAll(candidate.changeLapses());
        return days;
    }
}
