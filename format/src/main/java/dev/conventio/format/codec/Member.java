package dev.conventio.format.codec;

import dev.conventio.format.FormatVersions;
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
    /** The first and last versions of the format that have this member. */
    private final int since;
    private final int until;
    /** Whether, before {@link #since}, a member of the same object that ends then writes this value. */
    private final boolean succeeds;

    private Member(Name name, ValueCodec<V> codec, Function<? super T, ?> getter, boolean optional, int since,
            int until, boolean succeeds) {
        this.name = name;
        this.codec = codec;
        this.getter = getter;
        this.optional = optional;
        this.since = since;
        this.until = until;
        this.succeeds = succeeds;
    }

    /** A member that every object has. */
    static <T, V> Member<T, V> required(Name name, ValueCodec<V> codec, Function<? super T, ? extends V> getter) {
        return new Member<>(name, codec, getter, false, FormatVersions.OLDEST, FormatVersions.LATEST, false);
    }

    /** A member that the model's value has or not. */
    static <T, V> Member<T, V> optional(Name name, ValueCodec<V> codec, Function<? super T, Optional<V>> getter) {
        return new Member<>(name, codec, getter, true, FormatVersions.OLDEST, FormatVersions.LATEST, false);
    }

    /**
     * The same member, in the versions from {@code version} on: a member a later version adds. A
     * reader of an earlier version rejects it as unknown, and a writer of one leaves it out.
     */
    Member<T, V> since(int version) {
        return new Member<>(name, codec, getter, optional, version, until, succeeds);
    }

    /** The same member, in the versions up to {@code version}: a member a later version replaced. */
    Member<T, V> until(int version) {
        return new Member<>(name, codec, getter, optional, since, version, succeeds);
    }

    /**
     * The same member, the successor of a member that earlier versions write instead (declared
     * {@code until} the version before this one's {@code since}): a writer of an earlier version
     * writes the value there, so its absence here drops nothing.
     */
    Member<T, V> succeeding() {
        return new Member<>(name, codec, getter, optional, since, until, true);
    }

    /** Whether earlier versions write this member's value in the member it succeeds. */
    boolean succeeds() {
        return succeeds;
    }

    /** Whether a version of the format has this member. */
    boolean isIn(int version) {
        return version >= since && version <= until;
    }

    /** The first version that has this member. */
    int since() {
        return since;
    }

    /** Whether a value holds something in this member: an optional one present, a list not empty. */
    boolean holds(T value) {
        Object member = getter.apply(value);
        if (member instanceof Optional) {
            return ((Optional<?>) member).isPresent();
        }
        return member instanceof java.util.Collection && !((java.util.Collection<?>) member).isEmpty();
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
