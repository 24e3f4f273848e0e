package dev.conventio.testkit.property;

import dev.conventio.testkit.Gen;
import dev.conventio.testkit.print.ValuePrinter;
import dev.conventio.testkit.print.ValuePrinters;
import dev.conventio.testkit.shrink.ChoiceSequence;
import dev.conventio.testkit.shrink.RecordingRandom;
import dev.conventio.testkit.shrink.ReplayingRandom;
import dev.conventio.testkit.shrink.ShrinkBudget;
import dev.conventio.testkit.stats.Classifier;
import dev.conventio.testkit.stats.Statistics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * A property checked on generated values, without JUnit: the plain-Java entry point of the
 * testkit, with the same seeds, shrinking and replay as {@code @GeneratedSource}.
 *
 * <pre>{@code
 * Property.forAll(HistoryGen.histories())
 *         .cases(500)
 *         .check(history -> History.of(history.base(), history.amendments()).equals(history));
 *
 * PropertyResult result = Property.forAll(HistoryGen.histories())
 *         .classify(Classifiers.changeKinds())
 *         .run(history -> assertThat(history).hasContiguousAmendments(history.amendments().size()));
 * }</pre>
 *
 * <p>Each case is generated from its own seed, drawn from a run seed. When a case fails, its
 * choices are recorded by generating it again from its seed, and shrunk
 * ({@link dev.conventio.testkit.shrink.Shrinker}); cases that pass are generated as plainly as
 * {@link Gen#sample(long, int)} does, with nothing recorded. These system properties change a run:
 * <ul>
 *   <li>{@value #REPLAY_PROPERTY}: replays one case from its choices, as a report prints them
 *       ({@code c1.…}), or from a file holding them ({@code @path});</li>
 *   <li>{@value #SEED_PROPERTY}: replays one case from its seed;</li>
 *   <li>{@value #RUN_SEED_PROPERTY}: the run seed, to repeat a whole run; random when absent;</li>
 *   <li>{@value #COUNT_PROPERTY}: runs that many cases instead of {@link #cases(int)}'s;</li>
 *   <li>{@link ShrinkBudget#CANDIDATES_PROPERTY} and {@link ShrinkBudget#TIME_PROPERTY}: the
 *       shrinking budget.</li>
 * </ul>
 * They apply to every property the JVM runs: name the test to replay as well.
 *
 * <p>This class is immutable and thread-safe; each run happens on its caller's thread.
 *
 * @param <T>  the type of the values
 *
 * @since 0.1
 */
public final class Property<T> {

    /** The system property that replays one case from its choices ({@code c1.…}, or {@code @file}). */
    public static final String REPLAY_PROPERTY = "conventio.testkit.replay";
    /** The system property that replays one case: its seed, in hexadecimal ({@code 0x…}) or decimal. */
    public static final String SEED_PROPERTY = "conventio.testkit.seed";
    /** The system property that sets the seed drawing every case's seed, to repeat a whole run. */
    public static final String RUN_SEED_PROPERTY = "conventio.testkit.runSeed";
    /** The system property that overrides the number of cases. */
    public static final String COUNT_PROPERTY = "conventio.testkit.count";

    private final Gen<T> generator;
    private final int cases;
    private final int size;
    private final OptionalLong runSeed;
    private final ShrinkBudget budget;
    private final ValuePrinter printer;
    private final List<Classifier<? super T>> classifiers;

    private Property(Gen<T> generator, int cases, int size, OptionalLong runSeed, ShrinkBudget budget,
            ValuePrinter printer, List<Classifier<? super T>> classifiers) {
        this.generator = generator;
        this.cases = cases;
        this.size = size;
        this.runSeed = runSeed;
        this.budget = budget;
        this.printer = printer;
        this.classifiers = classifiers;
    }

    /**
     * Obtains a property over the values of a generator: 100 cases of size 10, a random run seed,
     * the default shrinking budget and the standard printers, until told otherwise.
     *
     * @param <T>  the type of the values
     * @param generator  the generator, not null
     * @return the property, never null
     * @throws NullPointerException if the generator is null
     */
    public static <T> Property<T> forAll(Gen<T> generator) {
        return new Property<>(Objects.requireNonNull(generator, "generator"), 100, 10, OptionalLong.empty(),
                ShrinkBudget.defaults(), null, List.of());
    }

    /**
     * Obtains this property run on so many cases.
     *
     * @param count  the number of cases, at least 1
     * @return the property, never null
     * @throws IllegalArgumentException if the count is not positive
     */
    public Property<T> cases(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a property runs at least one case, was " + count);
        }
        return new Property<>(generator, count, size, runSeed, budget, printer, classifiers);
    }

    /**
     * Obtains this property run on values of the given size.
     *
     * @param value  the size passed to the generator, zero or positive
     * @return the property, never null
     * @throws IllegalArgumentException if the size is negative
     */
    public Property<T> size(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("a size is zero or positive, was " + value);
        }
        return new Property<>(generator, cases, value, runSeed, budget, printer, classifiers);
    }

    /**
     * Obtains this property run from a fixed run seed, so that every run draws the same cases.
     *
     * @param seed  the run seed
     * @return the property, never null
     */
    public Property<T> runSeed(long seed) {
        return new Property<>(generator, cases, size, OptionalLong.of(seed), budget, printer, classifiers);
    }

    /**
     * Obtains this property shrinking its counterexample within a budget.
     *
     * @param shrinkBudget  the budget, {@link ShrinkBudget#none()} not to shrink, not null
     * @return the property, never null
     * @throws NullPointerException if the budget is null
     */
    public Property<T> shrinking(ShrinkBudget shrinkBudget) {
        return new Property<>(generator, cases, size, runSeed, Objects.requireNonNull(shrinkBudget, "shrinkBudget"),
                printer, classifiers);
    }

    /**
     * Obtains this property printing its counterexample with a printer of its own, tried before the
     * standard ones.
     *
     * @param valuePrinter  the printer, not null
     * @return the property, never null
     * @throws NullPointerException if the printer is null
     */
    public Property<T> printer(ValuePrinter valuePrinter) {
        return new Property<>(generator, cases, size, runSeed, budget,
                Objects.requireNonNull(valuePrinter, "valuePrinter"), classifiers);
    }

    /**
     * Obtains this property collecting statistics of its cases with the given classifiers.
     *
     * @param more  the classifiers, with distinct names, not null
     * @return the property, never null
     * @throws NullPointerException if the array or a classifier is null
     */
    @SafeVarargs
    public final Property<T> classify(Classifier<? super T>... more) {
        List<Classifier<? super T>> all = new ArrayList<>(classifiers);
        all.addAll(List.of(more));
        return new Property<>(generator, cases, size, runSeed, budget, printer, List.copyOf(all));
    }

    /**
     * Checks a predicate on every case.
     *
     * @param property  the predicate, true when the property holds, not null
     * @throws PropertyFailure with the report of the shrunk counterexample if the predicate is
     *     false, or throws, on a case
     * @throws NullPointerException if the predicate is null
     */
    public void check(Predicate<? super T> property) {
        Objects.requireNonNull(property, "property");
        verify(value -> {
            if (!property.test(value)) {
                throw new Falsified();
            }
        });
    }

    /**
     * Checks assertions on every case.
     *
     * @param property  the assertions, not null
     * @throws PropertyFailure with the report of the shrunk counterexample if a case fails
     * @throws NullPointerException if the check is null
     */
    public void verify(Check<? super T> property) {
        PropertyResult result = run(property);
        if (!result.passed()) {
            throw new PropertyFailure(result.counterexample().orElseThrow(), result.report());
        }
    }

    /**
     * Runs the property and reports, without throwing for a failing case.
     *
     * @param property  the assertions, not null
     * @return the result, never null
     * @throws NullPointerException if the check is null
     * @throws IllegalArgumentException if a system property of the run is malformed
     */
    public PropertyResult run(Check<? super T> property) {
        Objects.requireNonNull(property, "property");
        Statistics<T> statistics = classifiers.isEmpty() ? null : Statistics.of(classifiers);
        String replay = System.getProperty(REPLAY_PROPERTY);
        if (replay != null && !replay.isBlank()) {
            ChoiceSequence choices = choices(replay);
            T value = generator.generate(ReplayingRandom.of(choices), size);
            return single(value, choices, OptionalLong.empty(), property, statistics);
        }
        String seedText = System.getProperty(SEED_PROPERTY);
        if (seedText != null && !seedText.isBlank()) {
            long seed = Seeds.parse(seedText);
            return single(generator.sample(seed, size), null, OptionalLong.of(seed), property, statistics);
        }
        long run = runSeed.orElseGet(() -> {
            String text = System.getProperty(RUN_SEED_PROPERTY);
            return text == null || text.isBlank() ? new SplittableRandom().nextLong() : Seeds.parse(text);
        });
        SplittableRandom seeds = new SplittableRandom(run);
        int count = count(cases);
        for (int i = 1; i <= count; i++) {
            long seed = seeds.nextLong();
            T value = generator.sample(seed, size);
            if (statistics != null) {
                statistics.record(value);
            }
            Throwable failure = Counterexample.failureOf(property, value);
            if (failure != null) {
                Counterexample counterexample = counterexample(recorded(seed), OptionalLong.of(seed), property,
                        failure, budget);
                return result(i, OptionalLong.of(run), counterexample, statistics);
            }
        }
        return result(count, OptionalLong.of(run), null, statistics);
    }

    private PropertyResult single(T value, ChoiceSequence choices, OptionalLong seed, Check<? super T> property,
            Statistics<T> statistics) {
        if (statistics != null) {
            statistics.record(value);
        }
        Throwable failure = Counterexample.failureOf(property, value);
        if (failure == null) {
            return result(1, OptionalLong.empty(), null, statistics);
        }
        // A replayed case is reported as it is: it is already the one asked for.
        ChoiceSequence recorded = choices != null ? choices : recorded(seed.getAsLong());
        return result(1, OptionalLong.empty(), counterexample(recorded, seed, property, failure,
                choices != null ? ShrinkBudget.none() : budget), statistics);
    }

    private ChoiceSequence recorded(long seed) {
        RecordingRandom random = RecordingRandom.of(new SplittableRandom(seed));
        generator.generate(random, size);
        return random.choices();
    }

    private Counterexample counterexample(ChoiceSequence choices, OptionalLong seed, Check<? super T> property,
            Throwable failure, ShrinkBudget shrinkBudget) {
        return Counterexample.shrink(generator, size, choices, seed, property, failure,
                ShrinkBudget.fromSystemProperties(shrinkBudget));
    }

    private PropertyResult result(int count, OptionalLong run, Counterexample counterexample, Statistics<T> statistics) {
        StringBuilder report = new StringBuilder();
        if (counterexample != null) {
            report.append(counterexample.report(printer(), "")).append("after ").append(count)
                    .append(count == 1 ? " case" : " cases");
        } else {
            report.append("Property passed ").append(count).append(count == 1 ? " case" : " cases");
        }
        run.ifPresent(seed -> report.append(", run seed ").append(Seeds.format(seed)));
        report.append('\n');
        if (statistics != null) {
            report.append(statistics.report());
        }
        return new PropertyResult(count, run, counterexample, statistics, report.toString());
    }

    private ValuePrinter printer() {
        ValuePrinter standard = ValuePrinters.standard();
        return printer == null ? standard : ValuePrinters.chain(List.of(printer, standard));
    }

    /**
     * Gets the number of cases a run makes: that of {@value #COUNT_PROPERTY} if it is set, else the
     * given one.
     *
     * @param cases  the number of cases asked for
     * @return the number of cases, at least 1 when set by the property
     * @throws IllegalArgumentException if the property is not a whole number of at least 1
     */
    public static int count(int cases) {
        String override = System.getProperty(COUNT_PROPERTY);
        if (override == null || override.isBlank()) {
            return cases;
        }
        try {
            int count = Integer.parseInt(override.trim());
            if (count >= 1) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(COUNT_PROPERTY + " must be a whole number of at least 1, was '" + override + "'");
    }

    /**
     * Reads choices as {@value #REPLAY_PROPERTY} gives them: a sequence such as {@code c1.AwAB}, or
     * {@code @path} to a file that holds one.
     *
     * @param text  the value of the property, not null
     * @return the choices, never null
     * @throws IllegalArgumentException if the text or the file is not a choice sequence
     * @throws UncheckedIOException if the file cannot be read
     */
    public static ChoiceSequence choices(String text) {
        String value = text.trim();
        if (value.startsWith("@")) {
            try {
                value = Files.readString(Path.of(value.substring(1)), StandardCharsets.UTF_8).trim();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the choices to replay from " + value.substring(1), e);
            }
        }
        return ChoiceSequence.parse(value);
    }

    /** The failure of a predicate that returned false. */
    static final class Falsified extends AssertionError {
        private static final long serialVersionUID = 1L;

        Falsified() {
            super("the property returned false");
        }
    }
}
