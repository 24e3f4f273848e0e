package dev.conventio.format.codec;

import dev.conventio.format.RejectionCode;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The explicit wire names of the constants of one enum of the format: renaming a Java constant never
 * changes the format. Building a table checks that every constant has exactly one name and that the
 * names are unique. Immutable and thread-safe.
 *
 * @param <E>  the enum type
 */
final class ConstantTable<E extends Enum<E>> implements ValueCodec<E> {

    private final Class<E> type;
    private final Map<E, String> names;
    private final Map<String, E> byName;
    /** The first version of the format that has each constant named {@link Builder#since}; others, every version. */
    private final Map<E, Integer> since;
    private final String description;

    private ConstantTable(Class<E> type, Map<E, String> names, Map<E, Integer> since) {
        this.type = type;
        this.names = names;
        this.since = since;
        this.byName = new HashMap<>();
        for (Map.Entry<E, String> entry : names.entrySet()) {
            if (byName.put(entry.getValue(), entry.getKey()) != null) {
                throw new IllegalArgumentException(type.getSimpleName() + ": the name " + entry.getValue()
                        + " is given twice");
            }
        }
        for (E constant : type.getEnumConstants()) {
            if (!names.containsKey(constant)) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + constant + " has no wire name");
            }
        }
        this.description = String.join(", ", names.values());
    }

    /** Starts a table of the given enum. */
    static <E extends Enum<E>> Builder<E> of(Class<E> type) {
        return new Builder<>(type);
    }

    /** Collects the names of a table. */
    static final class Builder<E extends Enum<E>> {

        private final Class<E> type;
        private final Map<E, String> names;
        private final Map<E, Integer> since;

        private Builder(Class<E> type) {
            this.type = type;
            this.names = new EnumMap<>(type);
            this.since = new EnumMap<>(type);
        }

        /** Names a constant, once. */
        Builder<E> name(E constant, String name) {
            if (names.put(constant, name) != null) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + constant + " is named twice");
            }
            return this;
        }

        /**
         * Names a constant that a later version of the format adds: a reader of an earlier version
         * rejects its name as unknown, and a writer of one refuses it rather than change its meaning.
         */
        Builder<E> name(E constant, String name, int version) {
            name(constant, name);
            since.put(constant, version);
            return this;
        }

        ConstantTable<E> build() {
            return new ConstantTable<>(type, names, since);
        }
    }

    Class<E> type() {
        return type;
    }

    /** The wire name of a constant. */
    String name(E constant) {
        return names.get(constant);
    }

    /** The constant of a wire name, or null. */
    E constant(String name) {
        return byName.get(name);
    }

    /** Every wire name, in the order of the constants. */
    List<String> names() {
        return List.copyOf(names.values());
    }

    /** The wire names of a version of the format, in the order of the constants. */
    List<String> names(int version) {
        List<String> in = new java.util.ArrayList<>();
        names.forEach((constant, name) -> {
            if (isIn(constant, version)) {
                in.add(name);
            }
        });
        return in;
    }

    private boolean isIn(E constant, int version) {
        return since.getOrDefault(constant, dev.conventio.format.FormatVersions.OLDEST) <= version;
    }

    /** The accepted names, for messages. */
    String description() {
        return description;
    }

    @Override
    public E read(Reader in) throws IOException {
        String text = in.text();
        E constant = byName.get(text);
        if (constant == null || !isIn(constant, in.version())) {
            throw in.reject(RejectionCode.UNKNOWN_CONSTANT, "'" + Reader.abbreviate(text) + "' is not one of "
                    + (constant == null ? description : String.join(", ", names(in.version()))
                            + " in format version " + in.version() + "; it exists from version " + since.get(constant)));
        }
        return constant;
    }

    @Override
    public void write(Writer out, E value) throws IOException {
        if (!isIn(value, out.version())) {
            throw new IllegalArgumentException(type.getSimpleName() + "." + value + " cannot be written in format version "
                    + out.version() + "; it exists from version " + since.get(value));
        }
        out.sink().string(names.get(value));
    }
}
