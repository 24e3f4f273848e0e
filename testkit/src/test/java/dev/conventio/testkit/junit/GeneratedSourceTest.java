package dev.conventio.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.conventio.testkit.Gen;
import dev.conventio.testkit.property.Counterexample;
import dev.conventio.testkit.property.PropertyFailure;
import dev.conventio.testkit.shrink.ShrinkBudget;
import dev.conventio.testkit.shrink.ShrinkResult;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * The JUnit integration: {@link GeneratedSource} runs the number of cases asked for, names each
 * after its seed, shrinks a failing case and reports it with its seed, and replays one case from its
 * seed or its choices.
 *
 * <p>The fixtures below run in-process through the JUnit Platform test kit; Surefire does not run
 * them on their own (it skips nested classes).
 */
class GeneratedSourceTest {

    /** What the fixtures saw, in the order they saw it. */
    static final List<Long> SEEN = new ArrayList<>();

    @AfterEach
    void clearProperties() {
        System.clearProperty(GeneratedArgumentsProvider.REPLAY_PROPERTY);
        System.clearProperty(GeneratedArgumentsProvider.SEED_PROPERTY);
        System.clearProperty(GeneratedArgumentsProvider.RUN_SEED_PROPERTY);
        System.clearProperty(GeneratedArgumentsProvider.COUNT_PROPERTY);
        SEEN.clear();
    }

    static class Fixture {

        static Gen<Long> longs() {
            return (random, size) -> random.nextLong();
        }

        static Gen<org.junit.jupiter.params.provider.Arguments> pairs() {
            return (random, size) -> org.junit.jupiter.params.provider.Arguments.of(random.nextInt(10), "x" + size);
        }

        @ParameterizedTest
        @GeneratedSource(value = "longs", count = 7)
        void records(long value) {
            SEEN.add(value);
        }

        @ParameterizedTest
        @GeneratedSource(value = "longs", count = 3)
        void fails(long value) {
            throw new AssertionError("always fails");
        }

        @ParameterizedTest
        @GeneratedSource(value = "pairs", count = 2, size = 4)
        void spreads(int digit, String text) {
            SEEN.add((long) digit);
            assertThat(text).isEqualTo("x4");
        }

        @ParameterizedTest
        @GeneratedSource(value = "dev.conventio.testkit.junit.GeneratedSourceTest$Elsewhere#ones", count = 2)
        void elsewhere(long value) {
            SEEN.add(value);
        }

        static Gen<Integer> hundreds() {
            return Gen.integers(0, 1000);
        }

        static Gen<org.junit.jupiter.params.provider.Arguments> numberAndText() {
            return Gen.integers(0, 1000).zip(Gen.elements("x", "y", "z"), org.junit.jupiter.params.provider.Arguments::of);
        }

        static dev.conventio.testkit.stats.Classifier<Integer> parity() {
            return dev.conventio.testkit.stats.Classifier.of("parity", value -> value % 2 == 0 ? "even" : "odd");
        }

        @ParameterizedTest
        @GeneratedSource(value = "hundreds", count = 50)
        void failsFromOneHundred(int value) {
            assertThat(value).isLessThan(100);
        }

        @ParameterizedTest
        @GeneratedSource(value = "hundreds", count = 50, shrinkCandidates = 0)
        void failsUnshrunk(int value) {
            assertThat(value).isLessThan(100);
        }

        @ParameterizedTest
        @GeneratedSource(value = "hundreds", count = 50)
        void odd(int value) {
            org.junit.jupiter.api.Assumptions.assumeTrue(value % 2 == 1);
            assertThat(value).isLessThan(100);
        }

        @ParameterizedTest
        @GeneratedSource(value = "numberAndText", count = 50)
        void withTestInfo(int value, String text, org.junit.jupiter.api.TestInfo info) {
            assertThat(info.getDisplayName()).isNotBlank();
            assertThat(value).isLessThan(50);
        }

        @ParameterizedTest
        @GeneratedSource(value = "hundreds", count = 40, classifiers = "parity")
        void classified(int value) {
            assertThat(value).isBetween(0, 1000);
        }

        @ParameterizedTest
        @GeneratedSource(value = "missing", count = 2)
        void missing(long value) {
            SEEN.add(value);
        }

