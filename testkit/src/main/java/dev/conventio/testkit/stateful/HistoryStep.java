package dev.conventio.testkit.stateful;

import java.util.Objects;

/**
 * What one action did: a description for the report, such as
 * {@code add amendment n° 3 (2 changes): accepted}, and the state it left.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class HistoryStep {

    private final String description;
    private final HistoryState state;

    private HistoryStep(String description, HistoryState state) {
        this.description = description;
        this.state = state;
    }

    /**
     * Obtains a step.
     *
     * @param description  what the action did, not null
     * @param state  the state it left, not null
     * @return the step, never null
     * @throws NullPointerException if an argument is null
     */
    public static HistoryStep of(String description, HistoryState state) {
        return new HistoryStep(Objects.requireNonNull(description, "description"), Objects.requireNonNull(state, "state"));
    }

    /**
     * Gets what the action did.
     *
     * @return the description, never null
     */
    public String description() {
        return description;
    }

    /**
     * Gets the state the action left.
     *
     * @return the state, never null
     */
    public HistoryState state() {
        return state;
    }

    /**
     * Returns the description.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return description;
    }
}
