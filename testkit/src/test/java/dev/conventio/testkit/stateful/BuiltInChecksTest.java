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
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The checks of the built-in actions and invariants fail, with their message, on a state whose
 * model disagrees with its history, and pass on one that agrees: a check that could never fail
 * would let a broken library through.
 */
class BuiltInChecksTest {

    private static final Convention BASE = ConventionGen.conventions().sample(5, 5);
    private static final Amendment FIRST = AmendmentGen.amendments(BASE).sample(1, 5);
    private static final History AMENDED = History.of(BASE, List.of(FIRST));

    @Test
    void theModelInvariantNamesWhatDiffers() throws Exception {
        HistoryInvariant invariant = HistoryInvariants.matchesTheModel();
        invariant.check(HistoryState.of(AMENDED));

        Convention other = ConventionGen.conventions().sample(6, 5);
        assertThatThrownBy(() -> invariant.check(HistoryState.of(AMENDED, other, List.of(), List.of(FIRST))))
                .isInstanceOf(AssertionError.class).hasMessage("the base convention changed");
        assertThatThrownBy(() -> invariant.check(HistoryState.of(AMENDED, BASE,
                List.of(AmendmentPolicy.objectUnchanged()), List.of(FIRST))))
                .isInstanceOf(AssertionError.class).hasMessage("the policies changed");
        assertThatThrownBy(() -> invariant.check(HistoryState.of(AMENDED, BASE, List.of(), List.of())))
                .isInstanceOf(AssertionError.class)
                .hasMessage("the history holds 1 amendments where the model expects 0");
        assertThat(HistoryInvariants.defaults()).hasSize(2);
    }

    @Test
    void theTimelineActionChecksItsEntriesAndConclusionAgainstTheModel() {
        HistoryAction timeline = HistoryActions.timeline();
        assertThatCode(() -> timeline.run(HistoryState.of(AMENDED), new SplittableRandom(1), 5))
                .doesNotThrowAnyException();

        // The model expects no amendment: the amendment's entry into force is one too many.
        assertThatThrownBy(() -> timeline.run(HistoryState.of(AMENDED, BASE, List.of(), List.of()),
                new SplittableRandom(1), 5)).isInstanceOf(AssertionError.class)
                .hasMessage("2 entries into force for 0 amendments");

        Convention other = ConventionGen.conventions().sample(6, 5);
        assertThat(other.conclusionDate()).isNotEqualTo(BASE.conclusionDate());
        assertThatThrownBy(() -> timeline.run(HistoryState.of(AMENDED, other, List.of(), List.of(FIRST)),
                new SplittableRandom(1), 5)).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("the timeline's conclusions: ");
    }
}
