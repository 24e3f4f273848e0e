package dev.conventio.benchmarks;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.change.ChangeContributionAmount;
import dev.conventio.history.History;
import dev.conventio.testkit.ConventionGen;
import dev.conventio.testkit.Gen;
import dev.conventio.testkit.HistoryGen;
import dev.conventio.testkit.property.Check;
import dev.conventio.testkit.property.Counterexample;
import dev.conventio.testkit.shrink.ChoiceSequence;
import dev.conventio.testkit.shrink.RecordingRandom;
import dev.conventio.testkit.shrink.ShrinkBudget;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Shrinking a failing history of about 50 amendments to its minimum (issue 16: under 2 s): the
 * property fails whenever an amendment changes a contribution's amount, and its minimum is one
 * amendment with one change over a two-party convention. The case is the first one, from a fixed run
 * seed, whose history has at least 45 signed amendments; each operation shrinks it from its recorded
 * choices, the whole budget of candidates available.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class ShrinkBenchmark {

    /** The size of the generated histories: up to 50 signed amendments. */
    static final int SIZE = 50;
    /** The generator of long histories. */
    static final Gen<History> LONG_HISTORIES = HistoryGen.histories(ConventionGen.conventions(), SIZE);
    /** The property: no amendment changes a contribution's amount. */
    static final Check<History> NO_AMOUNT_CHANGES = history -> {
        for (AmendmentRecord record : history.amendments()) {
            if (record instanceof Amendment amendment
                    && amendment.changes().stream().anyMatch(ChangeContributionAmount.class::isInstance)) {
                throw new AssertionError("amendment n° " + amendment.number() + " changes a contribution's amount");
            }
        }
    };

    private long seed;
    private ChoiceSequence choices;
    private Throwable failure;

    /** Finds the long failing case and records its choices, once. */
    @Setup
    public void setup() {
        seed = failingSeed();
        RecordingRandom random = RecordingRandom.of(new SplittableRandom(seed));
        History history = LONG_HISTORIES.generate(random, SIZE);
        choices = random.choices();
        failure = Counterexample.failureOf(NO_AMOUNT_CHANGES, history);
    }

    /**
     * Gets the seed of the first history, from run seed 16, with at least 45 signed amendments.
     *
     * @return the seed
     */
    static long failingSeed() {
        SplittableRandom run = new SplittableRandom(16);
        while (true) {
            long candidate = run.nextLong();
            History history = LONG_HISTORIES.sample(candidate, SIZE);
            long signed = history.amendments().stream().filter(r -> r instanceof Amendment a && !a.isDraft()).count();
            if (signed >= 45 && Counterexample.failureOf(NO_AMOUNT_CHANGES, history) != null) {
                return candidate;
            }
        }
    }

    /**
     * Shrinks the failing history to its minimum.
     *
     * @return the counterexample
     */
    @Benchmark
    public Counterexample shrinkFiftyAmendments() {
        return Counterexample.shrink(LONG_HISTORIES, SIZE, choices, OptionalLong.of(seed), NO_AMOUNT_CHANGES, failure,
                ShrinkBudget.defaults());
    }
}
