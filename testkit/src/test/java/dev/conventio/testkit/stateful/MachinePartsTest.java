package dev.conventio.testkit.stateful;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.amendment.Amendment;
import dev.conventio.convention.Convention;
import dev.conventio.history.AmendmentPolicy;
import dev.conventio.history.History;
import dev.conventio.testkit.AmendmentGen;
import dev.conventio.testkit.ConventionGen;
import dev.conventio.testkit.HistoryGen;
import dev.conventio.testkit.property.PropertyFailure;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parts of a stateful test a user sees: the actions that add an amendment apply only where a
 * day is left for one, a machine runs the actions it is given and no others, and states, steps and
 * actions describe themselves.
 */
class MachinePartsTest {

    private static final Convention BASE = ConventionGen.conventions().sample(5, 5);
    private static final Amendment FIRST = AmendmentGen.amendments(BASE).sample(1, 5);
    private static final History AMENDED = History.of(BASE, List.of(FIRST));

    @Test
    void actionsThatAddAnAmendmentApplyOnlyWhereADayIsLeft() {
        History full = null;
        // Now and then an amendment is concluded on the convention's last day: none can follow it.
        for (long seed = 0; seed < 2_000 && full == null; seed++) {
            History history = History.of(BASE, List.of(AmendmentGen.amendments(BASE).sample(seed, 5)));
            if (!HistoryState.of(history).hasRoomForAnAmendment()) {
                full = history;
            }
        }
        assertThat(full).as("an amendment concluded on the convention's last day").isNotNull();
        History noDayLeft = full;
        assertThatThrownBy(() -> HistoryGen.nextAmendments(noDayLeft)).isInstanceOf(IllegalArgumentException.class);
        HistoryState withoutRoom = HistoryState.of(noDayLeft);
        HistoryState withRoom = HistoryState.of(AMENDED);
        assertThat(withoutRoom.hasRoomForAnAmendment()).as("asked again").isFalse();
        assertThat(withRoom.hasRoomForAnAmendment()).isTrue();
        for (HistoryAction action : List.of(HistoryActions.addValidAmendment(), HistoryActions.tryInvalidAmendment(),
                HistoryActions.checkValidAmendment())) {
            assertThat(action.appliesTo(withoutRoom)).as(action.name()).isFalse();
            assertThat(action.appliesTo(withRoom)).as(action.name()).isTrue();
        }
        assertThat(HistoryActions.consolidate().appliesTo(withoutRoom)).isTrue();
    }

    @Test
    void aMachineRunsOnlyTheActionsItIsGiven() {
        HistoryAction noop = HistoryAction.of("noop", (state, random, size) -> HistoryStep.of("noop done", state));
        assertThat(noop.toString()).isEqualTo("noop");
        assertThat(noop.name()).isEqualTo("noop");
        HistoryMachine machine = HistoryMachine.of(HistoryGen.histories()).withActions(List.of(noop)).maxSteps(4);
        machine.property().runSeed(8).cases(10).run(run -> {
            run.assertPassed();
            assertThat(run.steps()).isNotEmpty().containsOnly("noop done");
        });
        assertThatCode(machine::check).doesNotThrowAnyException();
        assertThatThrownBy(() -> machine.withActions(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a stateful test needs at least one action");
        HistoryMachine failing = machine.withInvariant(state -> Expect.that(false, () -> "never holds"));
        assertThatThrownBy(failing::check).isInstanceOf(PropertyFailure.class).hasMessageContaining("never holds");
    }

    @Test
    void statesAndStepsDescribeThemselves() {
        HistoryState state = HistoryState.of(AMENDED);
        assertThat(state.toString()).isEqualTo("history of " + BASE.identification() + " with 1 amendments");
        HistoryState capped = HistoryState.of(AMENDED.withPolicies(AmendmentPolicy.maxCumulativeIncrease(BigDecimal.TEN),
                AmendmentPolicy.undeterminedRejected()));
        assertThat(capped.toString()).isEqualTo("history of " + BASE.identification() + " with 1 amendments, 2 policies");
        HistoryStep step = HistoryStep.of("looked", state);
        assertThat(step.toString()).isEqualTo("looked").isEqualTo(step.description());
        assertThat(step.state()).isSameAs(state);
    }
}
