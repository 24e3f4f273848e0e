package dev.conventio.testkit;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.amendment.KnownFrom;
import dev.conventio.change.Change;
import dev.conventio.convention.Convention;
import dev.conventio.date.PartialDate;
import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.History;
import dev.conventio.testkit.AmendmentGen.Window;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Generators of amendment histories whose every amendment obeys the amendment rules.
 *
 * <p>A generated history starts, now and then, with unrecorded amendments (known to exist, content
 * unknown, as Avenant n° 1 of the reference document), goes on with signed amendments numbered
 * after them, and ends, now and then, with a draft. The signed amendments' terms are nested: each
 * one is concluded after the previous one took effect and lapses no later than it. On any date,
 * the amendments in force are therefore the first ones, and the convention as in force is the
 * convention that each amendment was generated against: every amendment is valid for the
 * convention as it stands, whichever date the rules consider it on. Every amendment is concluded in
 * the first half of the convention's term, so that it is concluded while the convention is in force.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class HistoryGen {

    /** The most signed amendments in a generated history. */
    static final int MAX_AMENDMENTS = 6;

    private HistoryGen() {
    }

    /**
     * Obtains a generator of valid histories of complete conventions (see {@link ConventionGen#conventions()}).
     *
     * @return the generator, never null
     */
    public static Gen<History> histories() {
        return histories(ConventionGen.conventions());
    }

    /**
     * Obtains a generator of valid histories of conventions that record their text (see
     * {@link ConventionGen#conventionsWithText()}), whose amendments also modify it: written by
     * format version 2 only.
     *
     * @return the generator, never null
     */
    public static Gen<History> historiesWithText() {
        return histories(ConventionGen.conventionsWithText());
    }

    /**
     * Obtains a generator of valid histories of the given conventions: up to {@code min(size, 6)}
     * signed amendments, now and then after unrecorded ones and before a draft.
     *
     * @param conventions  the generator of base conventions, not null
     * @return the generator, never null
     * @throws NullPointerException if the generator is null
     */
    public static Gen<History> histories(Gen<Convention> conventions) {
        return histories(conventions, MAX_AMENDMENTS);
    }

    /**
     * Obtains a generator of valid histories of the given conventions with up to
     * {@code min(size, maxSigned)} signed amendments, now and then after unrecorded ones and
     * before a draft, such as the long histories of a benchmark.
     *
     * @param conventions  the generator of base conventions, not null
     * @param maxSigned  the most signed amendments, zero or positive
     * @return the generator, never null
     * @throws IllegalArgumentException if {@code maxSigned} is negative
     * @throws NullPointerException if the generator is null
     */
    public static Gen<History> histories(Gen<Convention> conventions, int maxSigned) {
        Objects.requireNonNull(conventions, "conventions");
        if (maxSigned < 0) {
            throw new IllegalArgumentException("the most signed amendments is zero or positive, was " + maxSigned);
        }
        return conventions.flatMap(base -> records(base, maxSigned).map(records -> History.of(base, records)));
    }

    /**
     * Obtains a generator of next amendments whose signatures give only the month of their day, as
     * a published avenant often does: those of {@link #nextAmendments(History)}, each signature's
     * day replaced by its month. The history accepts each; where the month does not decide a rule
     * (signed in the month the convention was concluded or ends), the outcome is undetermined
     * ({@code History.undetermined()}).
     *
     * @param history  the history, not null
     * @return the generator, never null
     * @throws IllegalArgumentException if no day is left for a new amendment (as
     *     {@link #nextAmendments(History)})
     * @throws NullPointerException if the history is null
     */
    public static Gen<Amendment> nextAmendmentsSignedInPart(History history) {
        return nextAmendments(history).map(amendment -> Amendment.builder().from(amendment)
                .signatures(amendment.signatures().stream().map(signature -> signature.withSignedOn(
                        PartialDate.of(YearMonth.from(signature.date().orElseThrow())))).toList())
                .build());
    }

    /**
     * Obtains a generator of next amendments known only from a later instrument that recalls them
     * (« l'avenant n° 1 du 20 juin 2018 », read in avenant n° 2's preamble): those of
     * {@link #nextAmendments(History)}, their signatures replaced by {@link KnownFrom} with the day
     * of their last signature, since such an instrument names no signatory. The history accepts
     * each, in force from that day.
     *
     * @param history  the history, not null
     * @return the generator, never null
     * @throws IllegalArgumentException if no day is left for a new amendment (as
     *     {@link #nextAmendments(History)})
     * @throws NullPointerException if the history is null
     */
    public static Gen<Amendment> nextAmendmentsKnownFromALaterInstrument(History history) {
        return nextAmendments(history).map(amendment -> Amendment.builder().from(amendment)
                .signatures(List.of())
                .knownFrom(KnownFrom.of("préambule de l'avenant n° " + (amendment.number() + 1),
                        PartialDate.of(amendment.lastSignatureDate().orElseThrow())))
                .build());
    }

    /**
     * Obtains a generator of next amendments one of whose changes has an end of its own (« pour
     * l'année 2020 »): those of {@link #nextAmendments(History)}, their last change that is not
     * {@linkplain Change#isLasting() lasting} given a last day within the amendment's first year
     * in force, so that no later change of the amendment depends on it. Unchanged when every
     * change is lasting.
     *
     * @param history  the history, not null
     * @return the generator, never null
     * @throws IllegalArgumentException if no day is left for a new amendment (as
     *     {@link #nextAmendments(History)})
     * @throws NullPointerException if the history is null
     */
    public static Gen<Amendment> nextAmendmentsWithAChangeOfLimitedDuration(History history) {
        return nextAmendments(history).flatMap(amendment -> (random, size) -> {
            List<Change> changes = new ArrayList<>(amendment.changes());
            int last = changes.size() - 1;
            while (last >= 0 && changes.get(last).isLasting()) {
                last--;
            }
            if (last < 0) {
                return amendment;
            }
            LocalDate first = startOf(amendment);
            LocalDate end = amendment.term().lastDay(first).filter(day -> day.isBefore(first.plusYears(1)))
                    .orElse(first.plusYears(1));
            LocalDate until = first.plusDays(random.nextLong(ChronoUnit.DAYS.between(first, end) + 1));
            changes.set(last, changes.get(last).withUntil(until));
            return Amendment.builder().from(amendment).changes(changes).build();
        });
    }

    /**
     * Obtains a generator of signed amendments valid as the next amendment of a history: numbered
     * after its last amendment, signed by every party of the convention as it stands, concluded
     * after the latest entry into force the history records, in force only while every amendment in
     * force on its conclusion still is, and changing only what exists then.
     *
     * <p>The convention as it stands is taken from the history's own consolidation on the day the
     * new amendment is concluded.
     *
     * @param history  the history, not null
     * @return the generator, never null
     * @throws IllegalArgumentException if no day is left for a new amendment: the amendments in
     *     force, or the convention, end less than a day after the latest entry into force
     * @throws NullPointerException if the history is null
     */
    public static Gen<Amendment> nextAmendments(History history) {
        Objects.requireNonNull(history, "history");
        Convention base = history.base();
        LocalDate from = Conclusions.from(base);
        for (AmendmentRecord record : history.amendments()) {
            if (record instanceof Amendment amendment && !amendment.isDraft()) {
                LocalDate start = startOf(amendment);
                from = start.isAfter(from) ? start : from;
            }
        }
        ConsolidatedConvention standingOnFrom = history.asOf(from);
        LocalDate to = Standing.lastDay(standingOnFrom.convention());
        // A termination already recorded ends the convention, and no second one can be made.
        Optional<LocalDate> terminated = standingOnFrom.termination().map(sourced -> sourced.value().lastDay());
        if (terminated.isPresent() && terminated.get().isBefore(to)) {
            to = terminated.get();
        }
        for (AmendmentRecord record : history.amendments()) {
            if (record instanceof Amendment amendment && !amendment.isDraft()) {
                LocalDate last = amendment.term().lastDay(startOf(amendment)).orElse(LocalDate.MAX);
                to = !last.isBefore(from) && last.isBefore(to) ? last : to;
            }
        }
        if (ChronoUnit.DAYS.between(from, to) < 1) {
            throw new IllegalArgumentException("no day is left for a new amendment of " + history
                    + " between " + from + " and " + to);
        }
        LocalDate first = from;
        LocalDate last = to;
        int number = history.amendments().size() + 1;
        return (random, size) -> {
            Window window = windows(random, first, last, 1).get(0);
            // The view on the conclusion holds any termination recorded by then, which outlives its avenant.
            Standing standing = Standing.of(history.asOf(window.conclusion()), last);
            return AmendmentGen.build(random, size, standing, number, window, false).amendment();
        };
    }

    /** The first day in force of a signed amendment; its conclusion while a notification is pending. */
    private static LocalDate startOf(Amendment amendment) {
        LocalDate concluded = amendment.lastSignatureDate().orElseThrow();
        return amendment.term().start().startDate(Optional.of(concluded)).orElse(concluded);
    }

    /**
     * Obtains a generator of the amendment records of a valid history of the convention, in order:
     * unrecorded ones, signed ones, and possibly a draft, numbered 1 to n.
     *
     * @param convention  the base convention, not null
     * @return the generator of lists, possibly empty, never null
     * @throws IllegalArgumentException if the convention is in force for less than two days
     * @throws NullPointerException if the convention is null
     */
    public static Gen<List<AmendmentRecord>> records(Convention convention) {
        return records(convention, MAX_AMENDMENTS);
    }

    private static Gen<List<AmendmentRecord>> records(Convention convention, int maxSigned) {
        Objects.requireNonNull(convention, "convention");
        LocalDate end = Standing.lastDay(convention);
        if (ChronoUnit.DAYS.between(Conclusions.from(convention), end) < 1) {
            throw new IllegalArgumentException("convention " + convention.identification()
                    + " is in force for less than two days: no amendment can be planned");
        }
        return (random, size) -> HistoryPlan.records(random, size, convention, end, maxSigned);
    }

    /**
     * Plans the dates of {@code count} amendments of a convention concluded on {@code from} and in
     * force until {@code to}: conclusions and starts in the first half, in order, each conclusion
     * after the previous start; ends in the second half, each no later than the previous end.
     */
    static List<Window> windows(RandomGenerator random, LocalDate from, LocalDate to, int count) {
        long span = ChronoUnit.DAYS.between(from, to);
        LocalDate middle = from.plusDays(Math.max(1, span / 2));
        long[] firstHalf = sortedDays(random, 2 * count, ChronoUnit.DAYS.between(from, middle));
        long[] secondHalf = sortedDays(random, count, ChronoUnit.DAYS.between(middle, to) + 1);
        List<Window> windows = new ArrayList<>(count);
        LocalDate previousStart = from;
        for (int i = 0; i < count; i++) {
            LocalDate conclusion = from.plusDays(firstHalf[2 * i]);
            LocalDate start = from.plusDays(firstHalf[2 * i + 1]);
            LocalDate end = middle.plusDays(secondHalf[count - 1 - i]);
            LocalDate earliest = conclusion.minusDays(30).isBefore(previousStart) ? previousStart : conclusion.minusDays(30);
            windows.add(new Window(conclusion, start, end, earliest));
            previousStart = start;
        }
        return windows;
    }

    /** {@code count} day offsets drawn in {@code [0, bound)}, sorted, possibly equal. */
    private static long[] sortedDays(RandomGenerator random, int count, long bound) {
        long[] days = new long[count];
        for (int i = 0; i < count; i++) {
            days[i] = random.nextLong(bound);
        }
        Arrays.sort(days);
        return days;
    }
}
