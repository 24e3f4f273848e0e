package dev.conventio.testkit.property;

/**
 * A property stated with assertions: it fails by throwing, as a JUnit or AssertJ assertion does.
 *
 * <pre>{@code
 * Check<History> contiguous = history -> assertThat(history).hasContiguousAmendments(history.amendments().size());
 * }</pre>
 *
 * @param <T>  the type of the values checked
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Check<T> {

    /**
     * Checks one value.
     *
     * @param value  the generated value, not null
     * @throws Exception if the property does not hold; any {@link Throwable} counts as a failure
     */
    void check(T value) throws Exception;
}