        @ParameterizedTest
        @GeneratedSource(value = "sizes", count = 1, size = 0)
        void smallest(long value) {
            SEEN.add(value);
        }

        @ParameterizedTest
        @GeneratedSource(value = "longs", count = 0)
        void noCase(long value) {
            SEEN.add(value);
        }

        @ParameterizedTest
        @GeneratedSource(value = "longs", count = 2, size = -1)
        void negativeSize(long value) {
            SEEN.add(value);
        }

        static Gen<Long> sizes() {
            return (random, size) -> (long) size;
        }

        static Gen<Long> nothing() {
            return null;
        }

        @ParameterizedTest
        @GeneratedSource(value = "nothing", count = 2)
        void fromNull(long value) {
            SEEN.add(value);
        }

        /** Texts of 100 and 101 characters: the longest a case's name shows whole, and one more. */
        static Gen<String> longTexts() {
            return Gen.elements("a".repeat(100), "b".repeat(101));
        }

        @ParameterizedTest
        @GeneratedSource(value = "longTexts", count = 20)
        void named(String text) {
            assertThat(text.length()).isBetween(100, 101);
        }
    }

    static class Elsewhere {
        static Gen<Long> ones() {
            return Gen.constant(1L);
        }
    }

    private static Events run(String method, Class<?>... parameters) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectMethod(Fixture.class, method, parameterNames(parameters)))
                .execute().testEvents();
    }

    private static String parameterNames(Class<?>... parameters) {
        return String.join(",", java.util.Arrays.stream(parameters).map(Class::getName).toList());
    }

    @Test
    void runsTheNumberOfCasesAskedForEachNamedAfterItsSeed() {
        Events events = run("records", long.class);
        events.assertStatistics(stats -> stats.started(7).succeeded(7));
        assertThat(SEEN).hasSize(7);
        List<String> names = events.started().map(event -> event.getTestDescriptor().getDisplayName()).toList();
        assertThat(names).allMatch(name -> name.matches("\\[\\d+] seed=0x[0-9a-f]{16} -?\\d+"));
    }

    @Test
    void eachCaseIsTheValueItsSeedGenerates() {
        Events events = run("records", long.class);
        List<Long> seeds = events.started().map(GeneratedSourceTest::seedOf).toList();
        for (int i = 0; i < seeds.size(); i++) {
            assertThat(SEEN.get(i)).isEqualTo(Fixture.longs().sample(seeds.get(i), 10));
        }
    }

    @Test
    void replaysOneCaseFromItsSeed() {
        System.setProperty(GeneratedArgumentsProvider.SEED_PROPERTY, "0x00000000000000ff");
        run("records", long.class).assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(SEEN).containsExactly(Fixture.longs().sample(255, 10));
    }

    @Test
    void repeatsAWholeRunFromItsRunSeedAndTakesACountOverride() {
        System.setProperty(GeneratedArgumentsProvider.RUN_SEED_PROPERTY, "42");
        System.setProperty(GeneratedArgumentsProvider.COUNT_PROPERTY, "5");
        run("records", long.class).assertStatistics(stats -> stats.started(5));
        List<Long> first = List.copyOf(SEEN);
        SEEN.clear();
        run("records", long.class);
        assertThat(SEEN).hasSize(5).isEqualTo(first);
        SplittableRandom run = new SplittableRandom(42);
        assertThat(first.get(0)).isEqualTo(Fixture.longs().sample(run.nextLong(), 10));
    }

    @Test
    void reportsTheSeedOfAFailingCaseWithTheCommandsThatReplayIt() {
        Events events = run("fails", long.class);
        events.assertStatistics(stats -> stats.started(3).failed(3));
        List<Event> failures = events.failed().list();
        for (Event failure : failures) {
            Throwable thrown = thrown(failure);
            assertThat(thrown).isInstanceOf(PropertyFailure.class)
                    .hasMessageContaining("-Dconventio.testkit.seed=" + GeneratedArgumentsProvider.formatSeed(seedOf(failure)))
                    .hasMessageContaining("-Dconventio.testkit.replay=c1.")
                    .hasMessageContaining("-Dtest=" + Fixture.class.getName() + "#fails");
            assertThat(thrown.getCause()).isInstanceOf(AssertionError.class).hasMessage("always fails");
        }
        // The first failing case is shrunk, to the simplest long; the others are reported as generated.
        assertThat(((PropertyFailure) thrown(failures.get(0))).counterexample().value()).isEqualTo(0L);
        for (Event later : failures.subList(1, failures.size())) {
            assertThat(((PropertyFailure) thrown(later)).counterexample().value())
                    .isEqualTo(Fixture.longs().sample(seedOf(later), 10));
            assertThat(thrown(later)).hasMessageContaining("Not shrunk");
        }
    }

    @Test
    void shrinksAFailingCaseToTheSmallestThatFailsInTheSameStepsEveryRun() {
        Counterexample first = counterexample(run("failsFromOneHundred", int.class));
        assertThat(first.value()).isEqualTo(100);
        assertThat(first.failure()).isInstanceOf(AssertionError.class).hasMessageContaining("100");
        System.setProperty(GeneratedArgumentsProvider.SEED_PROPERTY, GeneratedArgumentsProvider.formatSeed(
                first.seed().getAsLong()));
        Counterexample again = counterexample(run("failsFromOneHundred", int.class));
        assertThat(again.choices()).isEqualTo(first.choices());
        assertThat(again.shrinking().steps()).isEqualTo(first.shrinking().steps()).isPositive();
        assertThat(again.shrinking().candidates()).isEqualTo(first.shrinking().candidates());
    }

    @Test
    void replaysTheShrunkCaseFromItsChoices() {
        Counterexample shrunk = counterexample(run("failsFromOneHundred", int.class));
        System.setProperty(GeneratedArgumentsProvider.REPLAY_PROPERTY, shrunk.choices().toString());
        Events events = run("failsFromOneHundred", int.class);
        events.assertStatistics(stats -> stats.started(1).failed(1));
        assertThat(events.started().list().get(0).getTestDescriptor().getDisplayName())
                .contains("replay=" + shrunk.choices() + " 100");
        assertThat(counterexample(events).value()).isEqualTo(100);
        assertThat(counterexample(events).shrinking().candidates()).isZero();
    }

    @Test
    void takesItsShrinkingBudgetFromTheAnnotation() {
        Counterexample unshrunk = counterexample(run("failsUnshrunk", int.class));
        assertThat(unshrunk.shrinking().stop()).isEqualTo(ShrinkResult.Stop.DISABLED);
        assertThat(unshrunk.value()).isEqualTo(Fixture.hundreds().sample(unshrunk.seed().getAsLong(), 10));
        System.setProperty(ShrinkBudget.CANDIDATES_PROPERTY, "100");
        try {
            assertThat(counterexample(run("failsUnshrunk", int.class)).value()).isEqualTo(100);
        } finally {
            System.clearProperty(ShrinkBudget.CANDIDATES_PROPERTY);
        }
    }

    @Test
    void countsACandidateWhoseAssumptionFailsAsNotFailing() {
        assertThat(counterexample(run("odd", int.class)).value()).isEqualTo(101);
    }

    @Test
    void passesResolvedParametersToEveryCandidateAndShrinksEveryGeneratedOne() {
        Counterexample counterexample = counterexample(run("withTestInfo", int.class, String.class,
                org.junit.jupiter.api.TestInfo.class));
        assertThat(((org.junit.jupiter.params.provider.Arguments) counterexample.value()).get()).containsExactly(50, "x");
        assertThat(thrown(run("withTestInfo", int.class, String.class, org.junit.jupiter.api.TestInfo.class)
                .failed().list().get(0)).getMessage()).contains("to 1 choices:\n  argument 1: 50\n  argument 2: x\n");
    }

    @Test
    void printsTheReportOfAFailingCaseToStandardError() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream standard = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        Events events;
        try {
            events = run("failsFromOneHundred", int.class);
        } finally {
            System.setErr(standard);
        }
        String report = thrown(events.failed().list().get(0)).getMessage();
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("[conventio-testkit] ")
                .contains(report);
    }

    @Test
    void printsTheDistributionOfTheCasesWhenAskedTo() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream standard = System.out;
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            run("classified", int.class).assertStatistics(stats -> stats.succeeded(40));
        } finally {
            System.setOut(standard);
        }
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("parity, over 40 cases:")
                .contains("even").contains("odd");
    }

    private static Throwable thrown(Event event) {
        return event.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable()
                .orElseThrow();
    }

    private static Counterexample counterexample(Events events) {
        Throwable thrown = thrown(events.failed().list().get(0));
        assertThat(thrown).isInstanceOf(PropertyFailure.class);
        return ((PropertyFailure) thrown).counterexample();
    }

    @Test
    void spreadsGeneratedArgumentsOverSeveralParametersAtTheSizeAskedFor() {
        run("spreads", int.class, String.class).assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(SEEN).hasSize(2).allMatch(digit -> digit >= 0 && digit < 10);
    }

    @Test
    void findsTheGeneratorInAnotherClass() {
        run("elsewhere", long.class).assertStatistics(stats -> stats.succeeded(2));
        assertThat(SEEN).containsExactly(1L, 1L);
    }

    @Test
    void failsTheTestWhenTheGeneratorIsMissing() {
        Events events = EngineTestKit.engine("junit-jupiter")
                .selectors(selectMethod(Fixture.class, "missing", "long")).execute().containerEvents();
        assertThat(events.failed().stream().map(event -> event.getPayload(
                org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow()))
                .anySatisfy(thrown -> assertThat(thrown).isInstanceOf(ExtensionConfigurationException.class)
                        .hasMessageContaining("missing()"));
        assertThat(SEEN).isEmpty();
    }

    /** The exception a fixture's container failed with, the first one. */
    private static Throwable configurationFailure(String method, String parameters) {
        Events events = EngineTestKit.engine("junit-jupiter")
                .selectors(selectMethod(Fixture.class, method, parameters)).execute().containerEvents();
        assertThat(events.failed().list()).as("a failed container").isNotEmpty();
        return thrown(events.failed().list().get(0));
    }

    @Test
    void takesOneCaseAtSizeZeroAndRefusesNoCaseOrANegativeSize() {
        run("smallest", long.class).assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(SEEN).as("the size the case was drawn at").containsExactly(0L);
        SEEN.clear();
        assertThat(configurationFailure("noCase", "long")).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("count >= 1").hasMessageContaining("had count 0 and size 10");
        assertThat(configurationFailure("negativeSize", "long")).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("size >= 0").hasMessageContaining("had count 2 and size -1");
        assertThat(SEEN).isEmpty();
    }

    @Test
    void failsTheTestWhenTheGeneratorMethodReturnsNull() {
        assertThat(configurationFailure("fromNull", "long")).isInstanceOf(NullPointerException.class)
                .hasMessage("nothing() returned null");
        assertThat(SEEN).isEmpty();
    }

    @Test
    void namesACaseAfterItsValueAbbreviatedPastOneHundredCharacters() {
        System.setProperty(GeneratedArgumentsProvider.RUN_SEED_PROPERTY, "7"); // both texts among the 20 cases
        List<String> names = run("named", String.class).started()
                .map(event -> event.getTestDescriptor().getDisplayName()).toList();
        assertThat(names).anyMatch(name -> name.endsWith(" " + "a".repeat(100)))
                .anyMatch(name -> name.endsWith(" " + "b".repeat(99) + "…"))
                .noneMatch(name -> name.contains("b".repeat(100)));
    }

    @Test
    void readsSeedsInHexadecimalAndDecimalAndWritesThemBack() {
        assertThat(GeneratedArgumentsProvider.parseSeed("p", "0xffffffffffffffff")).isEqualTo(-1L);
        assertThat(GeneratedArgumentsProvider.parseSeed("p", " 42 ")).isEqualTo(42L);
        assertThat(GeneratedArgumentsProvider.formatSeed(-1L)).isEqualTo("0xffffffffffffffff");
        assertThat(GeneratedArgumentsProvider.parseSeed("p", GeneratedArgumentsProvider.formatSeed(123456789L)))
                .isEqualTo(123456789L);
        assertThatThrownBy(() -> GeneratedArgumentsProvider.parseSeed("p", "seed"))
                .isInstanceOf(ExtensionConfigurationException.class).hasMessageContaining("'seed'");
    }

    private static long seedOf(Event event) {
        String name = event.getTestDescriptor().getDisplayName();
        int at = name.indexOf("seed=") + "seed=".length();
        return GeneratedArgumentsProvider.parseSeed("name", name.substring(at, at + 18));
    }
}
