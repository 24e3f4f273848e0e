package dev.conventio.testkit.print;

import java.util.Optional;

/**
 * A printer registered with the service loader by the tests' resources: it prints only its own
 * {@link Marked} values, so that no other test's output changes.
 */
public final class MarkedPrinter implements ValuePrinter {

    /** A value only this printer knows. */
    record Marked(String text) {
    }

    @Override
    public Optional<String> print(Object value) {
        return value instanceof Marked marked ? Optional.of("marked " + marked.text()) : Optional.empty();
    }
}
