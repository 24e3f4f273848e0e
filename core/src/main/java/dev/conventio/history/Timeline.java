package dev.conventio.history;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.KnownFrom;
import dev.conventio.change.Change;
import dev.conventio.change.RecordDecision;
import dev.conventio.change.TerminateConvention;
import dev.conventio.convention.Convention;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.publication.Identification;
import dev.conventio.signature.Signature;
import dev.conventio.term.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Builds the timeline of a history (see {@link History#timeline()}): every event is made with its
 * date and the values its description is written from (the signature, the decision, the
 * instrument: never the history, which the events do not keep alive), then the events are sorted
 * by date, kind and instrument, a stable sort keeping same-day events of one instrument in the
 * order of its text.
 *
 * <p>Lapses and the end are collected apart from the other events and appended after them: the
 * instruments are visited in the order they are concluded, so each list is already almost in date
 * order, and the sort (a merge of runs) finds two long runs instead of one per amendment, the lapse
 * of an amendment's provisions usually falling years after the next amendment is signed. Events of
 * the same date, kind and instrument have one kind, so they stay in one list in the order they were
 * made, which the stable sort keeps.
 */
final class Timeline {

    private static final Comparator<TimelineEvent> ORDER = Comparator.comparing(TimelineEvent::date)
            .thenComparing(TimelineEvent::kind).thenComparing(TimelineEvent::instrument);

    private Timeline() {
    }

    /** The events of a history, in order. */
    static List<TimelineEvent> of(Chronicle chronicle) {
        Convention base = chronicle.base();
        Ledger ledger = chronicle.ledger();
        List<TimelineEvent> events = new ArrayList<>();
        List<TimelineEvent> lapses = new ArrayList<>();
        Instrument baseInstrument = Instrument.base();
        Identification identification = base.identification();
        signatures(baseInstrument, base.signatures(), events);
        // A conclusion known in part is on no day of the timeline: none is invented.
        base.conclusionDate().ifPresent(day -> events.add(TimelineEvent.described(day, TimelineEvent.Kind.CONCLUSION,
                baseInstrument, () -> "convention " + identification + " concluded")));
        base.term().flatMap(term -> term.startFor(base.concludedOn())).ifPresent(start ->
                events.add(TimelineEvent.described(start, TimelineEvent.Kind.ENTRY_INTO_FORCE, baseInstrument,
                        () -> "convention " + identification + " takes effect")));
        for (CommitteeDecision decision : base.decisions()) {
            // A decision known in part is on no day of the timeline: none is invented.
            decision.date().ifPresent(day -> events.add(TimelineEvent.described(day,
                    TimelineEvent.Kind.COMMITTEE_DECISION, baseInstrument, () -> decided(decision, null))));
        }
        for (int i = 0; i < ledger.size(); i++) {
            if (ledger.record(i) instanceof Amendment amendment && !ledger.span(i).unrecorded()) {
                amendment(amendment, ledger.span(i), events, lapses);
            }
        }
        end(chronicle).ifPresent(lapses::add);
        events.addAll(lapses);
        events.sort(ORDER);
        return Collections.unmodifiableList(events);
    }

    /**
     * The events of one amendment: its dated signatures, and once signed its effect, its lapses (to
     * {@code lapses}) and its decisions.
     */
    private static void amendment(Amendment amendment, Span span, List<TimelineEvent> events,
            List<TimelineEvent> lapses) {
        Instrument instrument = Instrument.amendment(amendment.number());
        signatures(instrument, amendment.signatures(), events);
        // Known from a later instrument: signed by all parties, on the day it gives, by signatories it does not name.
        Optional<KnownFrom> knownFrom = amendment.knownFrom();
        knownFrom.flatMap(from -> from.signedOn().date()).ifPresent(date -> events.add(TimelineEvent.described(
                date, TimelineEvent.Kind.SIGNATURE, instrument,
                () -> instrument + " signed by all parties" + known(knownFrom))));
        if (span.first() != null) {
            events.add(TimelineEvent.described(span.first(), TimelineEvent.Kind.ENTRY_INTO_FORCE, instrument,
                    () -> instrument + " takes effect" + known(knownFrom)));
            if (amendment.term().isLimited()) {   // no lapse for provisions that last as long as the convention
                lapses.add(TimelineEvent.described(span.last(), TimelineEvent.Kind.LAPSE, instrument,
                        () -> "last day the provisions of " + instrument + " are in force"));
            }
            for (Change change : amendment.changes()) {
                change.until().filter(until -> !until.isBefore(span.first()) && until.isBefore(span.last()))
                        .ifPresent(until -> lapses.add(TimelineEvent.described(until, TimelineEvent.Kind.LAPSE,
                                instrument, () -> "last day a change of " + instrument + ", article "
                                        + change.article() + ", is in force")));
            }
        }
        if (span.concludedOn() == null) {
            return;   // a draft records nothing yet
        }
        for (Change change : amendment.changes()) {
            if (change instanceof RecordDecision recorded) {
                recorded.decision().date().ifPresent(day -> events.add(TimelineEvent.described(day,
                        TimelineEvent.Kind.COMMITTEE_DECISION, instrument,
                        () -> decided(recorded.decision(), recorded.article()))));
            }
        }
    }

    private static void signatures(Instrument instrument, List<Signature> signatures, List<TimelineEvent> events) {
        for (Signature signature : signatures) {
            signature.date().ifPresent(date -> events.add(TimelineEvent.described(date, TimelineEvent.Kind.SIGNATURE,
                    instrument, () -> instrument + " signed for '" + signature.party() + "' by "
                            + signature.signatory().map(person -> person + ", ").orElse("") + signature.capacity())));
        }
    }

    /**
     * The end of the convention, renewals aside, as its term and termination stand on the latest
     * entry into force the history records; empty when neither a termination nor an end is recorded.
     */
    private static Optional<TimelineEvent> end(Chronicle chronicle) {
        Convention base = chronicle.base();
        int count = chronicle.ledger().size();
        LocalDate latest = chronicle.latestEntryIntoForce(count);
        WorkingState state = chronicle.stateOn(count, latest);
        if (state.termination != null) {
            TerminateConvention termination = state.termination.value();
            return Optional.of(TimelineEvent.of(termination.lastDay(), TimelineEvent.Kind.END,
                    state.termination.provenance().instrument(), "last day of convention " + base.identification()
                            + ", terminated" + termination.reason().map(reason -> ": " + reason).orElse("")));
        }
        Optional<Term> standing = state.term();
        return standing.flatMap(term -> term.lastDayFor(base.concludedOn()).map(end -> TimelineEvent.of(end,
                TimelineEvent.Kind.END, Instrument.base(), "last day of convention " + base.identification()
                        + term.renewal().map(renewal -> ", renewable " + renewal.maxRenewals() + " time(s) by "
                                + renewal.period()).orElse(""))));
    }

    /** How an amendment known from a later instrument says so in its descriptions. */
    private static String known(Optional<KnownFrom> knownFrom) {
        return knownFrom.map(from -> ", known from " + from.source()).orElse("");
    }

    /**
     * The description of a committee decision.
     *
     * @param recordedBy  the article of the amendment that records it, null for the base convention
     */
    private static String decided(CommitteeDecision decision, String recordedBy) {
        return decision.statement() + (decision.validatedPhases().isEmpty() ? ""
                : " (validates phases " + decision.validatedPhases() + ")")
                + (recordedBy == null ? "" : ", recorded by article " + recordedBy);
    }
}
