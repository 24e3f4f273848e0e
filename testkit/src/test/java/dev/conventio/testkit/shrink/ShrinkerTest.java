package dev.conventio.testkit.shrink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.testkit.Gen;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The shrinker finds the known minimum of seeded failing properties, in the same steps on every
 * run, never keeps a candidate its generator cannot build, and keeps to its budget.
 */
class ShrinkerTest {

    /** The choices of the first case of {@code generator} on which {@code passes} is false. */
    private static <T> ChoiceSequence failingChoices(Gen<T> generator, Predicate<T> passes) {
        SplittableRandom run = new SplittableRandom(2024);
        for (int i = 0; i < 10_000; i++) {
            RecordingRandom random = RecordingRandom.of(new SplittableRandom(run.nextLong()));
            if (!passes.test(generator.generate(random, 20))) {
                return random.choices();
            }
        }
        throw new AssertionError("no failing case");
    }

    private static <T> T shrunkValue(Gen<T> generator, Predicate<T> passes) {
        ShrinkResult result = shrink(generator, passes, ShrinkBudget.defaults());
        assertThat(result.stop()).isEqualTo(ShrinkResult.Stop.CONVERGED);
        return generator.generate(ReplayingRandom.of(result.shrunk()), 20);
    }

    private static <T> ShrinkResult shrink(Gen<T> generator, Predicate<T> passes, ShrinkBudget budget) {
        return Shrinker.of(budget).shrink(failingChoices(generator, passes),
                random -> !passes.test(generator.generate(random, 20)));
    }

    @Test
    void anIntegerShrinksToTheSmallestThatFails() {
        assertThat(shrunkValue(Gen.integers(0, 1000), x -> x < 537)).isEqualTo(537);
        // Towards the lowest value a draw allows, its origin: here the lowest value that fails.
        assertThat(shrunkValue(Gen.integers(-1000, 1000), x -> x < -3)).isEqualTo(-3);
    }

    @Test
    void aListShrinksToItsOneOffendingElement() {
        assertThat(shrunkValue(Gen.integers(0, 100).list(0, 20), list -> list.stream().allMatch(x -> x < 50)))
                .containsExactly(50);
    }

    @Test
    void aListTooLongShrinksToTheShortestTooLongOfZeros() {
        assertThat(shrunkValue(Gen.integers(0, 100).list(0, 20), list -> list.size() < 3)).containsExactly(0, 0, 0);
    }

    @Test
    void shrinksThroughFlatMapAndZip() {
        Gen<List<Integer>> dependent = Gen.integers(1, 10).flatMap(n -> Gen.integers(0, 100).list(n, n));
        assertThat(shrunkValue(dependent, list -> !list.contains(42) && list.stream().allMatch(x -> x < 42)))
                .containsExactly(42);
        Gen<String> pairs = Gen.integers(0, 50).zip(Gen.integers(0, 50), (a, b) -> a + "," + b);
        assertThat(shrunkValue(pairs, pair -> {
            String[] parts = pair.split(",");
            return Integer.parseInt(parts[0]) + Integer.parseInt(parts[1]) < 30;
        })).as("the second draw at zero is no choice at all: shorter, so simpler").isEqualTo("30,0");
    }

    @Test
    void neverKeepsACandidateItsGeneratorCannotBuild() {
        Gen<Integer> crashesOnZero = (random, size) -> {
            int value = random.nextInt(100);
            if (value == 0) {
                throw new IllegalStateException("no zero here");
            }
            return value;
        };
        assertThat(shrunkValue(crashesOnZero, x -> false)).isEqualTo(1);
    }

    @Test
    void shrinksTheSameWayOnEveryRun() {
        Gen<List<Integer>> lists = Gen.integers(0, 1000).list(0, 20);
        Predicate<List<Integer>> passes = list -> list.stream().mapToInt(Integer::intValue).sum() < 1500;
        ShrinkResult first = shrink(lists, passes, ShrinkBudget.defaults());
        ShrinkResult second = shrink(lists, passes, ShrinkBudget.defaults());
        assertThat(second.shrunk()).isEqualTo(first.shrunk());
        assertThat(second.steps()).isEqualTo(first.steps()).isPositive();
        assertThat(second.candidates()).isEqualTo(first.candidates());
        assertThat(first.shrunk()).isLessThan(first.original());
        assertThat(lists.generate(ReplayingRandom.of(first.shrunk()), 20).stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(1500);
    }

    @Test
    void stopsWhenTheCandidatesOfTheBudgetAreUsedUp() {
        ShrinkResult result = shrink(Gen.integers(0, 100).list(0, 20), list -> list.size() < 3,
                ShrinkBudget.of(5, Duration.ofMinutes(1)));
        assertThat(result.stop()).isEqualTo(ShrinkResult.Stop.CANDIDATES);
        assertThat(result.candidates()).isEqualTo(5);
        assertThat(result.toString()).contains("5 candidates").endsWith("candidates");
    }

    @Test
    void stopsWhenTheTimeOfTheBudgetIsUsedUp() {
        ShrinkResult result = shrink(Gen.integers(0, 100).list(0, 20), list -> list.size() < 3,
                ShrinkBudget.of(1000, Duration.ZERO));
        assertThat(result.stop()).isEqualTo(ShrinkResult.Stop.TIME);
        assertThat(result.shrunk()).isEqualTo(result.original());
    }

    @Test
    void reportsAnOriginalThatDoesNotFailAgainAndDoesNothingWithoutBudget() {
        ChoiceSequence choices = ChoiceSequence.of(4, 2);
        assertThat(Shrinker.of(ShrinkBudget.defaults()).shrink(choices, random -> false).stop())
                .isEqualTo(ShrinkResult.Stop.NOT_REPRODUCED);
        ShrinkResult none = Shrinker.of(ShrinkBudget.none()).shrink(choices, random -> true);
        assertThat(none.stop()).isEqualTo(ShrinkResult.Stop.DISABLED);
        assertThat(none.candidates()).isZero();
        assertThat(none.shrunk()).isEqualTo(choices);
    }
}
