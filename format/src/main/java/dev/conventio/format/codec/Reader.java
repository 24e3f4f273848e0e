package dev.conventio.format.codec;

import dev.conventio.format.LocatedViolation;
import dev.conventio.format.RejectionCode;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One reading of one document from a {@link TokenSource}: the token navigation, the rejections at
 * the current token, and the violations of the model collected on the way.
 *
 * <p>A codec of a nested value returns {@code null} when the value broke an invariant: its
 * violations are recorded here, reading goes on so that every violation of the document is found,
 * and the enclosing values are not built. Not thread-safe: one instance per read.
 */
final class Reader {

    /** Told of each member read or written, with the object it belongs to: for the codec's own tests. */
    @FunctionalInterface
    interface MemberObserver {
        void member(String object, String member, String pointer);
    }

    /**
     * Thrown by a reading that does not note positions when a violation of the model, or a
     * rejection, needs one: the input is then read again, noting them. Without a stack trace: it
     * is a signal, thrown where a location is asked of {@link Positions#unnoted()} or of an
     * object's start not noted, and caught by {@link DocumentCodec#readInputQuickly}.
     */
    static final class PositionsNeeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final PositionsNeeded INSTANCE = new PositionsNeeded();

        private PositionsNeeded() {
            super("a position was needed that this reading does not note", null, false, false);
        }
    }

    private final TokenSource source;
    private final MemberObserver observer;
    /** Whether the start of every value is noted: only a violation of the model needs them. */
    private final boolean locating;
    private final List<LocatedViolation> violations = new ArrayList<>(0);
    /** The innermost object or array being read, whose positions are being noted. */
    private Positions open;
    private int version;

    Reader(TokenSource source) {
        this(source, null);
    }

    Reader(TokenSource source, MemberObserver observer) {
        this(source, observer, true);
    }

    Reader(TokenSource source, MemberObserver observer, boolean locating) {
        this.source = source;
        this.observer = observer;
        this.locating = locating;
    }

    /** Whether this reading notes where each value starts. */
    boolean locating() {
        return locating;
    }

    /** Tells the observer, if any, of the member whose value is the current token. */
    void observe(String object, String member) {
        if (observer != null) {
            observer.member(object, member, pointer());
        }
    }

    TokenSource source() {
        return source;
    }

    /** The version of the document being read, once its {@code formatVersion} is read. */
    int version() {
        return version;
    }

    void version(int version) {
        this.version = version;
    }

    Token next() throws IOException {
        return source.next();
    }

    Token current() {
        return source.current();
    }

    /** The JSON Pointer of the current value: after its last token, that of the whole value. */
    String pointer() {
        return source.pointer();
    }

    /** A rejection at the current token. */
    Rejection reject(RejectionCode code, String detail) {
        return Rejection.of(code, detail, pointer(), source.tokenLocation(), null);
    }

    Rejection reject(RejectionCode code, String detail, String pointer, Location location) {
        return Rejection.of(code, detail, pointer, location, null);
    }

    Rejection wrongType(String expected) {
        Token token = current();
        return reject(RejectionCode.WRONG_TYPE, "expected " + expected + ", found "
                + (token == null ? "nothing" : token.described()));
    }

    /** The text as quoted in a message: at most 40 characters of it, so a huge input makes no huge message. */
    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "… (" + text.length() + " characters)";
    }

    // ---- the JSON types of values ----------------------------------------------------------------

    /** A string without unpaired surrogates. */
    String text() throws IOException {
        if (current() != Token.STRING) {
            throw wrongType("a string");
        }
        String text = source.text();
        if (hasUnpairedSurrogate(text)) {
            throw reject(RejectionCode.INVALID_TEXT, "the text holds an unpaired UTF-16 surrogate");
        }
        return text;
    }

    private static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    /** A JSON integer in the 32-bit range; no decimal point, exponent or quotes. */
    int integer() throws IOException {
        if (current() != Token.INTEGER) {
            throw wrongType("an integer");
        }
        if (!source.isInt()) {
            throw reject(RejectionCode.NUMBER_OUT_OF_RANGE, "integer " + source.text() + " is outside "
                    + Integer.MIN_VALUE + ".." + Integer.MAX_VALUE);
        }
        return source.intValue();
    }

    boolean bool() {
        Token token = current();
        if (token != Token.TRUE && token != Token.FALSE) {
            throw wrongType("a boolean");
        }
        return token == Token.TRUE;
    }

    // ---- lists and objects ---------------------------------------------------------------------------

    /** A JSON array, each element read by the codec; elements that broke an invariant are left out. */
    <T> List<T> list(ValueCodec<T> element) throws IOException {
        startArray();
        Positions positions = open(false);
        List<T> list = new ArrayList<>();
        while (nextElement()) {
            positions.add(null, source);
            T value = element.read(this);
            if (value != null) {
                list.add(value);
            }
        }
        close(positions);
        return list;
    }

    void startArray() {
        if (current() != Token.START_ARRAY) {
            throw wrongType("an array");
        }
    }

    /** Moves to the next element of an array, which must not be null; false at the end of the array. */
    boolean nextElement() throws IOException {
        if (next() == Token.END_ARRAY) {
            return false;
        }
        if (current() == Token.NULL) {
            throw reject(RejectionCode.NULL_VALUE, "a list element must not be null");
        }
        return true;
    }

    /** Starts reading the object at the current token; its members are set once its leading ones are read. */
    ObjectReading object(ObjectCodec<?> members) {
        if (current() != Token.START_OBJECT) {
            throw wrongType("an object");
        }
        return new ObjectReading(this, members);
    }

    /**
     * Starts noting the positions inside the object or array at the current token; for a reading
     * that does not locate, the positions that note nothing.
     */
    Positions open(boolean object) {
        if (!locating) {
            return Positions.unnoted();
        }
        open = new Positions(open, source.tokenLocation(), object);
        return open;
    }

    /** Ends noting the positions inside an object or array, which its parent keeps. */
    void close(Positions positions) {
        open = positions.parent();
        if (open != null) {
            open.nest(positions);
        }
    }

    // ---- the model's violations ----------------------------------------------------------------------

    /**
     * Makes a value of the model from the current scalar token, recording the factory's violations
     * at that token: the value, or null if it broke an invariant.
     */
    <T> T scalar(String text, Function<String, T> factory) {
        try {
            return factory.apply(text);
        } catch (ValidationException e) {
            record(e, source.tokenLocation());
            return null;
        }
    }

    /** The number of violations found so far: more at the end of an object means a nested value broke. */
    int mark() {
        return violations.size();
    }

    /** Records the violations of a scalar value, at its token. */
    void record(ValidationException e, Location at) {
        String base = pointer();
        for (Violation violation : e.violations()) {
            violations.add(LocatedViolation.of(violation, base + toPointer(violation.path()), at.line(), at.column()));
        }
    }

    /**
     * Records the violations of an object's value, each at the element its path names: the value of
     * a member or an element, however deep, or the object's start for the object as a whole.
     */
    void record(ValidationException e, Positions object) {
        String base = pointer();
        for (Violation violation : e.violations()) {
            Location at = object.locate(violation.path());
            violations.add(LocatedViolation.of(violation, base + toPointer(violation.path()), at.line(), at.column()));
        }
    }

    /** The JSON Pointer suffix of a model path: {@code contributions[0].amount} → {@code /contributions/0/amount}. */
    static String toPointer(String path) {
        if (path.isEmpty()) {
            return "";
        }
        StringBuilder pointer = new StringBuilder(path.length() + 4).append('/');
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.') {
                pointer.append('/');
            } else if (c == '[') {
                if (i > 0) {
                    pointer.append('/');
                }
            } else if (c == ']') {
                continue;
            } else if (c == '~') {
                pointer.append("~0");
            } else if (c == '/') {
                pointer.append("~1");
            } else {
                pointer.append(c);
            }
        }
        return pointer.toString();
    }

    /** Throws the violations found, if any: the document was well formed, the model is broken. */
    void throwViolations() {
        if (!violations.isEmpty()) {
            throw Rejection.ofViolations(violations);
        }
    }
}
