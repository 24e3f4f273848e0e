package dev.conventio.testkit;

import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.convention.Convention;
import dev.conventio.testkit.AmendmentGen.Built;
import dev.conventio.testkit.AmendmentGen.Window;
import dev.conventio.testkit.shrink.Spans;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Plans the amendments of a generated history one after the other: each amendment's dates, then
 * its content, in one span, so that the shrinker can delete an amendment without moving the
 * choices of the others.
 *
 * <p>The dates keep the nesting {@link HistoryGen} describes: conclusions and starts in the first
 * half of the convention's term, in order, each conclusion on or after the previous start; ends in
 * the second half, each on or before the previous end. Each gap is drawn so that the amendments
 * spread over the room left, the ones still to plan counted; with the probability of
 * {@link EdgeCases}, a gap is zero: an amendment concluded the day the previous one took effect, in
 * force until the convention's last day. A zero choice gives a zero gap too.
 *
 * <p>Instances are mutable and confined to one generation.
 */
final class HistoryPlan {

    private final LocalDate from;
    private final LocalDate middle;
    /** Days from {@link #from} to {@link #middle}: first-half offsets are below it. */
    private final long half;
    /** The previous start, in days from {@link #from}. */
    private long start;
    /** The previous end, in days from {@link #middle}. */
    private long end;

    private HistoryPlan(LocalDate from, LocalDate to) {
        this.from = from;
        this.middle = from.plusDays(Math.max(1, ChronoUnit.DAYS.between(from, to) / 2));
        this.half = ChronoUnit.DAYS.between(from, middle);
        this.end = ChronoUnit.DAYS.between(middle, to);
    }

    /**
     * The amendment records of a history of the convention, in force until {@code end}: now and then
     * unrecorded ones first, then up to {@code min(size, maxSigned)} signed ones, then now and then a
     * draft.
     */
    static List<AmendmentRecord> records(RandomGenerator random, int size, Convention convention, LocalDate end,
            int maxSigned) {
        List<AmendmentRecord> records = new ArrayList<>();
        int unrecorded = Draws.oneIn(random, 4) ? 1 + random.nextInt(2) : 0;
        for (int i = 1; i <= unrecorded; i++) {
            records.add(AmendmentGen.unrecorded(i).generate(random, size));
        }
        HistoryPlan plan = new HistoryPlan(Conclusions.from(convention), end);
        Standing standing = Standing.of(convention, end);
        // The number of signed amendments just before them, each amendment's draws together.
        int signed = Draws.length(random, 0, Math.min(maxSigned, size));
        for (int i = 0; i < signed; i++) {
            Spans.open(random);
            Built built = AmendmentGen.build(random, size, standing, records.size() + 1, plan.next(random, signed - i),
                    false);
            records.add(built.amendment());
            standing = built.after();
            Spans.close(random);
        }
        if (Draws.oneIn(random, 5)) {
            records.add(AmendmentGen.build(random, size, standing, records.size() + 1, plan.next(random, 1), true)
                    .amendment());
        }
        return List.copyOf(records);
    }

    /** The dates of the next amendment, {@code remaining} amendments being still to plan, this one included. */
    Window next(RandomGenerator random, int remaining) {
        long conclusion = start + gap(random, half - 1 - start, 2 * remaining);
        long begin = conclusion + gap(random, half - 1 - conclusion, 2 * remaining - 1);
        long last = end - gap(random, end, remaining);
        LocalDate previousStart = from.plusDays(start);
        LocalDate concluded = from.plusDays(conclusion);
        LocalDate earliest = concluded.minusDays(30).isBefore(previousStart) ? previousStart : concluded.minusDays(30);
        start = begin;
        end = last;
        return new Window(concluded, from.plusDays(begin), middle.plusDays(last), earliest);
    }

    /** A gap between 0 and {@code room} days, about {@code room / (count + 1)} on average. */
    private static long gap(RandomGenerator random, long room, int count) {
        if (Draws.edge(random) || room <= 0) {
            return 0;
        }
        return random.nextLong(Math.min(room, 2 * room / (count + 1)) + 1);
    }
}
