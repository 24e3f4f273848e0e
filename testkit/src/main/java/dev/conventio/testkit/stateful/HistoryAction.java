package dev.conventio.testkit.stateful;

import java.util.random.RandomGenerator;

/**
 * One kind of step of a stateful test: it draws what it needs, acts on the history, checks the
 * outcome against the model and returns the state it leaves. An assertion that fails, or any
 * exception, fails the run at this step.
 *
 * <pre>{@code
 * HistoryAction consolidateTwice = HistoryAction.of("consolidate twice", (state, random, size) -> {
 *     LocalDate date = state.base().conclusionDate().orElseThrow().plusDays(random.nextInt(1000));
 *     assertThat(state.history().asOf(date)).isEqualTo(state.history().asOf(date));
 *     return HistoryStep.of("asOf " + date + " twice", state);
 * });
 * }</pre>
 *
 * <p>Implementations must be stateless and thread-safe, and draw only from the source they are
 * given, so that a run replays and shrinks.
 *
 * @since 0.1
 */
public interface HistoryAction {

    /**
     * Gets the name of the action, such as {@code add a valid amendment}.
     *
     * @return the name, never null
     */
    String name();

    /**
     * Tells whether the action can run on a state, such as adding an amendment when a day is left
     * for one.
     *
     * @param state  the state, not null
     * @return true if it can run
     */
    default boolean appliesTo(HistoryState state) {
        return true;
    }

    /**
     * Runs the action.
     *
     * @param state  the state, to which the action applies, not null
     * @param random  the source to draw from, not null
     * @param size  the size of the run, zero or positive
     * @return what the action did and the state it left, never null
     * @throws Exception if the outcome is not what the model expects
     */
    HistoryStep run(HistoryState state, RandomGenerator random, int size) throws Exception;

    /** The body of an action made with {@link #of(String, Body)}. */
    @FunctionalInterface
    interface Body {
        /**
         * Runs the action.
         *
         * @param state  the state, not null
         * @param random  the source to draw from, not null
         * @param size  the size of the run, zero or positive
         * @return what the action did and the state it left, never null
         * @throws Exception if the outcome is not what the model expects
         */
        HistoryStep run(HistoryState state, RandomGenerator random, int size) throws Exception;
    }

    /**
     * Obtains an action that always applies.
     *
     * @param name  the name, not null
     * @param body  what it does, not null
     * @return the action, never null
     * @throws NullPointerException if an argument is null
     */
    static HistoryAction of(String name, Body body) {
        java.util.Objects.requireNonNull(name, "name");
        java.util.Objects.requireNonNull(body, "body");
        return new HistoryAction() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public HistoryStep run(HistoryState state, RandomGenerator random, int size) throws Exception {
                return body.run(state, random, size);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
