package dev.conventio.history;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.change.Change;
import dev.conventio.change.RecordDecision;
import dev.conventio.signature.Signature;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The dates of each amendment of a history, for amendment {@code i} (number {@code i + 1}): the
 * day it is concluded, its first and last day in force, the dates of its signatures and of the
 * committee decisions it records, as epoch days in arrays.
 *
 * <p>Every consolidation, every check and the timeline ask these of every amendment of the history.
 * Computed once per amendment, when it joins, and kept in arrays of numbers, they are read in one
 * sequential pass over memory, rather than by a walk through every amendment's signatures, changes
 * and dates, whose cost per amendment grows with the history as it outgrows the processor's caches.
 * The signatures and decisions are kept end to end, with the index where each amendment's begin.
 *
 * <p>Append-only, and not thread-safe while appended to: {@link History#of} fills one as it checks
 * the amendments in turn, each check reading the entries before it, and a history never appends to
 * the schedule it holds ({@link #with(Span)} copies).
 */
final class Schedule {

    /** The value of a day that is unknown. */
    static final long UNKNOWN = Long.MIN_VALUE;
    private static final long MAX_DAY = LocalDate.MAX.toEpochDay();

    private long[] concluded;
    private long[] first;
    private long[] last;
    private boolean[] unrecorded;
    /** Where the signatures and decisions of amendment i begin; entry i + 1 is where they end. */
    private int[] signaturesFrom;
    private int[] decisionsFrom;
    /** The date of each signature, {@link #UNKNOWN} when undated. */
    private long[] signatureDays;
    /** The date of each decision recorded by a concluded amendment, and the index of its change. */
    private long[] decisionDays;
    private int[] decisionChanges;
    private int size;

    private Schedule(int capacity, int signatures, int decisions) {
        concluded = new long[capacity];
        first = new long[capacity];
        last = new long[capacity];
        unrecorded = new boolean[capacity];
        signaturesFrom = new int[capacity + 1];
        decisionsFrom = new int[capacity + 1];
        signatureDays = new long[signatures];
        decisionDays = new long[decisions];
        decisionChanges = new int[decisions];
    }

    /**
     * Creates an empty schedule.
     *
     * @param capacity  the number of amendments it is expected to hold
     */
    static Schedule empty(int capacity) {
        int amendments = Math.max(capacity, 1);
        return new Schedule(amendments, 2 * amendments, 1);
    }

    /** Returns a copy of this schedule with one more amendment. */
    Schedule with(Span span) {
        int signatures = signaturesFrom[size];
        int decisions = decisionsFrom[size];
        Schedule copy = new Schedule(size + 1, signatures + span.signatureDays.length,
                decisions + span.decisionDays.length);
        System.arraycopy(concluded, 0, copy.concluded, 0, size);
        System.arraycopy(first, 0, copy.first, 0, size);
        System.arraycopy(last, 0, copy.last, 0, size);
        System.arraycopy(unrecorded, 0, copy.unrecorded, 0, size);
        System.arraycopy(signaturesFrom, 0, copy.signaturesFrom, 0, size + 1);
        System.arraycopy(decisionsFrom, 0, copy.decisionsFrom, 0, size + 1);
        System.arraycopy(signatureDays, 0, copy.signatureDays, 0, signatures);
        System.arraycopy(decisionDays, 0, copy.decisionDays, 0, decisions);
        System.arraycopy(decisionChanges, 0, copy.decisionChanges, 0, decisions);
        copy.size = size;
        copy.append(span);
        return copy;
    }

    /** Appends the dates of the next amendment. */
    void append(Span span) {
        if (size == first.length) {
            int capacity = size * 2;
            concluded = Arrays.copyOf(concluded, capacity);
            first = Arrays.copyOf(first, capacity);
            last = Arrays.copyOf(last, capacity);
            unrecorded = Arrays.copyOf(unrecorded, capacity);
            signaturesFrom = Arrays.copyOf(signaturesFrom, capacity + 1);
            decisionsFrom = Arrays.copyOf(decisionsFrom, capacity + 1);
        }
        concluded[size] = epochDay(span.concludedOn);
        first[size] = epochDay(span.firstDay);
        last[size] = epochDay(span.lastDay);
        unrecorded[size] = span.unrecorded;
        int signatures = signaturesFrom[size];
        signatureDays = ensure(signatureDays, signatures + span.signatureDays.length);
        System.arraycopy(span.signatureDays, 0, signatureDays, signatures, span.signatureDays.length);
        signaturesFrom[size + 1] = signatures + span.signatureDays.length;
        int decisions = decisionsFrom[size];
        decisionDays = ensure(decisionDays, decisions + span.decisionDays.length);
        if (decisionChanges.length != decisionDays.length) {
            decisionChanges = Arrays.copyOf(decisionChanges, decisionDays.length);
        }
        System.arraycopy(span.decisionDays, 0, decisionDays, decisions, span.decisionDays.length);
        System.arraycopy(span.decisionChanges, 0, decisionChanges, decisions, span.decisionChanges.length);
        decisionsFrom[size + 1] = decisions + span.decisionDays.length;
        size++;
    }

    private static long[] ensure(long[] array, int length) {
        return length <= array.length ? array : Arrays.copyOf(array, Math.max(length, array.length * 2));
    }

    private static long epochDay(LocalDate day) {
        return day == null ? UNKNOWN : day.toEpochDay();
    }

    private static LocalDate date(long epochDay) {
        return epochDay == UNKNOWN ? null : LocalDate.ofEpochDay(epochDay);
    }

    /** Tells whether amendment {@code i} is in force on a day, given as an epoch day. */
    boolean covers(int i, long day) {
        return first[i] != UNKNOWN && day >= first[i] && day <= last[i];
    }

    /**
     * Finds the amendments among the first {@code count} that are in force on a day.
     *
     * @return their indices, in order
     */
    int[] inForce(int count, LocalDate day) {
        long epochDay = day.toEpochDay();
        int[] found = new int[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (first[i] != UNKNOWN && epochDay >= first[i] && epochDay <= last[i]) {
                found[n++] = i;
            }
        }
        return n == count ? found : Arrays.copyOf(found, n);
    }

    /**
     * Finds the unrecorded amendments among the first {@code count} that may be in force on a day:
     * those not known to be concluded after it, that is, such that no amendment before them, nor the
     * base convention, was concluded after the day.
     *
     * @param baseConcluded  the day the base convention was concluded
     * @return their indices, in order
     */
    int[] unrecordedBefore(int count, LocalDate day, LocalDate baseConcluded) {
        long epochDay = day.toEpochDay();
        long earliest = baseConcluded.toEpochDay();
        int[] found = new int[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (unrecorded[i]) {
                if (earliest <= epochDay) {
                    found[n++] = i;
                }
            } else {
                earliest = Math.max(earliest, concluded[i]);
            }
        }
        return Arrays.copyOf(found, n);
    }

    /** Tells whether amendment {@code i} is an {@link UnrecordedAmendment}. */
    boolean isUnrecorded(int i) {
        return unrecorded[i];
    }

    /** The day amendment {@code i} is concluded, {@link #UNKNOWN} for a draft or an unrecorded amendment. */
    long concluded(int i) {
        return concluded[i];
    }

    /** The first day amendment {@code i} is in force, {@link #UNKNOWN} when unknown. */
    long first(int i) {
        return first[i];
    }

    /** The last day amendment {@code i} is in force, {@link #UNKNOWN} when its first is unknown. */
    long last(int i) {
        return last[i];
    }

    /**
     * Where the signatures of amendment {@code i} begin among {@link #signatureDay(int)}; they end
     * where those of amendment {@code i + 1} begin.
     */
    int signaturesFrom(int i) {
        return signaturesFrom[i];
    }

    /** The date of signature {@code k}, {@link #UNKNOWN} when undated. */
    long signatureDay(int k) {
        return signatureDays[k];
    }

    /** Where the recorded decisions of amendment {@code i} begin among {@link #decisionDay(int)}. */
    int decisionsFrom(int i) {
        return decisionsFrom[i];
    }

    /** The date of recorded decision {@code k}. */
    long decisionDay(int k) {
        return decisionDays[k];
    }

    /** The index, among its amendment's changes, of the change that records decision {@code k}. */
    int decisionChange(int k) {
        return decisionChanges[k];
    }

    /** The latest first day in force among the first {@code count} amendments, null if none is known. */
    LocalDate latestStart(int count) {
        long latest = UNKNOWN;
        for (int i = 0; i < count; i++) {
            latest = Math.max(latest, first[i]);
        }
        return date(latest);
    }

    /**
     * Adds to a set each day on which one of the first {@code count} amendments takes effect or
     * lapses (the day after its last) that falls after one day and not after another.
     */
    void changesWithin(int count, LocalDate after, LocalDate until, Set<LocalDate> days) {
        long from = after.toEpochDay();
        long to = until.toEpochDay();
        for (int i = 0; i < count; i++) {
            if (first[i] > from && first[i] <= to) {
                days.add(LocalDate.ofEpochDay(first[i]));
            }
            // The last day is known whenever the first is; LocalDate.MAX has no day after it.
            if (first[i] != UNKNOWN && last[i] >= from && last[i] < to && last[i] < MAX_DAY) {
                days.add(LocalDate.ofEpochDay(last[i] + 1));
            }
        }
    }

    /**
     * The dates of one amendment: the day it is concluded (its last signature), its first and last
     * day in force, null where unknown; and the days of its signatures and of the decisions it
     * records. The days concluded and in force are null for an unrecorded amendment and for a
     * draft, and the days in force while a notification is pending.
     */
    static final class Span {
        private static final long[] NO_DAYS = {};
        private static final Span UNRECORDED = new Span(null, null, null, true, NO_DAYS, NO_DAYS, new int[0]);

        final LocalDate concludedOn;
        final LocalDate firstDay;
        final LocalDate lastDay;
        private final boolean unrecorded;
        private final long[] signatureDays;
        private final long[] decisionDays;
        private final int[] decisionChanges;

        private Span(LocalDate concludedOn, LocalDate firstDay, LocalDate lastDay, boolean unrecorded,
                long[] signatureDays, long[] decisionDays, int[] decisionChanges) {
            this.concludedOn = concludedOn;
            this.firstDay = firstDay;
            this.lastDay = lastDay;
            this.unrecorded = unrecorded;
            this.signatureDays = signatureDays;
            this.decisionDays = decisionDays;
            this.decisionChanges = decisionChanges;
        }

        /** The dates of an amendment record. */
        static Span of(AmendmentRecord record) {
            if (!(record instanceof Amendment amendment)) {
                return UNRECORDED;
            }
            List<Signature> signatures = amendment.signatures();
            long[] signatureDays = new long[signatures.size()];
            for (int k = 0; k < signatureDays.length; k++) {
                signatureDays[k] = epochDay(signatures.get(k).date().orElse(null));
            }
            if (amendment.isDraft()) {
                return new Span(null, null, null, false, signatureDays, NO_DAYS, new int[0]);
            }
            List<Change> changes = amendment.changes();
            int[] decisionChanges = new int[changes.size()];
            long[] decisionDays = new long[changes.size()];
            int decisions = 0;
            for (int c = 0; c < changes.size(); c++) {
                if (changes.get(c) instanceof RecordDecision recorded) {
                    decisionChanges[decisions] = c;
                    decisionDays[decisions++] = recorded.decision().date().toEpochDay();
                }
            }
            Optional<LocalDate> concluded = amendment.lastSignatureDate();
            LocalDate start = amendment.term().start().startDate(concluded).orElse(null);
            return new Span(concluded.get(), start, start == null ? null : amendment.term().lastDay(start), false,
                    signatureDays, Arrays.copyOf(decisionDays, decisions), Arrays.copyOf(decisionChanges, decisions));
        }

        /** The dates of an amendment that was rejected and counts as unrecorded. */
        static Span unrecorded() {
            return UNRECORDED;
        }

        /** The day it takes effect, empty for a draft or while not notified. */
        Optional<LocalDate> start() {
            return Optional.ofNullable(firstDay);
        }
    }
}
