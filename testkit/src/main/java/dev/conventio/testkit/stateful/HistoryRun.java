package dev.conventio.testkit.stateful;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of a stateful test: the state it started from, the steps it took, the state it ended in,
 * and the failure that stopped it, if any. A {@link HistoryMachine} generates runs; generating one
 * runs its steps, and {@link #assertPassed()} is the property.
 *
 * <p>Its {@link #toString()} lists the steps, the way a report shows a shrunk run:
 *
 * <pre>
 * start: history of DEVT 000-0000/15/BM with 0 amendments
 *   1. add amendment n° 1 (0 changes): accepted
 *   2. add amendment n° 2 (1 changes): accepted
 * failed: java.lang.AssertionError: at most one amendment
 * </pre>
 *
 * <p>This class is immutable and thread-safe if its failure is.
 *
 * @since 0.1
 */
public final class HistoryRun {

    private final HistoryState start;
    private final List<String> steps;
    private final HistoryState end;
    private final Throwable failure;

    HistoryRun(HistoryState start, List<String> steps, HistoryState end, Throwable failure) {
        this.start = start;
        this.steps = List.copyOf(steps);
        this.end = end;
        this.failure = failure;
    }

    /**
     * Gets the state the run started from.
     *
     * @return the state, never null
     */
    public HistoryState start() {
        return start;
    }

    /**
     * Gets what each step did, in order, the failing one last.
     *
     * @return the descriptions, never null, unmodifiable
     */
    public List<String> steps() {
        return steps;
    }

    /**
     * Gets the state after the last step that passed.
     *
     * @return the state, never null
     */
    public HistoryState end() {
        return end;
    }

    /**
     * Gets what stopped the run.
     *
     * @return the failure, empty if every step and invariant passed, never null
     */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * Throws the failure that stopped the run, as it was thrown, if any.
     *
     * @throws Exception the failure, if it is an exception
     * @throws Error the failure, if it is an error, such as an {@link AssertionError}
     */
    public void assertPassed() throws Exception {
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof Exception exception) {
            throw exception;
        }
        Objects.requireNonNull(steps);
    }

    /**
     * Lists the start, the steps and the failure.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("start: ").append(start).append('\n');
        for (int i = 0; i < steps.size(); i++) {
            out.append("  ").append(i + 1).append(". ").append(steps.get(i)).append('\n');
        }
        out.append(failure == null ? "passed" : "failed: " + failure.getClass().getName() + ": " + failure.getMessage());
        return out.toString();
    }
}
