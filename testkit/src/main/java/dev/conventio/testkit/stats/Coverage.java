package dev.conventio.testkit.stats;

import dev.conventio.testkit.Gen;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * A coverage assertion: every declared label must be produced at least so many times within a
 * stated number of generated cases, so that a generator that silently stops producing something
 * (a kind of change, a violation code) fails a test that names what is missing.
 *
 * <pre>{@code
 * Coverage.requireEvery(AmendmentGen.changeKinds()).atLeastOnce().within(1000)
 *         .of(HistoryGen.histories(), Classifiers.changeKinds());
 * // AssertionError: within 1000 cases of change kinds, never produced at least once: RemoveParty (0)
 * }</pre>
 *
 * <p>The cases are drawn from a fixed run seed, {@value #DEFAULT_SEED} unless {@link #seed(long)}
 * says otherwise, so that the assertion is deterministic: the same cases on every build.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Coverage {

    /** The run seed the cases are drawn from unless told otherwise. */
    public static final long DEFAULT_SEED = 0x5eed;

    private final List<Object> labels;
    private final int times;
    private final int cases;
    private final int size;
    private final long seed;

    private Coverage(List<Object> labels, int times, int cases, int size, long seed) {
        this.labels = labels;
        this.times = times;
        this.cases = cases;
        this.size = size;
        this.seed = seed;
    }

    /**
     * Obtains an assertion that requires every label given: once each, within 1000 cases of size 10,
     * unless told otherwise.
     *
     * @param labels  the labels, such as {@code AmendmentGen.changeKinds()}, not empty, not null
     * @return the assertion, never null
     * @throws IllegalArgumentException if there is no label
     * @throws NullPointerException if the collection is null
     */
    public static Coverage requireEvery(java.util.Collection<?> labels) {
        List<Object> copy = List.copyOf(Statistics.labels(labels));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a coverage assertion needs at least one label");
        }
        return new Coverage(copy, 1, 1000, 10, DEFAULT_SEED);
    }

    /**
     * Obtains this assertion requiring each label at least once.
     *
     * @return the assertion, never null
     */
    public Coverage atLeastOnce() {
        return atLeast(1);
    }

    /**
     * Obtains this assertion requiring each label in at least so many cases.
     *
     * @param count  the number of cases, at least 1
     * @return the assertion, never null
     * @throws IllegalArgumentException if the count is not positive
     */
    public Coverage atLeast(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a label is required at least once, was " + count);
        }
        return new Coverage(labels, count, cases, size, seed);
    }

    /**
     * Obtains this assertion over so many generated cases.
     *
     * @param count  the number of cases, at least 1
     * @return the assertion, never null
     * @throws IllegalArgumentException if the count is not positive
     */
    public Coverage within(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("coverage needs at least one case, was " + count);
        }
        return new Coverage(labels, times, count, size, seed);
    }

    /**
     * Obtains this assertion over cases of the given size.
     *
     * @param value  the size passed to the generator, zero or positive
     * @return the assertion, never null
     * @throws IllegalArgumentException if the size is negative
     */
    public Coverage atSize(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("a size is zero or positive, was " + value);
        }
        return new Coverage(labels, times, cases, value, seed);
    }

    /**
     * Obtains this assertion over cases drawn from another run seed.
     *
     * @param runSeed  the seed that draws every case's seed
     * @return the assertion, never null
     */
    public Coverage seed(long runSeed) {
        return new Coverage(labels, times, cases, size, runSeed);
    }

    /**
     * Generates the cases, classifies them and checks that every label was produced often enough.
     *
     * @param <T>  the type of the values
     * @param generator  the generator, not null
     * @param classifier  the classifier whose labels are required, not null
     * @return the statistics of the cases, never null
     * @throws AssertionError naming every label produced too rarely, with its count
     * @throws NullPointerException if an argument is null
     */
    public <T> Statistics<T> of(Gen<T> generator, Classifier<? super T> classifier) {
        Objects.requireNonNull(generator, "generator");
        Statistics<T> statistics = Statistics.of(List.of(classifier));
        SplittableRandom run = new SplittableRandom(seed);
        for (int i = 0; i < cases; i++) {
            statistics.record(generator.sample(run.nextLong(), size));
        }
        assertCoveredBy(statistics, classifier.name());
        return statistics;
    }

    /**
     * Checks statistics already collected, such as those of a property's run, ignoring the number of
     * cases this assertion states.
     *
     * @param statistics  the statistics, not null
     * @param classifier  the name of the classifier whose labels are required, not null
     * @throws AssertionError naming every label produced too rarely, with its count
     * @throws IllegalArgumentException if the statistics have no classifier of that name
     */
    public void assertCoveredBy(Statistics<?> statistics, String classifier) {
        List<Object> missing = statistics.missing(classifier, labels, times);
        if (!missing.isEmpty()) {
            java.util.Map<Object, Integer> counts = statistics.counts(classifier);
            throw new AssertionError("within " + statistics.cases() + " cases of " + classifier + ", never produced "
                    + (times == 1 ? "at least once" : "at least " + times + " times") + ": "
                    + missing.stream().map(label -> Classifier.describe(label) + " (" + counts.getOrDefault(label, 0) + ")")
                            .collect(Collectors.joining(", ")));
        }
    }

    /**
     * Describes the assertion, such as {@code every one of 22 labels at least once within 1000 cases}.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return "every one of " + labels.size() + " labels at least " + (times == 1 ? "once" : times + " times")
                + " within " + cases + " cases of size " + size + ", run seed " + seed;
    }
}
