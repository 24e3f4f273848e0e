package dev.conventio.history;

import dev.conventio.amendment.Amendment;
import dev.conventio.change.Change;
import dev.conventio.change.TerminateConvention;
import dev.conventio.date.PartialDate;
import dev.conventio.term.Term;
import dev.conventio.validation.Violations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The convention's life over time, without building a view: the days on which its term or its
 * termination may change (the base's first day, and the first day of each amendment that changes
 * the term or terminates), the term and termination standing from each such day, and the periods
 * in force they give. A day's life is found by bisection over those days.
 *
 * <p>Only what outlives amendments decides the life (a change of term, a termination), so the
 * standing from each day is the base with the lasting changes of every amendment started by then.
 * Immutable and thread-safe.
 */
final class Lifeline {

    private final PartialDate concludedOn;
    /** The days from which each segment stands, in increasing order; the first is {@link LocalDate#MIN}. */
    private final LocalDate[] from;
    private final List<Optional<Sourced<Term>>> terms;
    private final List<Optional<Sourced<TerminateConvention>>> terminations;
    private final List<PeriodInForce> periods;

    private Lifeline(PartialDate concludedOn, LocalDate[] from, List<Optional<Sourced<Term>>> terms,
            List<Optional<Sourced<TerminateConvention>>> terminations) {
        this.concludedOn = concludedOn;
        this.from = from;
        this.terms = terms;
        this.terminations = terminations;
        this.periods = periods();
    }

    /** The lifeline of a chronicle's base and amendments. */
    static Lifeline of(Chronicle chronicle) {
        Ledger ledger = chronicle.ledger();
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.MIN);
        for (int i = 0; i < ledger.size(); i++) {
            Span span = ledger.span(i);
            if (span.first() != null && ((Amendment) ledger.record(i)).changes().stream()
                    .anyMatch(Change::isLasting)) {
                days.add(span.first());
            }
        }
        LocalDate[] from = days.toArray(new LocalDate[0]);
        List<Optional<Sourced<Term>>> terms = new ArrayList<>(from.length);
        List<Optional<Sourced<TerminateConvention>>> terminations = new ArrayList<>(from.length);
        WorkingState state = WorkingState.of(chronicle.base());
        boolean[] applied = new boolean[ledger.size()];
        int highest = -1;
        for (LocalDate day : from) {
            int[] started = ledger.started(ledger.size(), day);
            // Amendments usually take effect in number order, and the state then only grows; one
            // that takes effect later than a higher-numbered one makes the state start again.
            for (int index : started) {
                if (!applied[index] && index < highest) {
                    state = WorkingState.of(chronicle.base());
                    Arrays.fill(applied, false);
                    highest = -1;
                    break;
                }
            }
            for (int index : started) {
                if (!applied[index]) {
                    state.applyLasting((Amendment) ledger.record(index), day, Violations.collector());
                    applied[index] = true;
                    highest = index;
                }
            }
            terms.add(Optional.ofNullable(state.term));
            terminations.add(Optional.ofNullable(state.termination));
        }
        return new Lifeline(chronicle.base().concludedOn(), from, List.copyOf(terms), List.copyOf(terminations));
    }

    /** The life on a day, found by bisection over the days the term may change. */
    Life lifeOn(LocalDate date) {
        int low = 0;
        int high = from.length - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (from[middle].isAfter(date)) {
                high = middle - 1;
            } else {
                low = middle;
            }
        }
        return Life.on(date, terms.get(low), concludedOn, terminations.get(low));
    }

    /** The periods in force, in order. */
    List<PeriodInForce> periodsInForce() {
        return periods;
    }

    private List<PeriodInForce> periods() {
        List<PeriodInForce> found = new ArrayList<>();
        for (int i = 0; i < from.length; i++) {
            LocalDate segmentEnd = i + 1 < from.length ? from[i + 1].minusDays(1) : LocalDate.MAX;
            Optional<Sourced<Term>> term = terms.get(i);
            if (term.isEmpty()) {
                continue;
            }
            Optional<LocalDate> start = term.get().value().startFor(concludedOn);
            if (start.isEmpty()) {
                continue;
            }
            LocalDate last = term.get().value().lastDayFor(concludedOn).orElse(LocalDate.MAX);
            Provenance decidedBy = term.get().provenance();
            if (terminations.get(i).isPresent() && terminations.get(i).get().value().lastDay().isBefore(last)) {
                last = terminations.get(i).get().value().lastDay();
                decidedBy = terminations.get(i).get().provenance();
            }
            LocalDate first = later(start.get(), from[i]);
            LocalDate until = earlier(last, segmentEnd);
            if (first.isAfter(until)) {
                continue;
            }
            PeriodInForce previous = found.isEmpty() ? null : found.get(found.size() - 1);
            if (previous != null && previous.last().filter(day -> day.plusDays(1).equals(first)).isPresent()) {
                found.set(found.size() - 1, PeriodInForce.of(previous.first(), until, decidedBy));
            } else {
                found.add(PeriodInForce.of(first, until, decidedBy));
            }
        }
        return List.copyOf(found);
    }

    private static LocalDate later(LocalDate left, LocalDate right) {
        return left.isAfter(right) ? left : right;
    }

    private static LocalDate earlier(LocalDate left, LocalDate right) {
        return left.isBefore(right) ? left : right;
    }
}
