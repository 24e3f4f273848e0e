package dev.conventio.testkit.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the cases of a run were distributed: for each classifier, how many cases carried each label.
 *
 * <pre>{@code
 * Statistics<History> statistics = Statistics.of(Classifiers.changeKinds(), Classifiers.amendmentCounts());
 * histories.forEach(statistics::record);
 * System.out.println(statistics.report());
 * }</pre>
 *
 * <p>Instances are mutable and not thread-safe: one run records its cases on one thread.
 *
 * @param <T>  the type of the values classified
 *
 * @since 0.1
 */
public final class Statistics<T> {

    private final List<Classifier<? super T>> classifiers;
    private final Map<String, Map<Object, Integer>> counts = new LinkedHashMap<>();
    private int cases;

    private Statistics(List<Classifier<? super T>> classifiers) {
        this.classifiers = classifiers;
        for (Classifier<? super T> classifier : classifiers) {
            if (counts.put(classifier.name(), new LinkedHashMap<>()) != null) {
                throw new IllegalArgumentException("two classifiers are named '" + classifier.name() + "'");
            }
        }
    }

    /**
     * Obtains empty statistics for the given classifiers.
     *
     * @param <T>  the type of the values classified
     * @param classifiers  the classifiers, with distinct names, not null
     * @return the statistics, without cases, never null
     * @throws IllegalArgumentException if two classifiers have the same name
     * @throws NullPointerException if the list or a classifier is null
     */
    public static <T> Statistics<T> of(List<? extends Classifier<? super T>> classifiers) {
        return new Statistics<>(List.copyOf(classifiers));
    }

    /**
     * Obtains empty statistics for the given classifiers.
     *
     * @param <T>  the type of the values classified
     * @param classifiers  the classifiers, with distinct names, not null
     * @return the statistics, without cases, never null
     * @throws IllegalArgumentException if two classifiers have the same name
     * @throws NullPointerException if the array or a classifier is null
     */
    @SafeVarargs
    public static <T> Statistics<T> of(Classifier<? super T>... classifiers) {
        return Statistics.<T>of(List.<Classifier<? super T>>of(classifiers));
    }

    /**
     * Records one case: each of its labels, once per classifier.
     *
     * @param value  the case, not null
     * @throws NullPointerException if the value is null
     */
    public void record(T value) {
        Objects.requireNonNull(value, "value");
        cases++;
        for (Classifier<? super T> classifier : classifiers) {
            Map<Object, Integer> byLabel = counts.get(classifier.name());
            for (Object label : new LinkedHashSet<>(classifier.labels(value))) {
                byLabel.merge(label, 1, Integer::sum);
            }
        }
    }

    /**
     * Gets the number of cases recorded.
     *
     * @return the number, zero or positive
     */
    public int cases() {
        return cases;
    }

    /**
     * Gets the names of the classifiers.
     *
     * @return the names, in order, never null, unmodifiable
     */
    public List<String> classifiers() {
        return List.copyOf(counts.keySet());
    }

    /**
     * Gets how many cases carried each label of a classifier.
     *
     * @param classifier  the name of the classifier, not null
     * @return the counts by label, the most frequent first, never null, unmodifiable
     * @throws IllegalArgumentException if no classifier has that name
     */
    public Map<Object, Integer> counts(String classifier) {
        Map<Object, Integer> byLabel = counts.get(Objects.requireNonNull(classifier, "classifier"));
        if (byLabel == null) {
            throw new IllegalArgumentException("no classifier is named '" + classifier + "', only " + counts.keySet());
        }
        List<Map.Entry<Object, Integer>> entries = new ArrayList<>(byLabel.entrySet());
        entries.sort(Map.Entry.<Object, Integer>comparingByValue().reversed());
        Map<Object, Integer> sorted = new LinkedHashMap<>();
        entries.forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return java.util.Collections.unmodifiableMap(sorted);
    }

    /**
     * Gets the labels of a classifier that no case carried.
     *
     * @param classifier  the name of the classifier, not null
     * @param expected  the labels expected, not null
     * @param times  how many cases each label needs, at least 1
     * @return the labels carried by fewer cases, in the order expected, never null
     * @throws IllegalArgumentException if no classifier has that name
     */
    public List<Object> missing(String classifier, Collection<?> expected, int times) {
        Map<Object, Integer> byLabel = counts(classifier);
        List<Object> missing = new ArrayList<>();
        for (Object label : new LinkedHashSet<>(expected)) {
            if (byLabel.getOrDefault(label, 0) < times) {
                missing.add(label);
            }
        }
        return missing;
    }

    /**
     * Renders the distribution: for each classifier, each label with its count and share of the
     * cases, the most frequent first.
     *
     * @return the report, never null
     */
    public String report() {
        StringBuilder out = new StringBuilder();
        for (String name : counts.keySet()) {
            out.append(name).append(", over ").append(cases).append(cases == 1 ? " case" : " cases").append(":\n");
            Map<Object, Integer> byLabel = counts(name);
            int width = byLabel.keySet().stream().mapToInt(label -> Classifier.describe(label).length()).max().orElse(0);
            for (Map.Entry<Object, Integer> entry : byLabel.entrySet()) {
                String label = Classifier.describe(entry.getKey());
                out.append("  ").append(label).append(" ".repeat(width - label.length() + 2))
                        .append(String.format(java.util.Locale.ROOT, "%6d  %5.1f %%%n", entry.getValue(),
                                cases == 0 ? 0.0 : 100.0 * entry.getValue() / cases));
            }
        }
        return out.toString();
    }

    /**
     * Returns the report.
     *
     * @return the report, never null
     */
    @Override
    public String toString() {
        return report();
    }

    /** The labels to check: a copy, keeping the order given. */
    static Set<Object> labels(Collection<?> labels) {
        return new LinkedHashSet<>(labels);
    }
}
