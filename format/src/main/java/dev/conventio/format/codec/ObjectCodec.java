package dev.conventio.format.codec;

import dev.conventio.format.FormatVersions;
import dev.conventio.validation.ValidationException;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An object of the format, declared once: its members in the order they are written, and how its
 * value is made from them. Both reading and writing derive from the declaration. Immutable and
 * thread-safe.
 *
 * @param <T>  the type of value
 */
final class ObjectCodec<T> implements ValueCodec<T>, MembersCodec<T> {

    /** Makes the model's value from the values of the members read. */
    @FunctionalInterface
    interface Maker<T> {
        /**
         * Makes the value.
         *
         * @throws ValidationException if the value breaks an invariant
         * @throws Rejection if the members break a rule of the format between them
         */
        T make(Values values);
    }

    private final String object;
    private final List<Member<? super T, ?>> members;
    private final Maker<T> maker;
    private final String[] names;
    /** By version of the format: the members it has, as bits over {@link #members}. */
    private final long[] present;
    /** By version: the required members it has. */
    private final long[] required;
    /** By version: the names of its members, for messages. */
    private final String[] description;

    private ObjectCodec(String object, List<Member<? super T, ?>> members, Maker<T> maker) {
        if (members.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most 64 members");
        }
        this.object = object;
        this.members = List.copyOf(members);
        this.maker = maker;
        this.names = new String[members.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = members.get(i).name().text();
        }
        this.present = new long[FormatVersions.LATEST + 1];
        this.required = new long[FormatVersions.LATEST + 1];
        this.description = new String[FormatVersions.LATEST + 1];
        for (int version = FormatVersions.OLDEST; version <= FormatVersions.LATEST; version++) {
            List<String> named = new java.util.ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                Member<? super T, ?> member = members.get(i);
                if (member.isIn(version)) {
                    present[version] |= 1L << i;
                    named.add(names[i]);
                    if (!member.isOptional()) {
                        required[version] |= 1L << i;
                    }
                }
            }
            description[version] = String.join(", ", named);
        }
    }

    /**
     * Declares an object.
     *
     * @param object  the name of the object in docs/format-2.md, such as {@code party}
     * @param maker  how the value is made from the members
     * @param members  the members, in the order they are written
     */
    @SafeVarargs
    static <T> ObjectCodec<T> of(String object, Maker<T> maker, Member<? super T, ?>... members) {
        return new ObjectCodec<>(object, List.of(members), maker);
    }

    /** The same object with more members after these, such as a change kind's after {@code article}. */
    @SafeVarargs
    static <T> ObjectCodec<T> of(String object, Maker<T> maker, List<Member<? super T, ?>> first,
            Member<? super T, ?>... then) {
        List<Member<? super T, ?>> all = new java.util.ArrayList<>(first);
        all.addAll(List.of(then));
        return new ObjectCodec<>(object, all, maker);
    }

    /** The name of the object, for docs/format-2.md. */
    String object() {
        return object;
    }

    List<Member<? super T, ?>> members() {
        return members;
    }

    /**
     * The index of a member name in a version of the format, or -1; names are few, so a scan beats
     * hashing. A name not in that version, -1, is an unknown member.
     */
    int indexOf(String name, int version) {
        // Two members may share a name in different versions (one replacing the other).
        long in = present[version];
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name && (in & (1L << i)) != 0) {
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name) && (in & (1L << i)) != 0) {
                return i;
            }
        }
        return -1;
    }

    Name name(int index) {
        return members.get(index).name();
    }

    long required(int version) {
        return required[version];
    }

    String description(int version) {
        return description[version];
    }

    @Override
    public T read(Reader in) throws IOException {
        return readMembers(in, in.object(this));
    }

    /**
     * Reads the members of an object whose reading started, and makes its value unless a nested
     * value broke an invariant; the value's own violations are recorded at the elements their paths name.
     */
    @Override
    public T readMembers(Reader in, ObjectReading reading) throws IOException {
        reading.use(this);
        Object[] values = new Object[members.size()];
        while (reading.next()) {
            int index = reading.index();
            in.observe(object, names[index]);
            values[index] = members.get(index).codec().read(in);
        }
        if (reading.nestedValueBroke()) {
            return null;
        }
        try {
            return maker.make(new Values(members, values, reading));
        } catch (ValidationException e) {
            in.record(e, reading.positions());
            return null;
        }
    }

    @Override
    public void write(Writer out, T value) throws IOException {
        writeObject(out, value);
    }

    /** Writes the members of a value, in their order. */
    @Override
    public void writeMembers(Writer out, T value) throws IOException {
        int version = out.version();
        // By index: an iterator per object written was 15 % of what a 32 KB write allocates (JFR).
        for (int i = 0; i < members.size(); i++) {
            Member<? super T, ?> member = members.get(i);
            if (member.isIn(version)) {
                if (member.write(out, value)) {
                    out.observe(object, names[i]);
                }
            } else if (member.since() > version && !member.succeeds() && !hasNamesakeIn(member, version)
                    && holds(member, value)) {
                // Nothing is dropped: a value an earlier version cannot hold is refused, not left out.
                throw new IllegalArgumentException(object + "." + member.name().text() + " is not in format version "
                        + version + ", which cannot hold this value; it exists from version " + member.since());
            }
        }
    }

    /** Whether another member of the same name is in a version: the one that writes the value there. */
    private boolean hasNamesakeIn(Member<? super T, ?> member, int version) {
        for (Member<? super T, ?> other : members) {
            if (other != member && other.isIn(version) && other.name().text().equals(member.name().text())) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static <T> boolean holds(Member<? super T, ?> member, T value) {
        return ((Member<T, ?>) member).holds(value);
    }

    @Override
    public String toString() {
        return object + members.stream().map(member -> member.name().text()).collect(Collectors.joining(", ", "{", "}"));
    }
}
