package dev.conventio.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An element of a consolidated convention together with its {@link Provenance}: the instrument and
 * article that last set it.
 *
 * <p>This class is immutable and thread-safe when the element is, as every model value is.
 *
 * @param <T>  the type of the element
 *
 * @since 0.1
 */
public final class Sourced<T> {

    private final T value;
    private final Provenance provenance;

    private Sourced(T value, Provenance provenance) {
        this.value = value;
        this.provenance = provenance;
    }

    /**
     * Obtains an element with its provenance.
     *
     * @param <T>  the type of the element
     * @param value  the element, not null
     * @param provenance  where it comes from, not null
     * @return the sourced element, never null
     * @throws NullPointerException if an argument is null
     */
    public static <T> Sourced<T> of(T value, Provenance provenance) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(provenance, "provenance");
        return new Sourced<>(value, provenance);
    }

    /** Elements that share one provenance, in order, as an unmodifiable list. */
    static <T> List<Sourced<T>> all(List<T> values, Provenance provenance) {
        List<Sourced<T>> all = new ArrayList<>(values.size());
        values.forEach(value -> all.add(new Sourced<>(value, provenance)));
        return Collections.unmodifiableList(all);
    }

    /**
     * Gets the element.
     *
     * @return the element, never null
     */
    public T value() {
        return value;
    }

    /**
     * Gets where the element comes from.
     *
     * @return the provenance, never null
     */
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Sourced)) {
            return false;
        }
        Sourced<?> that = (Sourced<?>) other;
        return value.equals(that.value) && provenance.equals(that.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, provenance);
    }

    /**
     * Returns the element followed by its provenance in brackets.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return value + " [" + provenance + "]";
    }
}
