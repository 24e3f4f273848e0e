package dev.conventio.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.conventio.history.History;
import dev.conventio.testkit.Gen;
import dev.conventio.testkit.HistoryGen;
import dev.conventio.testkit.shrink.ChoiceSequence;
import dev.conventio.testkit.shrink.ShrinkBudget;
import dev.conventio.testkit.shrink.ShrinkResult;
import dev.conventio.testkit.stats.Classifier;
import dev.conventio.testkit.stats.Classifiers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Property}, the plain-Java entry point: cases drawn from a run seed, a failing case shrunk
 * and reported with its seed, its shrunk value and how to replay it, the system properties of a
 * run, and statistics.
 */
class PropertyTest {

    private static final Gen<List<Integer>> LISTS = Gen.integers(0, 1000).list(0, 10);

    @AfterEach
    void clearProperties() {
        for (String name : List.of(Property.REPLAY_PROPERTY, Property.SEED_PROPERTY, Property.RUN_SEED_PROPERTY,
                Property.COUNT_PROPERTY, ShrinkBudget.CANDIDATES_PROPERTY)) {
            System.clearProperty(name);
        }
    }

    @Test
    void aPropertyThatHoldsRunsEveryCaseAndSaysSo() {
        AtomicInteger seen = new AtomicInteger();
        PropertyResult result = Property.forAll(LISTS).cases(37).runSeed(3).run(list -> seen.incrementAndGet());
        assertThat(result.passed()).isTrue();
        assertThat(result.cases()).isEqualTo(37);
        assertThat(seen).hasValue(37);
        assertThat(result.counterexample()).isEmpty();
        assertThat(result.report()).isEqualTo("Property passed 37 cases, run seed 0x0000000000000003\n");
    }

