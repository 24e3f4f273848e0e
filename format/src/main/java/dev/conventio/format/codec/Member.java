package dev.conventio.format.codec;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * One member of an object of the format: its name, how its value is read and written, and how it is
 * got from the model's value. Required members are always written (lists even when empty); optional
 * ones are written when present and left out when absent. Immutable and thread-safe.
 *
 * @param <T>  the type of the object's value
 * @param <V>  the type of the member's value
 */
final class Member<T, V> {

    private final Name name;
    private final ValueCodec<V> codec;
    private final Function<? super T, ?> getter;
    private final boolean optional;

    private Member(Name name, ValueCodec<V> codec, Function<? super T, ?> getter, boolean optional) {
        this.name = name;
        this.codec = codec;
        this.getter = getter;
        this.optional = optional;
    }

    /** A member that every object has. */
    static <T, V> Member<T, V> required(Name name, ValueCodec<V> codec, Function<? super T, ? extends V> getter) {
        return new Member<>(name, codec, getter, false);
    }

    /** A member that the model's value has or not. */
    static <T, V> Member<T, V> optional(Name name, ValueCodec<V> codec, Function<? super T, Optional<V>> getter) {
        return new Member<>(name, codec, getter, true);
    }

    Name name() {
        return name;
    }

    boolean isOptional() {
        return optional;
    }

    ValueCodec<V> codec() {
        return codec;
    }

    /**
     * Writes the member of a value: its name and its value, unless it is optional and absent.
     *
     * @return whether the member was written
     */
    @SuppressWarnings("unchecked")
    boolean write(Writer out, T value) throws IOException {
        Object member = getter.apply(value);
        if (optional) {
            Optional<V> present = (Optional<V>) member;
            if (present.isEmpty()) {
                return false;
            }
            member = present.get();
        }
        out.sink().name(name);
        codec.write(out, (V) member);
        return true;
    }
}
