package dev.conventio.testkit.stats;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Sorts generated values into labels, to report how a run's cases were distributed and to require
 * that some labels were produced: the kinds of change of a history, its number of amendments, the
 * code of an invalid case (see {@link Classifiers}).
 *
 * <p>A value may carry several labels (a history holds changes of several kinds) or none. Labels
 * are compared with {@code equals}; a {@link Class} label is shown by its simple name.
 *
 * <pre>{@code
 * Classifier<History> drafts = Classifier.of("ends with a draft", history -> history.amendments().stream()
 *         .anyMatch(r -> r instanceof Amendment a && a.isDraft()));
 * }</pre>
 *
 * @param <T>  the type of the values classified
 *
 * @since 0.1
 */
public interface Classifier<T> {

    /**
     * Gets the name of the classification, such as {@code change kinds}.
     *
     * @return the name, never null
     */
    String name();

    /**
     * Gets the labels of a value.
     *
     * @param value  the value, not null
     * @return the labels, each counted once per value, possibly empty, never null
     */
    Collection<?> labels(T value);

    /**
     * Obtains a classifier that gives each value one label.
     *
     * @param <T>  the type of the values
     * @param name  the name of the classification, not null
     * @param label  the label of a value, not null
     * @return the classifier, never null
     * @throws NullPointerException if an argument is null
     */
    static <T> Classifier<T> of(String name, Function<? super T, ?> label) {
        Objects.requireNonNull(label, "label");
        return ofMany(name, value -> List.of(label.apply(value)));
    }

    /**
     * Obtains a classifier that gives each value any number of labels.
     *
     * @param <T>  the type of the values
     * @param name  the name of the classification, not null
     * @param labels  the labels of a value, not null
     * @return the classifier, never null
     * @throws NullPointerException if an argument is null
     */
    static <T> Classifier<T> ofMany(String name, Function<? super T, ? extends Collection<?>> labels) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(labels, "labels");
        return new Classifier<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Collection<?> labels(T value) {
                return labels.apply(value);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    /**
     * Describes a label for a person: a class by its simple name, anything else as a string.
     *
     * @param label  the label, possibly null
     * @return the description, never null
     */
    static String describe(Object label) {
        return label instanceof Class<?> type ? type.getSimpleName() : String.valueOf(label);
    }
}
