package dev.conventio.testkit.print;

import java.util.Optional;

/**
 * Renders a value for a person, in the report of a failing property: the shrunk case is printed
 * with the first printer that knows its type.
 *
 * <p>Printers are found with {@link java.util.ServiceLoader}: a project registers its own in
 * {@code META-INF/services/dev.conventio.testkit.print.ValuePrinter} (or {@code provides} in its
 * module descriptor), and they come before the testkit's own, which print a history, a convention
 * or an amendment as its JSON document when {@code conventio-serialization} is on the class path,
 * and anything else with {@code toString()}. See {@link ValuePrinters}.
 *
 * <pre>{@code
 * public final class GrantPrinter implements ValuePrinter {
 *     public Optional<String> print(Object value) {
 *         return value instanceof Grant grant ? Optional.of(grant.reference()) : Optional.empty();
 *     }
 * }
 * }</pre>
 *
 * <p>Implementations must be thread-safe and have a public constructor without parameters to be
 * found by the service loader.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ValuePrinter {

    /**
     * Renders a value, if this printer knows its type.
     *
     * @param value  the value, not null
     * @return the text, empty to let the next printer try, never null
     */
    Optional<String> print(Object value);
}
