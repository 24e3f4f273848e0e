package dev.conventio.format.codec;

import dev.conventio.format.RejectionCode;
import java.io.IOException;

/**
 * The reading of one object's members: its leading members ({@code formatVersion}, {@code document},
 * {@code type}), then each member once, known, not null, and every required one.
 *
 * <p>Not thread-safe: one instance per object read.
 */
final class ObjectReading {

    private static final int MAX_LEADING = 3;

    private final Reader in;
    private final Location start;
    private final Positions positions;
    private final int mark;
    /** The leading members read, made for the few objects that have any. */
    private Name[] leading;
    private ObjectCodec<?> members;
    private int leadingCount;
    private long seen;
    private int index = -1;

    /** Starts on the current token, the object's START_OBJECT. */
    ObjectReading(Reader in, ObjectCodec<?> members) {
        this.in = in;
        this.members = members;
        this.start = in.locating() ? in.source().tokenLocation() : null;
        this.positions = in.open(true);
        this.mark = in.mark();
    }

    /** The version of the document being read. */
    int version() {
        return in.version();
    }

    /** The location of the object's START_OBJECT, which a reading that does not locate reads again to find. */
    Location start() {
        if (start == null) {
            throw Reader.PositionsNeeded.INSTANCE;
        }
        return start;
    }

    /** Where the values of the members read start. */
    Positions positions() {
        return positions;
    }

    /** Whether a value nested in the object broke an invariant since it started. */
    boolean nestedValueBroke() {
        return in.mark() > mark;
    }

    /** Sets the members of an object whose leading members were read. */
    void use(ObjectCodec<?> codec) {
        this.members = codec;
    }

    /**
     * Reads a leading member, which must come first (after the other leading ones), and moves to its
     * value.
     */
    void leading(Name expected, RejectionCode code, String rule) throws IOException {
        Token token = in.next();
        if (token != Token.NAME || !expected.text().equals(in.source().name())) {
            String found = token == Token.NAME ? "'" + in.source().name() + "'" : "no member";
            throw in.reject(code, rule + ", found " + found);
        }
        nullChecked(in.next(), expected.text());
        positions.add(expected.text(), in.source());
        if (leading == null) {
            leading = new Name[MAX_LEADING];
        }
        leading[leadingCount++] = expected;
    }

    /** Moves to the value of the next member, or returns false at the end of the object. */
    boolean next() throws IOException {
        Token token = in.next();
        if (token == Token.END_OBJECT) {
            in.close(positions);
            requireAll();
            return false;
        }
        String member = in.source().name();
        int at = members.indexOf(member, in.version());
        if (at < 0) {
            for (int i = 0; i < leadingCount; i++) {
                if (leading[i].text().equals(member)) {
                    throw in.reject(RejectionCode.DUPLICATE_FIELD, "member '" + member + "' appears twice");
                }
            }
            throw in.reject(RejectionCode.UNKNOWN_FIELD, "unknown member '" + Reader.abbreviate(member)
                    + "'; expected one of " + members.description(in.version()));
        }
        long bit = 1L << at;
        if ((seen & bit) != 0) {
            throw in.reject(RejectionCode.DUPLICATE_FIELD, "member '" + member + "' appears twice");
        }
        seen |= bit;
        index = at;
        nullChecked(in.next(), member);
        positions.add(member, in.source());
        return true;
    }

    /** The index of the current member in the object's members. */
    int index() {
        return index;
    }

    private void nullChecked(Token value, String member) {
        if (value == Token.NULL) {
            throw in.reject(RejectionCode.NULL_VALUE, "'" + member
                    + "' must not be null; an absent optional member is left out");
        }
    }

    private void requireAll() {
        long missing = members.required(in.version()) & ~seen;
        if (missing != 0) {
            String member = members.name(Long.numberOfTrailingZeros(missing)).text();
            throw in.reject(RejectionCode.MISSING_FIELD, "required member '" + member + "' is missing",
                    in.pointer(), start());
        }
    }

    /** A rejection of the whole object, at its start. */
    Rejection reject(RejectionCode code, String detail) {
        return in.reject(code, detail, in.pointer(), start());
    }

    /** A rejection of one member of the object, at its value. */
    Rejection reject(RejectionCode code, String detail, Name member) {
        Location at = positions.locate(member.text());
        return in.reject(code, detail, in.pointer() + "/" + member.text(), at);
    }
}
