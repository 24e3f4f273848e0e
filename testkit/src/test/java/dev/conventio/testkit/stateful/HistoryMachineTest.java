package dev.conventio.testkit.stateful;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.conventio.amendment.Amendment;
import dev.conventio.history.AmendmentPolicy;
import dev.conventio.history.History;
import dev.conventio.testkit.ConventionGen;
import dev.conventio.testkit.HistoryGen;
import dev.conventio.testkit.property.PropertyFailure;
import dev.conventio.testkit.property.PropertyResult;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Stateful tests of histories: the built-in actions pass on valid histories, with or without
 * policies; a failing sequence shrinks to the shortest one, deterministically; a user's own actions
 * and invariants join the built-in ones.
 */
class HistoryMachineTest {

    /**
     * The machine most tests run, built in each test rather than once in a static field, so that a
     * mutation tool, which changes classes already initialised, sees the tests that use it.
     */
    private static HistoryMachine fromConventions() {
        return HistoryMachine.ofConventions(ConventionGen.conventions()).maxSteps(12);
    }

    @Test
    void everyBuiltInActionRunsAndPassesOnValidHistories() {
        Set<String> seen = new HashSet<>();
        for (HistoryMachine machine : List.of(fromConventions(), HistoryMachine.of(HistoryGen.histories()).maxSteps(8))) {
            PropertyResult result = machine.property().runSeed(21).cases(40).run(run -> {
                run.assertPassed();
                run.steps().forEach(step -> seen.add(step.substring(0, step.indexOf(' '))));
            });
            assertThat(result.passed()).as(result.report()).isTrue();
        }
        assertThat(seen).contains("add", "try", "check", "asOf", "timeline:", "JSON");
        assertThat(HistoryActions.defaults()).extracting(HistoryAction::name).containsExactly("add a valid amendment",
                "try an invalid amendment", "check a valid amendment", "consolidate on a date", "build the timeline",
                "JSON round trip");
    }

    @Test
    void passesUnderPoliciesThatRejectSomeValidAmendments() {
        HistoryMachine capped = fromConventions().withPolicies(AmendmentPolicy.maxCumulativeIncrease(BigDecimal.ZERO));
        Set<String> outcomes = new HashSet<>();
        PropertyResult result = capped.property().runSeed(22).cases(40).run(run -> {
            run.assertPassed();
            run.steps().stream().filter(step -> step.startsWith("add")).forEach(step ->
                    outcomes.add(step.contains("rejected by a policy") ? "rejected" : "accepted"));
        });
        assertThat(result.passed()).as(result.report()).isTrue();
        assertThat(outcomes).containsExactlyInAnyOrder("accepted", "rejected");
    }

    @Test
    void aFailingSequenceShrinksToTheShortestOneInTheSameStepsEveryRun() {
        HistoryMachine atMostTwo = fromConventions().withInvariant(state -> {
            if (state.history().amendments().size() > 2) {
                throw new AssertionError("at most two amendments");
            }
        });
        PropertyFailure first = catchThrowableOfType(PropertyFailure.class, () -> atMostTwo.property().runSeed(23).cases(200)
                .verify(HistoryRun::assertPassed));
        HistoryRun shrunk = (HistoryRun) first.counterexample().value();
        assertThat(shrunk.start().history().amendments()).isEmpty();
        assertThat(shrunk.steps()).hasSize(3).allMatch(step -> step.startsWith("add amendment n° ")
                && step.endsWith(": accepted"));
        assertThat(shrunk.failure()).get().extracting(Throwable::getMessage).isEqualTo("at most two amendments");
        assertThat(first.getMessage()).contains("  1. add amendment n° 1").contains("  3. add amendment n° 3");
        PropertyFailure second = catchThrowableOfType(PropertyFailure.class, () -> atMostTwo.property().runSeed(23)
                .cases(200).verify(HistoryRun::assertPassed));
        assertThat(second.counterexample().choices()).isEqualTo(first.counterexample().choices());
        assertThat(second.counterexample().shrinking().steps()).isEqualTo(first.counterexample().shrinking().steps());
    }

    @Test
    void aUsersActionThatForgetsTheModelIsCaughtByTheInvariantsAtItsFirstStep() {
        HistoryAction forgetful = new HistoryAction() {
            @Override
            public String name() {
                return "add without telling the model";
            }

            @Override
            public boolean appliesTo(HistoryState state) {
                return state.hasRoomForAnAmendment();
            }

            @Override
            public HistoryStep run(HistoryState state, java.util.random.RandomGenerator random, int size) {
                Amendment next = HistoryGen.nextAmendments(state.history()).generate(random, size);
                History added = state.history().add(next);
                // The bug: the state keeps the old model with the new history.
                return HistoryStep.of("add amendment n° " + next.number() + " quietly",
                        HistoryState.of(state.history()).accepted(added, next).accepted(added, next));
            }
        };
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () -> fromConventions()
                .withAction(forgetful).property().runSeed(24).cases(100).verify(HistoryRun::assertPassed));
        HistoryRun shrunk = (HistoryRun) failure.counterexample().value();
        assertThat(shrunk.steps()).singleElement().asString().endsWith("quietly");
        assertThat(shrunk.failure()).get().extracting(Throwable::getMessage).asString()
                .contains("where the model expects 2");
    }

    @Test
    void aMachineOfConventionsStartsFromTheConventionDrawnWithoutAmendments() {
        HistoryRun run = fromConventions().maxSteps(0).runs().sample(4, 5);
        assertThat(run.start().history()).isEqualTo(History.of(ConventionGen.conventions().sample(4, 5)));
        assertThat(run.start().history().amendments()).isEmpty();
    }

    @Test
    void anActionThatFailsToSayWhetherItAppliesEndsTheRunAtThatChoice() {
        HistoryAction broken = new HistoryAction() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public boolean appliesTo(HistoryState state) {
                throw new IllegalStateException("cannot tell");
            }

            @Override
            public HistoryStep run(HistoryState state, java.util.random.RandomGenerator random, int size) {
                return HistoryStep.of("never", state);
            }
        };
        HistoryMachine machine = fromConventions().withActions(List.of(broken));
        // The first seeds whose run does not stop before its first step, one in thirteen.
        List<HistoryRun> runs = java.util.stream.LongStream.range(1, 40).mapToObj(seed -> machine.runs().sample(seed, 5))
                .filter(run -> !run.steps().isEmpty()).toList();
        assertThat(runs).isNotEmpty();
        HistoryRun run = runs.get(0);
        assertThat(run.steps()).containsExactly("choose an action: failed");
        assertThat(run.failure()).get().extracting(Throwable::getMessage).isEqualTo("cannot tell");
    }

    @Test
    void aRunWithoutStepsPassesAndDescribesItself() {
        HistoryRun run = fromConventions().maxSteps(0).runs().sample(1, 5);
        assertThat(run.steps()).isEmpty();
        assertThat(run.failure()).isEmpty();
        assertThat(run.end()).isSameAs(run.start());
        assertThat(run).hasToString("start: " + run.start() + "\npassed");
    }
}
