package dev.conventio.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.amendment.Amendment;
import dev.conventio.change.ChangeContributionAmount;
import dev.conventio.history.History;
import dev.conventio.testkit.HistoryGen;
import dev.conventio.testkit.shrink.ShrinkResult;
import org.junit.jupiter.api.Test;

/**
 * The shrinker finds the known minimum of a failing property on histories: a property failing
 * whenever some amendment changes a contribution's amount shrinks to one amendment making one
 * change, over a base convention no larger than the generator's smallest (two parties, one
 * contribution), in the same steps on every run.
 */
class HistoryShrinkingTest {

    /** Fails on every history one of whose amendments changes the amount of a contribution. */
    static void noAmountChanges(History history) {
        boolean changed = history.amendments().stream().anyMatch(record -> record instanceof Amendment amendment
                && amendment.changes().stream().anyMatch(ChangeContributionAmount.class::isInstance));
        assertThat(changed).as("some amendment changes a contribution's amount").isFalse();
    }

    private static Counterexample shrunk(long runSeed) {
        PropertyResult result = Property.forAll(HistoryGen.histories()).runSeed(runSeed).cases(1000)
                .run(HistoryShrinkingTest::noAmountChanges);
        assertThat(result.passed()).isFalse();
        return result.counterexample().orElseThrow();
    }

    @Test
    void shrinksToOneAmendmentWithOneChangeOverTheSmallestBase() {
        for (long runSeed : new long[] {1, 2, 3, 4, 5}) {
            Counterexample counterexample = shrunk(runSeed);
            History history = (History) counterexample.value();
            assertThat(counterexample.shrinking().stop()).isEqualTo(ShrinkResult.Stop.CONVERGED);
            assertThat(history.amendments()).as("run seed %s: %s", runSeed, history).singleElement()
                    .isInstanceOfSatisfying(Amendment.class, amendment -> assertThat(amendment.changes())
                            .singleElement().isInstanceOf(ChangeContributionAmount.class));
            assertThat(history.base().parties()).hasSize(2);
            assertThat(history.base().contributions()).hasSize(1);
            assertThat(counterexample.shrinking().steps()).isPositive();
        }
    }

    @Test
    void shrinksInTheSameStepsOnEveryRun() {
        Counterexample first = shrunk(7);
        Counterexample second = shrunk(7);
        assertThat(second.choices()).isEqualTo(first.choices());
        assertThat(second.shrinking().steps()).isEqualTo(first.shrinking().steps());
        assertThat(second.shrinking().candidates()).isEqualTo(first.shrinking().candidates());
        assertThat(second.value()).isEqualTo(first.value());
    }
}
