package dev.conventio.serialization;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON names of the constants of one enum: the constant's name in lower case with hyphens,
 * {@code ETABLISSEMENT_PUBLIC} ↔ {@code etablissement-public}.
 *
 * <p>Derived from the constant names so that a constant added to the model is named without a table
 * to keep up to date; computed once, so that writing allocates nothing. Immutable and thread-safe.
 *
 * @param <E>  the enum type
 */
final class Constants<E extends Enum<E>> {

    private final String[] names;
    private final Map<String, E> byName;
    private final String description;

    private Constants(Class<E> type) {
        E[] constants = type.getEnumConstants();
        names = new String[constants.length];
        byName = new HashMap<>();
        for (E constant : constants) {
            String name = constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
            names[constant.ordinal()] = name;
            byName.put(name, constant);
        }
        description = String.join(", ", names);
    }

    static <E extends Enum<E>> Constants<E> of(Class<E> type) {
        return new Constants<>(type);
    }

    /** The JSON name of a constant. */
    String name(E constant) {
        return names[constant.ordinal()];
    }

    /** The constant of a JSON name, or null. */
    E constant(String name) {
        return byName.get(name);
    }

    /** The accepted names, for messages. */
    String description() {
        return description;
    }
}
