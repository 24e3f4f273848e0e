package dev.conventio.testkit.print;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The printers of the testkit and those a project registers, chained.
 *
 * <p>{@link #standard()} tries, in order: the printers found by {@link ServiceLoader} on the
 * context class loader; the JSON printer, when {@code conventio-serialization} is on the class path
 * (a {@code History}, a {@code Convention} or an {@code AmendmentRecord} as its pretty JSON
 * document; the testkit does not depend on the serialization module, it looks for it); then
 * {@code toString()}.
 *
 * <pre>{@code
 * String text = ValuePrinters.standard().print(history).orElseThrow();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ValuePrinters {

    private static final String JSON_PRINTER = "dev.conventio.testkit.print.JsonPrinter";
    private static final String SERIALIZATION = "dev.conventio.serialization.ConventioJson";

    private ValuePrinters() {
    }

    /**
     * Obtains the standard chain: registered printers, then JSON when available, then
     * {@code toString()}. It answers every value.
     *
     * @return the printer, never null
     */
    public static ValuePrinter standard() {
        List<ValuePrinter> printers = new ArrayList<>(registered());
        json().ifPresent(printers::add);
        printers.add(toStringPrinter());
        return chain(printers);
    }

    /**
     * Obtains the printers registered with the service loader, on the context class loader.
     *
     * @return the printers, in the loader's order, possibly empty, never null
     */
    public static List<ValuePrinter> registered() {
        List<ValuePrinter> printers = new ArrayList<>();
        try {
            ServiceLoader.load(ValuePrinter.class).forEach(printers::add);
        } catch (ServiceConfigurationError e) {
            // A broken registration must not hide the failure being reported.
        }
        return printers;
    }

    /**
     * Obtains the JSON printer, if {@code conventio-serialization} is on the class path.
     *
     * @return the printer, empty without the serialization module, never null
     */
    public static Optional<ValuePrinter> json() {
        ClassLoader loader = ValuePrinters.class.getClassLoader();
        try {
            Class.forName(SERIALIZATION, false, loader);
            return Optional.of((ValuePrinter) Class.forName(JSON_PRINTER, true, loader).getDeclaredConstructor()
                    .newInstance());
        } catch (ClassNotFoundException | LinkageError | NoSuchMethodException | InstantiationException
                | IllegalAccessException | InvocationTargetException e) {
            return Optional.empty();
        }
    }

    /**
     * Obtains the printer of last resort: {@code String.valueOf(value)}.
     *
     * @return the printer, which answers every value, never null
     */
    public static ValuePrinter toStringPrinter() {
        return value -> Optional.of(String.valueOf(value));
    }

    /**
     * Obtains a printer that asks each printer in turn and answers with the first text.
     *
     * @param printers  the printers, in order, not null
     * @return the printer, never null
     * @throws NullPointerException if the list or a printer is null
     */
    public static ValuePrinter chain(List<? extends ValuePrinter> printers) {
        List<ValuePrinter> copy = List.copyOf(printers);
        return value -> {
            Objects.requireNonNull(value, "value");
            for (ValuePrinter printer : copy) {
                Optional<String> text;
                try {
                    text = printer.print(value);
                } catch (RuntimeException e) {
                    // A printer that fails on a value lets the next one try.
                    continue;
                }
                if (text.isPresent()) {
                    return text;
                }
            }
            return Optional.empty();
        };
    }

    /**
     * Renders a value with a printer, falling back to {@code toString()}.
     *
     * @param printer  the printer, not null
     * @param value  the value, possibly null
     * @return the text, never null
     */
    public static String print(ValuePrinter printer, Object value) {
        if (value == null) {
            return "null";
        }
        return chain(List.of(printer, toStringPrinter())).print(value).orElseThrow();
    }
}
