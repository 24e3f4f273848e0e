package dev.conventio.format.codec;

import dev.conventio.format.RejectionCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A polymorphic object of the format: a leading {@code type} whose value names the variant, then
 * the members of that variant. Immutable and thread-safe.
 *
 * @param <T>  the type of value
 */
final class UnionCodec<T> implements ValueCodec<T>, MembersCodec<T> {

    /** One variant: its {@code type} name and the object after it. */
    static final class Variant<T> {

        private final String wireName;
        private final ObjectCodec<? extends T> codec;
        private final Class<? extends T> type;
        /** The first version of the format that has this variant. */
        private final int since;

        private Variant(String wireName, Class<? extends T> type, ObjectCodec<? extends T> codec, int since) {
            this.wireName = wireName;
            this.type = type;
            this.codec = codec;
            this.since = since;
        }

        /**
         * The same variant, in the versions from {@code version} on: a reader of an earlier version
         * rejects its type as unknown, and a writer of one refuses it rather than drop it.
         */
        Variant<T> since(int version) {
            return new Variant<>(wireName, type, codec, version);
        }

        /** Whether a version of the format has this variant. */
        boolean isIn(int version) {
            return version >= since;
        }

        String wireName() {
            return wireName;
        }

        Class<? extends T> type() {
            return type;
        }

        ObjectCodec<? extends T> codec() {
            return codec;
        }

        @SuppressWarnings("unchecked")
        private void writeMembers(Writer out, T value) throws IOException {
            ((ObjectCodec<T>) codec).writeMembers(out, value);
        }
    }

    private final String object;
    private final Map<String, Variant<T>> byName;
    private final Function<T, String> selector;
    private final UnaryOperator<String> unknown;

    private UnionCodec(String object, List<Variant<T>> variants, Function<T, String> selector,
            UnaryOperator<String> unknown) {
        this.object = object;
        Map<String, Variant<T>> names = new LinkedHashMap<>();
        for (Variant<T> variant : variants) {
            if (names.put(variant.wireName, variant) != null) {
                throw new IllegalArgumentException("type " + variant.wireName + " is declared twice");
            }
        }
        this.byName = names;
        this.selector = selector;
        this.unknown = unknown;
    }

    /** A variant. */
    static <T, S extends T> Variant<T> variant(String wireName, Class<S> type, ObjectCodec<S> codec) {
        return new Variant<>(wireName, type, codec, dev.conventio.format.FormatVersions.OLDEST);
    }

    /**
     * Declares a polymorphic object.
     *
     * @param object  the name of the object in docs/format-2.md, such as {@code change}
     * @param variants  the variants, in the format's order
     * @param selector  the {@code type} name of a value, to write it
     * @param unknown  the message for a {@code type} that names no variant, from the (abbreviated) name
     */
    static <T> UnionCodec<T> of(String object, List<Variant<T>> variants, Function<T, String> selector,
            UnaryOperator<String> unknown) {
        return new UnionCodec<>(object, variants, selector, unknown);
    }

    /** Declares a polymorphic object whose variant is that of the value's class. */
    static <T> UnionCodec<T> byClass(String object, List<Variant<T>> variants, UnaryOperator<String> unknown) {
        List<Variant<T>> copy = new ArrayList<>(variants);
        ClassValue<String> names = new ClassValue<>() {
            @Override
            protected String computeValue(Class<?> type) {
                for (Variant<T> variant : copy) {
                    if (variant.type.isAssignableFrom(type)) {
                        return variant.wireName;
                    }
                }
                throw new IllegalArgumentException("no type of the format for " + type.getName());
            }
        };
        return new UnionCodec<>(object, copy, value -> names.get(value.getClass()), unknown);
    }

    /**
     * The same object restricted to the variants of one type, such as a recorded amendment among
     * amendment records: a {@code type} of another variant is unknown to it.
     */
    @SuppressWarnings("unchecked")
    <S extends T> UnionCodec<S> only(Class<S> type) {
        List<Variant<S>> kept = new ArrayList<>();
        for (Variant<T> variant : byName.values()) {
            if (type.isAssignableFrom(variant.type)) {
                kept.add((Variant<S>) (Variant<?>) variant);
            }
        }
        String names = String.join(", ", kept.stream().map(Variant::wireName).toList());
        return new UnionCodec<>(object, kept, value -> selector.apply(value),
                name -> "'" + name + "' is not one of " + names + ", the types read here");
    }

    /** The name of the object, for docs/format-2.md. */
    String object() {
        return object;
    }

    /** The {@code type} names of the variants, in the format's order, for messages. */
    String description() {
        return String.join(", ", byName.keySet());
    }

    List<Variant<T>> variants() {
        return List.copyOf(byName.values());
    }

    @Override
    public T read(Reader in) throws IOException {
        return readMembers(in, in.object(null));
    }

    /** Reads the leading {@code type} of an object whose reading started, then the members of its variant. */
    @Override
    public T readMembers(Reader in, ObjectReading reading) throws IOException {
        reading.leading(Names.TYPE, RejectionCode.MISSING_TYPE, "this object starts with its type");
        in.observe(object, Names.TYPE.text());
        String type = in.text();
        Variant<T> variant = byName.get(type);
        if (variant == null || !variant.isIn(in.version())) {
            throw in.reject(RejectionCode.UNKNOWN_TYPE, unknown.apply(Reader.abbreviate(type))
                    + (variant == null ? "" : " in format version " + in.version() + "; it exists from version "
                            + variant.since));
        }
        return variant.codec.readMembers(in, reading);
    }

    @Override
    public void write(Writer out, T value) throws IOException {
        writeObject(out, value);
    }

    /** Writes the {@code type} and the members of a value. */
    @Override
    public void writeMembers(Writer out, T value) throws IOException {
        Variant<T> variant = byName.get(selector.apply(value));
        if (!variant.isIn(out.version())) {
            throw new IllegalArgumentException("a " + object + " of type " + variant.wireName + " cannot be written in"
                    + " format version " + out.version() + "; it exists from version " + variant.since);
        }
        out.sink().name(Names.TYPE);
        out.sink().string(variant.wireName);
        out.observe(object, Names.TYPE.text());
        variant.writeMembers(out, value);
    }
}
