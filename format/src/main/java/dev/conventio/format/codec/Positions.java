package dev.conventio.format.codec;

import java.util.Arrays;

/**
 * Where the values of one object's members, or of one array's elements, start in the input, and
 * the positions of the objects and arrays among them: what locates a violation of the model at the
 * element its path names, however far above it the rule that found it was checked. Lines and
 * columns only, packed in a {@code long} each; names are the parser's own strings, kept, not
 * copied.
 *
 * <p>A reading that does not locate uses {@link #unnoted()}, which notes nothing and, asked for a
 * location, throws {@link Reader.PositionsNeeded}: the input is then read again, noting them.
 *
 * <p>Not thread-safe: one tree per read; the unnoted instance holds nothing and is shared.
 */
final class Positions {

    private static final int INITIAL = 4;
    private static final Positions UNNOTED = new Positions();

    private final boolean noted;
    private final Positions parent;
    private final long start;
    /** The member names of an object, null for an array, whose entries are its elements in order. */
    private String[] names;
    private long[] at = new long[INITIAL];
    private Positions[] children;
    private int size;

    Positions(Positions parent, Location start, boolean object) {
        this.noted = true;
        this.parent = parent;
        this.start = pack(start);
        this.names = object ? new String[INITIAL] : null;
    }

    private Positions() {
        this.noted = false;
        this.parent = null;
        this.start = 0;
        this.at = new long[0];
    }

    /** The positions of a reading that notes none. */
    static Positions unnoted() {
        return UNNOTED;
    }

    Positions parent() {
        return parent;
    }

    /** Notes where the value of the next member, or element, starts: the source's current token. */
    void add(String name, TokenSource source) {
        if (!noted) {
            return;
        }
        if (size == at.length) {
            at = Arrays.copyOf(at, size * 2);
            if (names != null) {
                names = Arrays.copyOf(names, size * 2);
            }
            if (children != null) {
                children = Arrays.copyOf(children, size * 2);
            }
        }
        if (names != null) {
            names[size] = name;
        }
        at[size++] = pack(source.tokenLocation());
    }

    /** Sets the positions inside the value of the last member or element noted: an object or an array. */
    void nest(Positions child) {
        if (!noted || size == 0) {
            return;
        }
        if (children == null) {
            children = new Positions[at.length];
        }
        children[size - 1] = child;
    }

    /**
     * The location of the element a model path names from this value, such as
     * {@code contributions[2].contributor}: that of the deepest value of the path that the input
     * holds, this value's own start for an empty path.
     */
    Location locate(String path) {
        if (!noted) {
            throw Reader.PositionsNeeded.INSTANCE;
        }
        Positions node = this;
        long found = start;
        int i = 0;
        int n = path.length();
        while (i < n && node != null) {
            char c = path.charAt(i);
            if (c == '.') {
                i++;
                continue;
            }
            int entry;
            if (c == '[') {
                int close = path.indexOf(']', i);
                if (close < 0) {
                    break;
                }
                entry = node.element(path.substring(i + 1, close));
                i = close + 1;
            } else {
                int end = i;
                while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                entry = node.member(path.substring(i, end));
                i = end;
            }
            if (entry < 0) {
                break;
            }
            found = node.at[entry];
            node = node.children == null ? null : node.children[entry];
        }
        return unpack(found);
    }

    private int member(String name) {
        if (names == null) {
            return -1;
        }
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private int element(String index) {
        if (names != null || index.isEmpty() || index.length() > 9 || !Scalars.digits(index, 0, index.length())) {
            return -1;
        }
        int value = Integer.parseInt(index);
        return value < size ? value : -1;
    }

    private static long pack(Location location) {
        return ((long) location.line() << 32) | (location.column() & 0xffffffffL);
    }

    private static Location unpack(long packed) {
        return Location.of((int) (packed >> 32), (int) packed);
    }
}
