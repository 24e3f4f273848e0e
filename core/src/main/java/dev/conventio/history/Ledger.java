package dev.conventio.history;

import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The amendments of a history in order, each with its {@link Span} and what the history needs to
 * know of the amendments up to it: the latest day any of them took effect, and for an unrecorded
 * amendment the earliest day it may have been concluded; and the undetermined outcomes the
 * amendments were accepted with.
 *
 * <p>Immutable: {@link #append} returns a new ledger that shares this one's storage (see
 * {@link AppendOnlyList}), so that a history grows in constant time per amendment. Queries take the
 * number of amendments to consider, {@code count}, counted from the first.
 */
final class Ledger {

    /** The dates of amendment i and what the amendments up to it tell. */
    private record Entry(Span span, LocalDate latestStart, LocalDate latestConclusion) {
    }

    /**
     * An unrecorded amendment at index {@code index}, and the earliest day it may have been
     * concluded: amendments are numbered in the order they are concluded, so it comes after the
     * conclusion of the base and of every recorded amendment before it.
     */
    private record Unrecorded(int index, UnrecordedAmendment amendment, LocalDate earliest) {
    }

    private final LocalDate baseConcluded;
    private final AppendOnlyList<AmendmentRecord> records;
    private final AppendOnlyList<Entry> entries;
    private final AppendOnlyList<Unrecorded> unrecorded;
    private final AppendOnlyList<Violation> undetermined;

    private Ledger(LocalDate baseConcluded, AppendOnlyList<AmendmentRecord> records, AppendOnlyList<Entry> entries,
            AppendOnlyList<Unrecorded> unrecorded, AppendOnlyList<Violation> undetermined) {
        this.baseConcluded = baseConcluded;
        this.records = records;
        this.entries = entries;
        this.unrecorded = unrecorded;
        this.undetermined = undetermined;
    }

    /** The ledger of a convention concluded on a day, without amendments. */
    static Ledger empty(LocalDate baseConcluded) {
        return new Ledger(baseConcluded, AppendOnlyList.empty(), AppendOnlyList.empty(), AppendOnlyList.empty(),
                AppendOnlyList.empty());
    }

    /**
     * This ledger with one more amendment, the dates it is checked with, and the undetermined
     * outcomes it was accepted with (paths relative to the amendment).
     */
    Ledger append(AmendmentRecord record, Span span, List<Violation> outcomes) {
        Entry previous = entries.last();
        LocalDate latestStart = later(previous == null ? null : previous.latestStart(), span.first());
        LocalDate latestConclusion = later(previous == null ? baseConcluded : previous.latestConclusion(),
                span.concludedOn());
        AppendOnlyList<Unrecorded> moreUnrecorded = unrecorded;
        if (record instanceof UnrecordedAmendment amendment) {
            LocalDate earliest = previous == null ? baseConcluded : previous.latestConclusion();
            moreUnrecorded = unrecorded.append(new Unrecorded(entries.size(), amendment, earliest));
        }
        AppendOnlyList<Violation> moreUndetermined = undetermined;
        for (Violation outcome : outcomes) {
            moreUndetermined = moreUndetermined.append(outcome.under("amendments[" + records.size() + "]"));
        }
        return new Ledger(baseConcluded, records.append(record), entries.append(new Entry(span, latestStart,
                latestConclusion)), moreUnrecorded, moreUndetermined);
    }

    /** The undetermined outcomes of the amendments, under {@code amendments[i]}, an immutable list. */
    List<Violation> undetermined() {
        return undetermined;
    }

    /** The earlier of two days, either of which may be null, meaning never. */
    static LocalDate earlier(LocalDate left, LocalDate right) {
        return left == null || (right != null && right.isBefore(left)) ? right : left;
    }

    private static LocalDate later(LocalDate left, LocalDate right) {
        return left == null || (right != null && right.isAfter(left)) ? right : left;
    }

    /** The number of amendments. */
    int size() {
        return records.size();
    }

    /** The amendments in order, an immutable list. */
    List<AmendmentRecord> records() {
        return records;
    }

    AmendmentRecord record(int index) {
        return records.get(index);
    }

    Span span(int index) {
        return entries.get(index).span();
    }

    /**
     * The indices, in order, of the first {@code count} amendments that have taken effect by a day,
     * in force on it or not.
     */
    int[] started(int count, LocalDate day) {
        return started(0, count, day);
    }

    /**
     * The indices, in order, of the amendments from index {@code from} to {@code count} (excluded)
     * that have taken effect by a day, in force on it or not.
     */
    int[] started(int from, int count, LocalDate day) {
        int[] found = new int[count - from];
        int n = 0;
        for (int i = from; i < count; i++) {
            LocalDate first = entries.get(i).span().first();
            if (first != null && !first.isAfter(day)) {
                found[n++] = i;
            }
        }
        return n == found.length ? found : Arrays.copyOf(found, n);
    }

    /** The latest day on which one of the first {@code count} amendments takes effect, null if none is known. */
    LocalDate latestStart(int count) {
        return count == 0 ? null : entries.get(count - 1).latestStart();
    }

    /**
     * The unrecorded amendments among the first {@code count} that may be in force on a day: those
     * not known to be concluded after it. Their earliest days grow with their numbers, so they are
     * the first ones of the ledger's unrecorded amendments, found by bisection.
     */
    List<UnrecordedAmendment> unrecordedBefore(int count, LocalDate day) {
        int low = 0;
        int high = unrecorded.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            Unrecorded candidate = unrecorded.get(middle);
            if (candidate.index() < count && !candidate.earliest().isAfter(day)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        List<UnrecordedAmendment> found = new ArrayList<>(low);
        for (int i = 0; i < low; i++) {
            found.add(unrecorded.get(i).amendment());
        }
        return found;
    }

    /**
     * Adds to a set each day after {@code after} and not after {@code until} on which one of the
     * first {@code count} amendments takes effect or no longer is in force, or one of their changes
     * passes its own end.
     */
    void changesWithin(int count, LocalDate after, LocalDate until, Set<LocalDate> days) {
        for (int i = 0; i < count; i++) {
            Span span = entries.get(i).span();
            if (span.first() == null) {
                continue;
            }
            if (span.first().isAfter(after) && !span.first().isAfter(until)) {
                days.add(span.first());
            }
            LocalDate lapse = span.lapse();
            if (lapse != null && lapse.isAfter(after) && !lapse.isAfter(until)) {
                days.add(lapse);
            }
            for (LocalDate changeLapse : span.changeLapses()) {
                if (changeLapse.isAfter(after) && !changeLapse.isAfter(until)) {
                    days.add(changeLapse);
                }
            }
        }
    }

    /**
     * The first day after {@code day} on which the set of the first {@code count} amendments in
     * force changes: one of them takes effect, or one in force on {@code day} lapses or sees one of
     * its changes pass its own end; null if it never changes.
     */
    LocalDate nextChange(int count, LocalDate day) {
        LocalDate next = null;
        for (int i = 0; i < count; i++) {
            Span span = entries.get(i).span();
            if (span.first() == null) {
                continue;
            }
            LocalDate change = span.first().isAfter(day) ? span.first()
                    : span.covers(day) ? earlier(span.lapse(), span.changeLapseAfter(day)) : null;
            if (change != null && (next == null || change.isBefore(next))) {
                next = change;
            }
        }
        return next;
    }
}
