package dev.conventio.testkit.stateful;

import dev.conventio.convention.Convention;
import dev.conventio.history.AmendmentPolicy;
import dev.conventio.history.History;
import dev.conventio.testkit.ConventionGen;
import dev.conventio.testkit.Gen;
import dev.conventio.testkit.property.Property;
import dev.conventio.testkit.shrink.Spans;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A stateful test of histories: sequences of actions on a {@link History}, each checked against a
 * simple reference model, with invariants checked after every step; a failing sequence shrinks to
 * the shortest, simplest one that still fails, since the number of steps and each step's draws are
 * choices like any other.
 *
 * <pre>{@code
 * HistoryMachine.ofConventions(ConventionGen.conventions())
 *         .withPolicies(new MyOwnPolicy())
 *         .withAction(myAction)
 *         .withInvariant(state -> assertThat(...))
 *         .check();
 * }</pre>
 *
 * <p>By default the actions are {@link HistoryActions#defaults()} and the invariants
 * {@link HistoryInvariants#defaults()}, up to 20 steps a run. Each step draws whether to go on (a
 * zero choice stops, so shrinking shortens runs), then which of the actions that apply to the state
 * to take, then what that action draws, all in one span, so that the shrinker deletes whole steps.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class HistoryMachine {

    private final Gen<History> start;
    private final List<HistoryAction> actions;
    private final List<HistoryInvariant> invariants;
    private final List<AmendmentPolicy> policies;
    private final int maxSteps;

    private HistoryMachine(Gen<History> start, List<HistoryAction> actions, List<HistoryInvariant> invariants,
            List<AmendmentPolicy> policies, int maxSteps) {
        this.start = start;
        this.actions = actions;
        this.invariants = invariants;
        this.policies = policies;
        this.maxSteps = maxSteps;
    }

    /**
     * Obtains a machine whose runs start from the generated histories.
     *
     * @param histories  the generator of the histories to start from, not null
     * @return the machine, with the built-in actions and invariants, never null
     * @throws NullPointerException if the generator is null
     */
    public static HistoryMachine of(Gen<History> histories) {
        return new HistoryMachine(Objects.requireNonNull(histories, "histories"), HistoryActions.defaults(),
                HistoryInvariants.defaults(), List.of(), 20);
    }

    /**
     * Obtains a machine whose runs start from the generated conventions, without amendments.
     *
     * @param conventions  the generator of base conventions, such as {@link ConventionGen#conventions()}, not null
     * @return the machine, with the built-in actions and invariants, never null
     * @throws NullPointerException if the generator is null
     */
    public static HistoryMachine ofConventions(Gen<Convention> conventions) {
        return of(Objects.requireNonNull(conventions, "conventions").map(History::of));
    }

    /**
     * Obtains this machine with only the given actions.
     *
     * @param only  the actions, at least one, not null
     * @return the machine, never null
     * @throws IllegalArgumentException if there is no action
     * @throws NullPointerException if the list or an action is null
     */
    public HistoryMachine withActions(List<? extends HistoryAction> only) {
        List<HistoryAction> copy = List.copyOf(only);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a stateful test needs at least one action");
        }
        return new HistoryMachine(start, copy, invariants, policies, maxSteps);
    }

    /**
     * Obtains this machine with one more action.
     *
     * @param action  the action, not null
     * @return the machine, never null
     * @throws NullPointerException if the action is null
     */
    public HistoryMachine withAction(HistoryAction action) {
        List<HistoryAction> more = new ArrayList<>(actions);
        more.add(Objects.requireNonNull(action, "action"));
        return new HistoryMachine(start, List.copyOf(more), invariants, policies, maxSteps);
    }

    /**
     * Obtains this machine with one more invariant.
     *
     * @param invariant  the invariant, not null
     * @return the machine, never null
     * @throws NullPointerException if the invariant is null
     */
    public HistoryMachine withInvariant(HistoryInvariant invariant) {
        List<HistoryInvariant> more = new ArrayList<>(invariants);
        more.add(Objects.requireNonNull(invariant, "invariant"));
        return new HistoryMachine(start, actions, List.copyOf(more), policies, maxSteps);
    }

    /**
     * Obtains this machine whose histories hold the given policies, the user's own ones among them,
     * on top of those they start with.
     *
     * @param more  the policies, not null
     * @return the machine, never null
     * @throws NullPointerException if the array or a policy is null
     */
    public HistoryMachine withPolicies(AmendmentPolicy... more) {
        List<AmendmentPolicy> all = new ArrayList<>(policies);
        all.addAll(List.of(more));
        return new HistoryMachine(start, actions, invariants, List.copyOf(all), maxSteps);
    }

    /**
     * Obtains this machine with runs of at most so many steps.
     *
     * @param steps  the most steps, zero or positive
     * @return the machine, never null
     * @throws IllegalArgumentException if the number is negative
     */
    public HistoryMachine maxSteps(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("the most steps is zero or positive, was " + steps);
        }
        return new HistoryMachine(start, actions, invariants, policies, steps);
    }

    /**
     * Obtains the generator of runs: generating a run takes its steps.
     *
     * @return the generator, never null
     */
    public Gen<HistoryRun> runs() {
        return this::run;
    }

    /**
     * Obtains the property that every run passes, to set its cases, seed or budget before checking.
     *
     * @return the property, never null
     */
    public Property<HistoryRun> property() {
        return Property.forAll(runs());
    }

    /**
     * Runs 100 sequences and fails with the shrunk sequence if one fails.
     *
     * @throws dev.conventio.testkit.property.PropertyFailure with the report of the shortest failing
     *     sequence found
     */
    public void check() {
        property().verify(HistoryRun::assertPassed);
    }

    private HistoryRun run(RandomGenerator random, int size) {
        History history = start.generate(random, size);
        if (!policies.isEmpty()) {
            List<AmendmentPolicy> all = new ArrayList<>(history.policies());
            all.addAll(policies);
            history = history.withPolicies(all);
        }
        HistoryState initial = HistoryState.of(history);
        HistoryState state = initial;
        List<String> steps = new ArrayList<>();
        Throwable failure = invariants(state);
        for (int i = 0; failure == null && i < maxSteps; i++) {
            Spans.open(random);
            try {
                if (random.nextInt(maxSteps - i + 1) == 0) {
                    break;
                }
                HistoryAction action = null;
                try {
                    List<HistoryAction> applicable = new ArrayList<>();
                    for (HistoryAction candidate : actions) {
                        if (candidate.appliesTo(state)) {
                            applicable.add(candidate);
                        }
                    }
                    if (applicable.isEmpty()) {
                        break;
                    }
                    action = applicable.get(random.nextInt(applicable.size()));
                    HistoryStep step = Objects.requireNonNull(action.run(state, random, size), "step");
                    steps.add(step.description());
                    state = step.state();
                    failure = invariants(state);
                } catch (Throwable thrown) {
                    steps.add((action == null ? "choose an action" : action.name()) + ": failed");
                    failure = thrown;
                }
            } finally {
                Spans.close(random);
            }
        }
        return new HistoryRun(initial, steps, state, failure);
    }

    private Throwable invariants(HistoryState state) {
        for (HistoryInvariant invariant : invariants) {
            try {
                invariant.check(state);
            } catch (Throwable thrown) {
                return thrown;
            }
        }
        return null;
    }
}
