package dev.conventio.serialization;

/**
 * The members an object of the format may have, in the order the writer writes them, and which of
 * them are required.
 *
 * <p>A member is required unless its model attribute is optional: collections, booleans and values
 * with a default are always written, so that each value has one form. Each table is built once;
 * immutable and thread-safe.
 */
final class Fields {

    /** Money. */
    static final Fields MONEY = of("amount", "currency");

    private final String[] names;
    private final long required;
    private final String description;

    private Fields(String[] names, long required) {
        this.names = names;
        this.required = required;
        this.description = String.join(", ", names);
    }

    /**
     * Obtains a table; a name that ends with {@code ?} is optional.
     *
     * @param specs  the members, at most 64
     * @return the table
     */
    static Fields of(String... specs) {
        if (specs.length > Long.SIZE) {
            throw new IllegalArgumentException("at most 64 members");
        }
        String[] names = new String[specs.length];
        long required = 0;
        for (int i = 0; i < specs.length; i++) {
            String spec = specs[i];
            boolean optional = spec.endsWith("?");
            names[i] = (optional ? spec.substring(0, spec.length() - 1) : spec).intern();
            if (!optional) {
                required |= 1L << i;
            }
        }
        return new Fields(names, required);
    }

    /** The index of a member, or -1; names are few, so a scan beats hashing. */
    int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    String name(int index) {
        return names[index];
    }

    long required() {
        return required;
    }

    String description() {
        return description;
    }
}
