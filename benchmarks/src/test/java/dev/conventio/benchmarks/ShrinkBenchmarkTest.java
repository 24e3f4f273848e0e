package dev.conventio.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.amendment.Amendment;
import dev.conventio.change.ChangeContributionAmount;
import dev.conventio.history.History;
import dev.conventio.testkit.property.Counterexample;
import dev.conventio.testkit.shrink.ShrinkResult;
import org.junit.jupiter.api.Test;

/** The shrinking benchmark measures what it says: a history of about 50 amendments shrunk to its minimum. */
class ShrinkBenchmarkTest {

    @Test
    void shrinksAHistoryOfAboutFiftyAmendmentsToOneAmendmentWithOneChange() {
        ShrinkBenchmark benchmark = new ShrinkBenchmark();
        benchmark.setup();
        History original = ShrinkBenchmark.LONG_HISTORIES.sample(ShrinkBenchmark.failingSeed(), ShrinkBenchmark.SIZE);
        assertThat(original.amendments()).hasSizeGreaterThanOrEqualTo(45);
        Counterexample counterexample = benchmark.shrinkFiftyAmendments();
        assertThat(counterexample.shrinking().stop()).isEqualTo(ShrinkResult.Stop.CONVERGED);
        History shrunk = (History) counterexample.value();
        assertThat(shrunk.amendments()).singleElement().isInstanceOfSatisfying(Amendment.class, amendment ->
                assertThat(amendment.changes()).singleElement().isInstanceOf(ChangeContributionAmount.class));
        assertThat(shrunk.base().parties()).hasSize(2);
        assertThat(shrunk.base().contributions()).hasSize(1);
    }

    @Test
    void recordingBuildsTheSameHistoriesAsPlainGeneration() {
        RecordingBenchmark plain = new RecordingBenchmark();
        RecordingBenchmark recording = new RecordingBenchmark();
        plain.size = 10;
        recording.size = 10;
        for (int i = 0; i < 20; i++) {
            assertThat(recording.recording()).isEqualTo(plain.plain());
        }
    }
}
