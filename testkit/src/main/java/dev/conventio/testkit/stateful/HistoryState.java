package dev.conventio.testkit.stateful;

import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.convention.Convention;
import dev.conventio.history.AmendmentPolicy;
import dev.conventio.history.History;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The state of a stateful test after some steps: the {@link History} under test, and the simple
 * reference model the steps keep beside it (the base convention, the policies and the amendments
 * the history should hold, in order), which the invariants compare it with.
 *
 * <p>An action that adds an amendment returns {@link #accepted(History, AmendmentRecord)}; one that
 * leaves the history as it was returns the state itself.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class HistoryState {

    private final History history;
    private final Convention base;
    private final List<AmendmentPolicy> policies;
    private final List<AmendmentRecord> expected;
    /** Whether a day is left for a new amendment, computed once; null until then. */
    private volatile Boolean room;

    private HistoryState(History history, Convention base, List<AmendmentPolicy> policies,
            List<AmendmentRecord> expected) {
        this.history = history;
        this.base = base;
        this.policies = policies;
        this.expected = expected;
    }

    /**
     * Obtains the state of a history before any step: the model expects what it holds.
     *
     * @param history  the history, not null
     * @return the state, never null
     * @throws NullPointerException if the history is null
     */
    public static HistoryState of(History history) {
        Objects.requireNonNull(history, "history");
        return new HistoryState(history, history.base(), history.policies(), history.amendments());
    }

    /**
     * A state whose model is given apart from its history, for the tests of the built-in actions
     * and invariants: their checks must fail when the two disagree.
     */
    static HistoryState of(History history, Convention base, List<AmendmentPolicy> policies,
            List<AmendmentRecord> expected) {
        return new HistoryState(history, base, List.copyOf(policies), List.copyOf(expected));
    }

    /**
     * Gets the history under test.
     *
     * @return the history, never null
     */
    public History history() {
        return history;
    }

    /**
     * Gets the base convention the model expects.
     *
     * @return the convention, never null
     */
    public Convention base() {
        return base;
    }

    /**
     * Gets the policies the model expects the history to hold.
     *
     * @return the policies, never null, unmodifiable
     */
    public List<AmendmentPolicy> policies() {
        return policies;
    }

    /**
     * Gets the amendments the model expects the history to hold, in order.
     *
     * @return the amendments, never null, unmodifiable
     */
    public List<AmendmentRecord> expectedAmendments() {
        return expected;
    }

    /**
     * Tells whether a day is left for a new amendment of the history, as
     * {@link dev.conventio.testkit.HistoryGen#nextAmendments(History)} requires; computed once.
     *
     * @return true if an amendment can be added
     */
    public boolean hasRoomForAnAmendment() {
        Boolean known = room;
        if (known == null) {
            try {
                dev.conventio.testkit.HistoryGen.nextAmendments(history);
                known = true;
            } catch (IllegalArgumentException e) {
                known = false;
            }
            room = known;
        }
        return known;
    }

    /**
     * Obtains the state after the history accepted an amendment: the history it returned, and the
     * model with the amendment appended.
     *
     * @param next  the history the amendment was added to, not null
     * @param added  the amendment, not null
     * @return the state, never null
     * @throws NullPointerException if an argument is null
     */
    public HistoryState accepted(History next, AmendmentRecord added) {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(added, "added");
        List<AmendmentRecord> longer = new ArrayList<>(expected);
        longer.add(added);
        return new HistoryState(next, base, policies, List.copyOf(longer));
    }

    /**
     * Describes the state: the history's convention and how many amendments the model expects.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return "history of " + base.identification() + " with " + expected.size() + " amendments"
                + (policies.isEmpty() ? "" : ", " + policies.size() + " policies");
    }
}
