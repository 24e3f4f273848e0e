package dev.conventio.format.codec;

import dev.conventio.format.RejectionCode;
import java.util.List;
import java.util.Optional;

/**
 * The values of the members of one object read, from which its maker builds the model's value.
 *
 * <p>Not thread-safe: one instance per object read.
 */
final class Values {

    private final List<? extends Member<?, ?>> members;
    private final Object[] values;
    private final ObjectReading reading;
    /** Where the next search for a member starts. */
    private int cursor;

    Values(List<? extends Member<?, ?>> members, Object[] values, ObjectReading reading) {
        this.members = members;
        this.values = values;
        this.reading = reading;
    }

    /** The value of a member, or null if it is absent. */
    @SuppressWarnings("unchecked")
    <V> V get(Member<?, V> member) {
        // Makers ask for the members mostly in their order: the search starts after the last found.
        int n = values.length;
        for (int k = 0, i = cursor; k < n; k++, i = i + 1 == n ? 0 : i + 1) {
            if (members.get(i) == member) {
                cursor = i + 1 == n ? 0 : i + 1;
                return (V) values[i];
            }
        }
        throw new IllegalArgumentException("not a member of this object: " + member.name());
    }

    /** The value of an optional member. */
    <V> Optional<V> optional(Member<?, V> member) {
        return Optional.ofNullable(get(member));
    }

    /** The value of a list member that may be absent, empty when it is. */
    <E> List<E> list(Member<?, List<E>> member) {
        List<E> list = get(member);
        return list == null ? List.of() : list;
    }

    /** Whether a member is present. */
    boolean has(Member<?, ?> member) {
        return get(member) != null;
    }

    /** The version of the document being read: for a maker whose rule is not the same in each. */
    int version() {
        return reading.version();
    }

    /** A rejection of the whole object, at its start: a rule between its members. */
    Rejection reject(RejectionCode code, String detail) {
        return reading.reject(code, detail);
    }

    /** A rejection of one member of the object, at its value. */
    Rejection reject(RejectionCode code, String detail, Name member) {
        return reading.reject(code, detail, member);
    }
}
