package dev.conventio.examples.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.examples.Docs;
import dev.conventio.testkit.EdgeCases;
import dev.conventio.testkit.HistoryGen;
import dev.conventio.testkit.property.Counterexample;
import dev.conventio.testkit.property.Property;
import dev.conventio.testkit.shrink.ShrinkBudget;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Keeps docs/testkit.md in step with what the testkit does: its shrunk report and its system properties. */
class TestkitDocsTest {

    @Test
    void theShrunkReportOnThePageIsTheOneTheExampleGives() throws IOException {
        Counterexample counterexample = Property.forAll(HistoryGen.histories()).runSeed(2024).cases(500)
                .run(ShrinkingExampleTest::noAmendmentChangesAnAmount).counterexample().orElseThrow();
        assertThat(Docs.page("testkit.md"))
                .contains("Original case: seed 0x18e430bb1511f2d2, " + counterexample.shrinking().original().size() + " choices")
                .contains("Shrunk in " + counterexample.shrinking().steps() + " steps ("
                        + counterexample.shrinking().candidates() + " candidates")
                .contains("to " + counterexample.choices().size() + " choices:")
                .contains("-Dconventio.testkit.replay=" + counterexample.choices() + "\n");
    }

    @Test
    void thePageNamesEverySystemPropertyOfARun() throws IOException {
        String page = Docs.page("testkit.md");
        for (String property : new String[] {Property.REPLAY_PROPERTY, Property.SEED_PROPERTY, Property.RUN_SEED_PROPERTY,
                Property.COUNT_PROPERTY, ShrinkBudget.CANDIDATES_PROPERTY, ShrinkBudget.TIME_PROPERTY,
                EdgeCases.PROBABILITY_PROPERTY}) {
            assertThat(page).contains("| `" + property + "` |");
        }
    }
}
