package dev.conventio.testkit.stateful;

/**
 * What must hold after every step of a stateful test, checked against the state and its model;
 * it fails by throwing, as an assertion does.
 *
 * <pre>{@code
 * HistoryInvariant atMostTen = state -> assertThat(state.history().amendments()).hasSizeLessThanOrEqualTo(10);
 * }</pre>
 *
 * @since 0.1
 */
@FunctionalInterface
public interface HistoryInvariant {

    /**
     * Checks the state.
     *
     * @param state  the state after a step, not null
     * @throws Exception if the invariant does not hold
     */
    void check(HistoryState state) throws Exception;
}
