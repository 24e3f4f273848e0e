package dev.conventio.examples.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.change.ChangeContributionAmount;
import dev.conventio.history.History;
import dev.conventio.testkit.Gen;
import dev.conventio.testkit.HistoryGen;
import dev.conventio.testkit.junit.GeneratedSource;
import dev.conventio.testkit.property.Counterexample;
import dev.conventio.testkit.property.Property;
import dev.conventio.testkit.property.PropertyFailure;
import dev.conventio.testkit.property.PropertyResult;
import dev.conventio.testkit.shrink.ShrinkResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * What the testkit does when a property fails: it shrinks the failing case to a small one that
 * still fails, and reports it with the seed, the number of shrink steps and how to replay it.
 *
 * <p>The property below is wrong on purpose ("no amendment changes the amount of a contribution"):
 * generated histories break it all the time, with dozens of changes. The tests run it and check
 * what the shrinker reported: one amendment, one change, over the smallest convention the
 * generator makes. Copy the pattern to see what your own property's failures shrink to.
 */
class ShrinkingExampleTest {

    /** The wrong property: it fails as soon as an amendment changes a contribution's amount. */
    static void noAmendmentChangesAnAmount(History history) {
        for (AmendmentRecord record : history.amendments()) {
            if (record instanceof Amendment amendment) {
                assertThat(amendment.changes()).as("changes of amendment n° %s", amendment.number())
                        .noneMatch(ChangeContributionAmount.class::isInstance);
            }
        }
    }

    // ---- 1. From plain Java: Property.forAll(...).run(...) returns the report ---------------------

    @Test
    void theShrinkerReportsTheSmallestHistoryThatBreaksTheProperty() {
        PropertyResult result = Property.forAll(HistoryGen.histories())
                .runSeed(2024)   // a fixed run seed: the same cases, the same report, on every run
                .cases(500)
                .run(ShrinkingExampleTest::noAmendmentChangesAnAmount);

        assertThat(result.passed()).isFalse();
        System.out.println("REPORT-BEGIN\n" + result.report() + "REPORT-END");
        Counterexample counterexample = result.counterexample().orElseThrow();
        History smallest = (History) counterexample.value();
        assertThat(smallest.amendments()).singleElement().isInstanceOfSatisfying(Amendment.class,
                amendment -> assertThat(amendment.changes()).singleElement().isInstanceOf(ChangeContributionAmount.class));
        assertThat(smallest.base().parties()).hasSize(2);
        assertThat(smallest.base().contributions()).hasSize(1);
        assertThat(counterexample.shrinking().stop()).isEqualTo(ShrinkResult.Stop.CONVERGED);
        // The report names the original seed, prints the history as JSON, and says how to replay it.
        assertThat(result.report())
                .contains("Original case: seed 0x")
                .contains("Shrunk in " + counterexample.shrinking().steps() + " steps")
                .contains("\"type\": \"change-contribution-amount\"")
                .contains("Replay the shrunk case: -Dconventio.testkit.replay=" + counterexample.choices());
    }

    @Test
    void theShrunkCaseReplaysFromItsChoices() {
        Counterexample counterexample = Property.forAll(HistoryGen.histories()).runSeed(2024).cases(500)
                .run(ShrinkingExampleTest::noAmendmentChangesAnAmount).counterexample().orElseThrow();
        System.setProperty(Property.REPLAY_PROPERTY, counterexample.choices().toString());
        try {
            PropertyResult replayed = Property.forAll(HistoryGen.histories())
                    .run(ShrinkingExampleTest::noAmendmentChangesAnAmount);
            assertThat(replayed.cases()).isEqualTo(1);
            assertThat(replayed.counterexample().orElseThrow().value()).isEqualTo(counterexample.value());
        } finally {
            System.clearProperty(Property.REPLAY_PROPERTY);
        }
    }

    // ---- 2. Under JUnit: @GeneratedSource shrinks a failing invocation --------------------------

    /** The same property as a parameterized test; the test below runs it and reads its failure. */
    static class WrongProperty {

        static Gen<History> histories() {
            return HistoryGen.histories();
        }

        @ParameterizedTest
        @GeneratedSource(value = "histories", count = 500)
        void noAmendmentChangesAnAmount(History history) {
            ShrinkingExampleTest.noAmendmentChangesAnAmount(history);
        }
    }

    @Test
    void aFailingGeneratedSourceInvocationFailsWithTheShrunkCase() {
        System.setProperty(Property.RUN_SEED_PROPERTY, "2024");
        try {
            Throwable failure = EngineTestKit.engine("junit-jupiter")
                    .selectors(selectMethod(WrongProperty.class, "noAmendmentChangesAnAmount", History.class.getName()))
                    .execute().testEvents().failed().list().get(0)
                    .getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();

            assertThat(failure).isInstanceOf(PropertyFailure.class)
                    .hasMessageContaining("-Dtest=" + WrongProperty.class.getName() + "#noAmendmentChangesAnAmount");
            History smallest = (History) ((PropertyFailure) failure).counterexample().value();
            assertThat(smallest.amendments()).hasSize(1);
            assertThat(failure.getCause()).hasMessageContaining("changes of amendment n° 1");
        } finally {
            System.clearProperty(Property.RUN_SEED_PROPERTY);
        }
    }
}