    @Test
    void aFalsePredicateFailsWithTheReportOfItsShrunkCounterexample() {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () -> Property.forAll(LISTS).runSeed(5)
                .check(list -> list.stream().allMatch(x -> x < 500)));
        Counterexample counterexample = failure.counterexample();
        assertThat(counterexample.value()).isEqualTo(List.of(500));
        assertThat(failure).hasCauseInstanceOf(Property.Falsified.class);
        assertThat(failure.getMessage())
                .contains("Property failed: " + Property.Falsified.class.getName() + ": the property returned false")
                .contains("Original case: seed " + Seeds.format(counterexample.seed().getAsLong()))
                .contains("Shrunk in " + counterexample.shrinking().steps() + " steps")
                .contains("\n  [500]\n")
                .contains("Replay the shrunk case: -Dconventio.testkit.replay=" + counterexample.choices())
                .contains("Replay the original case: -Dconventio.testkit.seed=" + Seeds.format(counterexample.seed().getAsLong()))
                .contains("run seed 0x0000000000000005");
    }

    @Test
    void aFailingAssertionIsTheCauseAndTheOriginalFailureIsSuppressed() {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () -> Property.forAll(LISTS).runSeed(6)
                .verify(list -> assertThat(list).hasSizeLessThan(2)));
        assertThat(failure.getCause()).isInstanceOf(AssertionError.class).hasMessageContaining("[0, 0]");
        assertThat(failure.getSuppressed()).singleElement().isSameAs(failure.counterexample().originalFailure());
    }

    @Test
    void replaysTheShrunkCaseFromItsChoicesOnTheCommandLineOrFromAFile(@TempDir Path folder) throws Exception {
        Counterexample shrunk = Property.forAll(LISTS).runSeed(5).run(list -> assertThat(list).allMatch(x -> x < 500))
                .counterexample().orElseThrow();
        System.setProperty(Property.REPLAY_PROPERTY, shrunk.choices().toString());
        AtomicInteger runs = new AtomicInteger();
        PropertyResult replayed = Property.forAll(LISTS).run(list -> {
            runs.incrementAndGet();
            assertThat(list).allMatch(x -> x < 500);
        });
        assertThat(runs).hasValue(1);
        assertThat(replayed.counterexample().orElseThrow().value()).isEqualTo(List.of(500));
        assertThat(replayed.counterexample().orElseThrow().shrinking().stop()).isEqualTo(ShrinkResult.Stop.DISABLED);
        Path file = Files.writeString(folder.resolve("case.choices"), shrunk.choices() + "\n");
        System.setProperty(Property.REPLAY_PROPERTY, "@" + file);
        assertThat(Property.forAll(LISTS).run(list -> { }).cases()).isEqualTo(1);
        System.setProperty(Property.REPLAY_PROPERTY, "nonsense");
        assertThatThrownBy(() -> Property.forAll(LISTS).run(list -> { })).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'nonsense'");
    }

    @Test
    void replaysTheOriginalCaseFromItsSeedAndTakesACountAndARunSeed() {
        Counterexample shrunk = Property.forAll(LISTS).runSeed(5).run(list -> assertThat(list).allMatch(x -> x < 500))
                .counterexample().orElseThrow();
        long seed = shrunk.seed().getAsLong();
        System.setProperty(Property.SEED_PROPERTY, Seeds.format(seed));
        List<List<Integer>> seen = new java.util.ArrayList<>();
        Property.forAll(LISTS).run(seen::add);
        assertThat(seen).containsExactly(LISTS.sample(seed, 10));
        System.clearProperty(Property.SEED_PROPERTY);
        System.setProperty(Property.RUN_SEED_PROPERTY, "5");
        System.setProperty(Property.COUNT_PROPERTY, "4");
        PropertyResult run = Property.forAll(LISTS).run(list -> { });
        assertThat(run.cases()).isEqualTo(4);
        assertThat(run.runSeed()).hasValue(5);
        System.setProperty(Property.COUNT_PROPERTY, "zero");
        assertThatThrownBy(() -> Property.forAll(LISTS).run(list -> { })).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'zero'");
    }

    @Test
    void aCaseReplayedFromItsSeedIsOneCaseClassifiedAndReportedWithoutARunSeed() {
        System.setProperty(Property.SEED_PROPERTY, Seeds.format(77));
        PropertyResult replayed = Property.forAll(LISTS).classify(Classifier.of("length", List::size)).run(list -> { });
        assertThat(replayed.passed()).isTrue();
        assertThat(replayed.cases()).isEqualTo(1);
        assertThat(replayed.runSeed()).isEmpty();
        assertThat(replayed.statistics().orElseThrow().counts("length")).containsExactly(
                java.util.Map.entry(LISTS.sample(77, 10).size(), 1));
        assertThat(replayed.report()).startsWith("Property passed 1 case\n");
    }

    @Test
    void takesACountOverrideOfOneAndRefusesZero() {
        System.setProperty(Property.COUNT_PROPERTY, "1");
        assertThat(Property.count(50)).isEqualTo(1);
        System.setProperty(Property.COUNT_PROPERTY, "0");
        assertThatThrownBy(() -> Property.count(50)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'0'");
    }

    @Test
    void countsTheCasesBeforeTheFailureInItsReport() {
        PropertyResult first = Property.forAll(LISTS).runSeed(5).run(list -> {
            throw new IllegalStateException("every case fails");
        });
        assertThat(first.report()).contains("after 1 case, run seed");
        AtomicInteger calls = new AtomicInteger();
        PropertyResult third = Property.forAll(Gen.integers(0, 1000)).runSeed(5).run(value -> {
            if (calls.incrementAndGet() >= 3) {
                throw new IllegalStateException("from the third case on");
            }
        });
        assertThat(third.report()).contains("after 3 cases, run seed");
    }

    @Test
    void saysWhichBudgetStoppedTheShrinking() {
        PropertyResult stopped = Property.forAll(LISTS).runSeed(5).shrinking(ShrinkBudget.of(3, java.time.Duration.ofMinutes(1)))
                .run(list -> assertThat(list).allMatch(x -> x < 500));
        assertThat(stopped.counterexample().orElseThrow().shrinking().stop()).isEqualTo(ShrinkResult.Stop.CANDIDATES);
        assertThat(stopped.report()).contains("stopped by the candidates budget)").doesNotContain("converged");
        PropertyResult converged = Property.forAll(LISTS).runSeed(5).run(list -> assertThat(list).allMatch(x -> x < 500));
        assertThat(converged.report()).contains(", converged) to ").doesNotContain("budget");
    }

    @Test
    void showsAFailureMessageWholeUpToThreeHundredCharacters() {
        String whole = "m".repeat(300);
        assertThat(Property.forAll(LISTS).runSeed(5).run(list -> {
            throw new IllegalStateException(whole);
        }).report()).contains("Failure of the shrunk case: java.lang.IllegalStateException: " + whole + "\n");
        String longer = "n".repeat(301);
        assertThat(Property.forAll(LISTS).runSeed(5).run(list -> {
            throw new IllegalStateException(longer);
        }).report()).contains("Failure of the shrunk case: java.lang.IllegalStateException: " + "n".repeat(299) + "…\n");
    }

    @Test
    void doesNotShrinkWithoutBudgetAndSaysWhenAFailureDoesNotHappenAgain() {
        Counterexample unshrunk = Property.forAll(LISTS).runSeed(5).shrinking(ShrinkBudget.none())
                .run(list -> assertThat(list).allMatch(x -> x < 500)).counterexample().orElseThrow();
        assertThat(unshrunk.shrinking().stop()).isEqualTo(ShrinkResult.Stop.DISABLED);
        assertThat(unshrunk.choices()).isEqualTo(unshrunk.shrinking().original());
        AtomicInteger calls = new AtomicInteger();
        PropertyResult flaky = Property.forAll(LISTS).runSeed(5).run(list -> {
            if (calls.incrementAndGet() == 3) {
                throw new IllegalStateException("only once");
            }
        });
        assertThat(flaky.counterexample().orElseThrow().shrinking().stop()).isEqualTo(ShrinkResult.Stop.NOT_REPRODUCED);
        assertThat(flaky.report()).contains("did not fail again");
    }

    @Test
    void shrinkingKeepsToTheFailureItStartedFrom() {
        // Lists of more than three elements fail one way, lists with a 0 another: the shrunk case
        // fails the way the original did, not by slipping to the other failure.
        Counterexample counterexample = Property.forAll(Gen.integers(1, 100).list(4, 10)).runSeed(8).run(list -> {
            if (list.size() > 3) {
                throw new IllegalStateException("too long");
            }
        }).counterexample().orElseThrow();
        assertThat(counterexample.value()).isEqualTo(List.of(1, 1, 1, 1));
        assertThat(counterexample.failure()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void printsTheShrunkHistoryAsItsJsonDocumentOrWithAPrinterOfItsOwn() {
        Property<History> histories = Property.forAll(HistoryGen.histories()).runSeed(9);
        String json = histories.run(history -> assertThat(history.amendments()).isEmpty()).report();
        assertThat(json).contains("\"formatVersion\"").contains("\"amendments\"");
        String own = histories.printer(value -> value instanceof History h ? Optional.of("history of "
                + h.base().identification()) : Optional.empty()).run(history -> assertThat(history.amendments()).isEmpty())
                .report();
        assertThat(own).contains("\n  history of ").doesNotContain("\"formatVersion\"");
    }

    @Test
    void reportsTheDistributionOfItsCases() {
        Classifier<List<Integer>> lengths = Classifier.of("length", List::size);
        PropertyResult result = Property.forAll(LISTS).runSeed(1).cases(200).classify(lengths).run(list -> { });
        assertThat(result.statistics().orElseThrow().cases()).isEqualTo(200);
        assertThat(result.statistics().orElseThrow().counts("length").values().stream().mapToInt(Integer::intValue)
                .sum()).isEqualTo(200);
        assertThat(result.report()).contains("length, over 200 cases:");
        PropertyResult histories = Property.forAll(HistoryGen.histories()).runSeed(1).cases(50)
                .classify(Classifiers.amendmentCounts(), Classifiers.changeKinds()).run(history -> { });
        assertThat(histories.report()).contains("amendments, over 50 cases:").contains("change kinds, over 50 cases:");
    }

    @Test
    void readsChoicesAndRejectsMalformedArguments() {
        assertThat(Property.choices(" c1.AwAB ")).isEqualTo(ChoiceSequence.of(3, 0, 1));
        assertThatThrownBy(() -> Property.forAll(LISTS).cases(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Property.forAll(LISTS).size(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Seeds.parse("x")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x'");
        assertThat(Seeds.parse(Seeds.format(-5))).isEqualTo(-5);
    }

    @Test
    void runsAtTheSizeAndCountItStatesAndDescribesItsResult() {
        List<Integer> sizes = new java.util.ArrayList<>();
        Gen<Integer> size = (random, value) -> value;
        PropertyResult passed = Property.forAll(size).size(0).cases(1).runSeed(5)
                .run(sizes::add);
        assertThat(sizes).containsExactly(0);
        assertThat(passed.passed()).isTrue();
        assertThat(passed.toString()).isEqualTo(passed.report());
        Property.forAll(size).size(6).cases(3).runSeed(5).run(sizes::add);
        assertThat(sizes).containsExactly(0, 6, 6, 6);
        PropertyResult failed = Property.forAll(LISTS).runSeed(3).run(list -> assertThat(list).hasSizeLessThan(3));
        Counterexample counterexample = failed.counterexample().orElseThrow();
        assertThat(failed.toString()).isEqualTo(failed.report());
        assertThat(counterexample.toString()).isEqualTo("counterexample " + counterexample.shrinking().shrunk() + " ("
                + counterexample.shrinking() + ")");
    }
}
