package dev.conventio.testkit;

import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.convention.Convention;
import dev.conventio.testkit.AmendmentGen.Built;
import dev.conventio.testkit.AmendmentGen.Window;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
 */
public final class HistoryGen {

    /** The most signed amendments in a generated history. */
    static final int MAX_AMENDMENTS = 6;

    private HistoryGen() {
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
        Objects.requireNonNull(convention, "convention");
        LocalDate end = Standing.lastDay(convention);
        if (ChronoUnit.DAYS.between(convention.concludedOn(), end) < 1) {
            throw new IllegalArgumentException("convention " + convention.reference()
                    + " is in force for less than two days: no amendment can be planned");
        }
        return (random, size) -> {
            List<AmendmentRecord> records = new ArrayList<>();
            int unrecorded = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
            for (int i = 1; i <= unrecorded; i++) {
                records.add(AmendmentGen.unrecorded(i).generate(random, size));
            }
            int signed = random.nextInt(0, Math.min(MAX_AMENDMENTS, size) + 1);
            boolean draft = random.nextInt(5) == 0;
            List<Window> windows = windows(random, convention.concludedOn(), end, signed + (draft ? 1 : 0));
            Standing standing = Standing.of(convention, end);
            for (int i = 0; i < windows.size(); i++) {
                Built built = AmendmentGen.build(random, size, standing, records.size() + 1, windows.get(i),
                        draft && i == signed);
                records.add(built.amendment());
                standing = built.after();
            }
            return List.copyOf(records);
        };
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
