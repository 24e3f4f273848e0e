package dev.conventio.history;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.change.Change;
import dev.conventio.change.RecordDecision;
import dev.conventio.date.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * When one amendment of a history is concluded and in force, computed once when it joins.
 *
 * <p>{@code concludedOn} is the day of its last signature; {@code first} and {@code last} its first
 * and last day in force. Each is null where unknown: all three for an unrecorded amendment and for
 * a draft, the days in force while a notification is pending.
 *
 * @param concludedOn  the day it is concluded, null when unknown
 * @param first  its first day in force, null when unknown
 * @param last  its last day in force, null exactly when {@code first} is
 * @param unrecorded  whether the record is an unrecorded amendment (or counts as one)
 * @param latestFact  for a draft, the latest day among the facts it carries (a signature already
 *     dated, a decision it records, the fixed day it is to take effect), null otherwise or if none
 * @param changeLapses  the days, in order, after {@code first} and not after {@code last}, on which
 *     one of its changes no longer applies, its own end passed (the day after it); empty if none
 */
record Span(LocalDate concludedOn, LocalDate first, LocalDate last, boolean unrecorded, LocalDate latestFact,
        List<LocalDate> changeLapses) {

    private static final Span UNRECORDED = new Span(null, null, null, true, null, List.of());

    /** The dates of an amendment record. */
    static Span of(AmendmentRecord record) {
        if (!(record instanceof Amendment amendment)) {
            return UNRECORDED;
        }
        Optional<LocalDate> concluded = amendment.lastSignatureDate();
        if (concluded.isEmpty()) {
            return new Span(null, null, null, false, latestFact(amendment), List.of());
        }
        LocalDate start = amendment.term().start().startDate(concluded).orElse(null);
        // Without an end of its own, the amendment's provisions last as long as the convention.
        LocalDate last = start == null ? null : amendment.term().lastDay(start).orElse(LocalDate.MAX);
        return new Span(concluded.get(), start, last, false, null, start == null ? List.of()
                : changeLapses(amendment, start, last));
    }

    /** The days after {@code first} and not after {@code last} on which a change's own end has passed. */
    private static List<LocalDate> changeLapses(Amendment amendment, LocalDate first, LocalDate last) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Change change : amendment.changes()) {
            change.until().map(until -> until.plusDays(1))
                    .filter(day -> day.isAfter(first) && !day.isAfter(last)).ifPresent(days::add);
        }
        return List.copyOf(days);
    }

    private static LocalDate latestFact(Amendment draft) {
        List<LocalDate> facts = new ArrayList<>();
        draft.signatures().forEach(signature -> signature.date().ifPresent(facts::add));
        for (Change change : draft.changes()) {
            if (change instanceof RecordDecision recorded) {
                recorded.decision().date().ifPresent(facts::add);
            }
        }
        draft.term().start().date().ifPresent(facts::add);
        return facts.stream().max(LocalDate::compareTo).orElse(null);
    }

    /** A day an amendment was signed on, as far as known, and the member that gives it. */
    record SigningDay(String path, PartialDate date) {
    }

    /**
     * The days an amendment was signed on: each given signature's, or for an amendment known from a
     * later instrument the one day that instrument gives, signed by all parties.
     */
    static List<SigningDay> signingDays(Amendment amendment) {
        if (amendment.knownFrom().isPresent()) {
            return List.of(new SigningDay("knownFrom.signedOn", amendment.knownFrom().get().signedOn()));
        }
        List<SigningDay> days = new ArrayList<>(amendment.signatures().size());
        for (int i = 0; i < amendment.signatures().size(); i++) {
            PartialDate date = amendment.signatures().get(i).signedOn().orElse(null);
            if (date != null) {
                days.add(new SigningDay("signatures[" + i + "].date", date));
            }
        }
        return days;
    }

    /** The dates of an amendment that was rejected and counts as unrecorded. */
    static Span unrecordedSpan() {
        return UNRECORDED;
    }

    /** Tells whether the amendment is in force on a day. */
    boolean covers(LocalDate day) {
        return first != null && !day.isBefore(first) && !day.isAfter(last);
    }

    /** The day it takes effect, empty for a draft or while not notified. */
    Optional<LocalDate> start() {
        return Optional.ofNullable(first);
    }

    /** The first day after {@code day} on which one of its changes no longer applies, null if none. */
    LocalDate changeLapseAfter(LocalDate day) {
        for (LocalDate lapse : changeLapses) {
            if (lapse.isAfter(day)) {
                return lapse;
            }
        }
        return null;
    }

    /** The first day it is no longer in force, null when it never lapses (last day {@link LocalDate#MAX}). */
    LocalDate lapse() {
        return last == null || last.equals(LocalDate.MAX) ? null : last.plusDays(1);
    }
}
