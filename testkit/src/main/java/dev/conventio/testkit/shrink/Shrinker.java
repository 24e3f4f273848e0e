package dev.conventio.testkit.shrink;

import java.util.Objects;

/**
 * Shrinks a failing case to a simpler one that still fails, by simplifying the choice sequence
 * its generator drew (the approach of Hypothesis): the value is rebuilt from each candidate
 * sequence by the same generator, so every candidate is a valid value, built by construction, and
 * shrinking works through {@code map}, {@code flatMap}, lists and the domain generators alike.
 *
 * <p>The passes, repeated until none makes progress or the budget is used up: cut the sequence
 * to its shortest failing prefix; delete an element of a list together with one from its length;
 * delete a marked part ({@link Spans}); replace a part with its simplest form, the parts after it
 * kept in place; delete blocks of 8, 4, 2 and 1 choices; set blocks of 8, 4, 2 and 1 choices to
 * zero; lower each choice by binary search towards zero; swap two adjacent parts of the same size
 * into order. A candidate is kept only if the property still fails on it and its sequence is
 * simpler, shortlex; a candidate whose generation throws is never kept.
 *
 * <p>The search is deterministic: it reads no clock to choose candidates and draws nothing at
 * random; the same failing sequence shrinks to the same result in the same steps on every run,
 * unless the time budget stops it first.
 *
 * <pre>{@code
 * ShrinkResult result = Shrinker.of(ShrinkBudget.defaults()).shrink(failing, random ->
 *         HistoryGen.histories().generate(random, 10).amendments().size() > 2);
 * ReplayingRandom replay = ReplayingRandom.of(result.shrunk());   // builds the shrunk history
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; each call to {@link #shrink} runs on its caller's thread.
 *
 * @since 0.1
 */
public final class Shrinker {

    private final ShrinkBudget budget;

    private Shrinker(ShrinkBudget budget) {
        this.budget = budget;
    }

    /**
     * Obtains a shrinker with a budget.
     *
     * @param budget  the budget, not null
     * @return the shrinker, never null
     * @throws NullPointerException if the budget is null
     */
    public static Shrinker of(ShrinkBudget budget) {
        return new Shrinker(Objects.requireNonNull(budget, "budget"));
    }

    /**
     * Gets the budget.
     *
     * @return the budget, never null
     */
    public ShrinkBudget budget() {
        return budget;
    }

    /**
     * Shrinks a failing sequence.
     *
     * @param failing  a sequence on which the target fails, not null
     * @param target  generates a value from each candidate and runs the property on it, not null
     * @return the result, {@link ShrinkResult.Stop#NOT_REPRODUCED} if the target does not fail on
     *     the sequence given, never null
     * @throws NullPointerException if an argument is null
     */
    public ShrinkResult shrink(ChoiceSequence failing, ShrinkTarget target) {
        Objects.requireNonNull(failing, "failing");
        Objects.requireNonNull(target, "target");
        Search search = new Search(target, budget, failing);
        ShrinkResult.Stop stop;
        if (budget.candidates() == 0) {
            stop = ShrinkResult.Stop.DISABLED;
        } else {
            try {
                stop = search.reproduce() ? ShrinkPasses.run(search) : ShrinkResult.Stop.NOT_REPRODUCED;
            } catch (Search.OutOfBudget e) {
                stop = e.stop;
            }
        }
        return search.result(failing, stop);
    }
}
