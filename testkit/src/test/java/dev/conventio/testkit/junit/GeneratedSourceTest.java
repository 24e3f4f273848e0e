package dev.conventio.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.conventio.testkit.Gen;
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
 * after its seed, reports the seed of a failing case, and replays one case from its seed.
 *
 * <p>The fixtures below run in-process through the JUnit Platform test kit; Surefire does not run
 * them on their own (it skips nested classes).
 */
class GeneratedSourceTest {

    /** What the fixtures saw, in the order they saw it. */
    static final List<Long> SEEN = new ArrayList<>();

    @AfterEach
    void clearProperties() {
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

        @ParameterizedTest
        @GeneratedSource(value = "missing", count = 2)
        void missing(long value) {
            SEEN.add(value);
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
    void reportsTheSeedOfAFailingCaseWithTheCommandThatReplaysIt() {
        Events events = run("fails", long.class);
        events.assertStatistics(stats -> stats.started(3).failed(3));
        for (Event failure : events.failed().list()) {
            Throwable thrown = failure.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                    .getThrowable().orElseThrow();
            assertThat(thrown).isInstanceOf(AssertionError.class).hasMessage("always fails");
            assertThat(thrown.getSuppressed()).singleElement().satisfies(note -> assertThat(note.getMessage())
                    .contains("-Dconventio.testkit.seed=" + GeneratedArgumentsProvider.formatSeed(seedOf(failure)))
                    .contains("-Dtest=" + Fixture.class.getName() + "#fails"));
        }
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
