package dev.conventio.testkit.shrink;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * The state of one shrinking search: the simplest failing sequence so far, its spans, and the
 * counts against the budget. Mutable, confined to one {@link Shrinker#shrink} call.
 */
final class Search {

    /** Thrown out of the passes when the budget is used up. */
    static final class OutOfBudget extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final ShrinkResult.Stop stop;

        OutOfBudget(ShrinkResult.Stop stop) {
            super(null, null, false, false);
            this.stop = stop;
        }
    }

    /** Sequences longer than this are not remembered as tried, to bound memory. */
    private static final int REMEMBERED_LENGTH = 4096;

    private final ShrinkTarget target;
    private final int maxCandidates;
    private final long start;
    private final long deadline;
    private final Set<ChoiceSequence> tried = new HashSet<>();
    private ChoiceSequence current;
    private int[] spans = new int[0];
    private int steps;
    private int candidates;

    Search(ShrinkTarget target, ShrinkBudget budget, ChoiceSequence failing) {
        this.target = target;
        this.maxCandidates = budget.candidates();
        this.start = System.nanoTime();
        long nanos;
        try {
            nanos = budget.time().toNanos();
        } catch (ArithmeticException e) {
            nanos = Long.MAX_VALUE / 2;
        }
        this.deadline = start + Math.min(nanos, Long.MAX_VALUE / 2);
        this.current = failing;
    }

    /** Replays the original sequence, which must fail; records its canonical form and spans. */
    boolean reproduce() {
        ReplayingRandom random = ReplayingRandom.of(current);
        if (run(random)) {
            current = random.choices();
            spans = random.spans();
            return true;
        }
        return false;
    }

    /** The offsets of the current sequence, not to be changed. */
    long[] offsets() {
        return current.offsets();
    }

    /** The spans of the current sequence, as triples of start, end and depth. */
    int[] spans() {
        return spans;
    }

    int steps() {
        return steps;
    }

    /** Tries a candidate made of the first {@code length} offsets of an array. */
    boolean attempt(long[] candidate, int length) {
        ChoiceSequence sequence = ChoiceSequence.of(candidate, length);
        if (sequence.compareTo(current) >= 0 || tried.contains(sequence)) {
            return false;
        }
        if (sequence.size() <= REMEMBERED_LENGTH) {
            tried.add(sequence);
        }
        return accept(ReplayingRandom.of(sequence));
    }

    /** Tries the current sequence with one span's choices replaced, the choices after it kept in place. */
    boolean attemptReplacing(int spanStart, int depth, int spanEnd, long[] replacement) {
        return accept(ReplayingRandom.replacingSpan(current.offsets(), spanStart, depth, spanEnd, replacement));
    }

    private boolean accept(ReplayingRandom random) {
        if (run(random)) {
            ChoiceSequence consumed = random.choices();
            if (consumed.compareTo(current) < 0) {
                current = consumed;
                spans = random.spans();
                steps++;
                return true;
            }
        }
        return false;
    }

    private boolean run(ReplayingRandom random) {
        if (candidates >= maxCandidates) {
            throw new OutOfBudget(ShrinkResult.Stop.CANDIDATES);
        }
        if (System.nanoTime() - deadline > 0) {
            throw new OutOfBudget(ShrinkResult.Stop.TIME);
        }
        candidates++;
        try {
            return target.fails(random);
        } catch (RuntimeException | StackOverflowError e) {
            // The generator could not build this candidate: it is not a failing case.
            return false;
        }
    }

    ShrinkResult result(ChoiceSequence original, ShrinkResult.Stop stop) {
        return new ShrinkResult(original, current, steps, candidates, Duration.ofNanos(System.nanoTime() - start), stop);
    }
}
