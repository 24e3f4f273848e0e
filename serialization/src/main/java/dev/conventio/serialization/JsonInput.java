package dev.conventio.serialization;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.json.ReaderBasedJsonParser;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import java.io.CharConversionException;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * One reading of one value from a streaming {@link JsonParser}: the token navigation, the scalar
 * rules of the format, and the violations of the model collected on the way.
 *
 * <p>Every format rule that applies to more than one member lives here once: nulls, JSON types,
 * integers, texts, dates, periods, constants, money, lists, and the members of an object (unknown,
 * duplicate, missing). Every {@link JsonProcessingException} of the parser is translated into a
 * {@link ConventioJsonException}; other {@link IOException}s are failures of the source and pass.
 *
 * <p>A reader of a nested value returns {@code null} when the value broke an invariant: its
 * violations are recorded here, reading goes on so that every violation of the document is found,
 * and the enclosing values are not built ({@link #build}). Not thread-safe: one instance per read.
 */
final class JsonInput {

    private static final int MAX_PERIOD_LENGTH = 32;

    private final JsonParser parser;
    /**
     * The parser as a {@link ParserBase} when it is one of the two whose token location this class
     * can rebuild later from the token's offsets (see {@link #tokenLocation}), else null. Exact
     * classes, not subclasses, which could compute their locations otherwise.
     */
    private final ParserBase offsets;
    /** Whether {@link #offsets} counts bytes (UTF-8 input) rather than characters. */
    private final boolean byteOffsets;
    private final List<LocatedViolation> violations = new ArrayList<>(0);

    JsonInput(JsonParser parser) {
        this.parser = parser;
        Class<?> type = parser.getClass();
        this.byteOffsets = type == UTF8StreamJsonParser.class;
        this.offsets = byteOffsets || type == ReaderBasedJsonParser.class ? (ParserBase) parser : null;
    }

    JsonParser parser() {
        return parser;
    }

    /** Moves to the next token, translating the parser's own rejections. */
    JsonToken next() throws IOException {
        try {
            return parser.nextToken();
        } catch (JsonProcessingException | CharConversionException e) {
            throw translate(e, parser);
        }
    }

    JsonToken current() {
        return parser.currentToken();
    }

    /**
     * Translates a rejection of the parser — a broken limit, or malformed JSON, including bytes that
     * are not UTF-8 ({@link CharConversionException}) — into the module's exception. The parser
     * reports some of them lazily, when a value is first asked for, so every call may need this.
     */
    static ConventioJsonException translate(IOException e, JsonParser parser) {
        if (e instanceof ConventioJsonException) {
            return (ConventioJsonException) e;
        }
        RejectionCode code = e instanceof StreamConstraintsException
                ? RejectionCode.LIMIT_EXCEEDED : RejectionCode.MALFORMED_JSON;
        JsonLocation location = e instanceof JsonProcessingException && ((JsonProcessingException) e).getLocation() != null
                ? ((JsonProcessingException) e).getLocation() : parser.currentLocation();
        String message = e instanceof JsonProcessingException
                ? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage();
        return new ConventioJsonException(code, message, pointer(parser), location, List.of(), e);
    }

    /** Tells whether an exception of the parser is a rejection of its input rather than a failure of its source. */
    static boolean isRejection(IOException e) {
        return e instanceof JsonProcessingException || e instanceof CharConversionException;
    }

    static String pointer(JsonParser parser) {
        return parser.getParsingContext().pathAsPointer().toString();
    }

    /** The JSON Pointer of the current value: after its last token, that of the whole value. */
    String pointer() {
        return pointer(parser);
    }

    /** A rejection at the current token. */
    ConventioJsonException reject(RejectionCode code, String detail) {
        return new ConventioJsonException(code, detail, pointer(), parser.currentTokenLocation(), List.of(), null);
    }

    ConventioJsonException reject(RejectionCode code, String detail, String pointer, JsonLocation location) {
        return new ConventioJsonException(code, detail, pointer, location, List.of(), null);
    }

    /**
     * Rebuilds the location that {@link JsonParser#currentTokenLocation()} gave for a token that is
     * no longer the current one, from the offsets {@link ParserBase} gave for it then; only when a
     * problem is reported, so that reading allocates no location per object. The formula is that of
     * {@code currentTokenLocation()} of {@link UTF8StreamJsonParser} and {@link ReaderBasedJsonParser}
     * for a token other than a member name: the token's offset less one, in bytes or characters, and
     * its line and column ({@link ParserBase#getTokenColumnNr()} adds one to a known column).
     */
    private JsonLocation tokenLocation(long offset, int line, int column) {
        // The source is the same for every token: any location of the parser's carries it.
        ContentReference source = parser.currentTokenLocation().contentReference();
        int rawColumn = column < 0 ? column : column - 1;
        return byteOffsets ? new JsonLocation(source, offset - 1, -1L, line, rawColumn)
                : new JsonLocation(source, -1L, offset - 1, line, rawColumn);
    }

    private ConventioJsonException wrongType(String expected) {
        JsonToken token = current();
        String found = token == null ? "nothing" : describe(token);
        return reject(RejectionCode.WRONG_TYPE, "expected " + expected + ", found " + found);
    }

    private static String describe(JsonToken token) {
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
                return "an integer";
            case VALUE_NUMBER_FLOAT:
                return "a decimal number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.asString() == null ? token.name() : token.asString();
        }
    }

    // ---- scalars: the current token is the value ------------------------------------------------

    /** A string without unpaired surrogates. */
    String text() throws IOException {
        if (current() != JsonToken.VALUE_STRING) {
            throw wrongType("a string");
        }
        String text = parser.getText();
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
        if (current() != JsonToken.VALUE_NUMBER_INT) {
            throw wrongType("an integer");
        }
        if (parser.getNumberType() != JsonParser.NumberType.INT) {
            throw reject(RejectionCode.NUMBER_OUT_OF_RANGE, "integer " + parser.getText()
                    + " is outside " + Integer.MIN_VALUE + ".." + Integer.MAX_VALUE);
        }
        return parser.getIntValue();
    }

    boolean bool() throws IOException {
        JsonToken token = current();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw wrongType("a boolean");
        }
        return token == JsonToken.VALUE_TRUE;
    }

    /** An ISO-8601 calendar date, exactly {@code YYYY-MM-DD}, that exists. */
    LocalDate date() throws IOException {
        String text = text();
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || !digits(text, 0, 4) || !digits(text, 5, 7) || !digits(text, 8, 10)) {
            throw reject(RejectionCode.INVALID_DATE, "a date is YYYY-MM-DD, was '" + abbreviate(text) + "'");
        }
        try {
            return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        } catch (DateTimeException e) {
            throw reject(RejectionCode.INVALID_DATE, "date '" + text + "' does not exist");
        }
    }

    static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** An ISO-8601 period in the form {@link Period#toString()} writes ({@code P2Y}, {@code P1Y6M}). */
    Period period() throws IOException {
        String text = text();
        Period period = null;
        if (text.length() <= MAX_PERIOD_LENGTH) {
            try {
                period = Period.parse(text);
            } catch (DateTimeParseException e) {
                period = null;
            }
        }
        if (period == null || !period.toString().equals(text)) {
            throw reject(RejectionCode.INVALID_PERIOD, "a duration is an ISO-8601 period in canonical form"
                    + " such as P2Y or P1Y6M, was '" + abbreviate(text) + "'");
        }
        return period;
    }

    /** A constant of the model by its JSON name. */
    <E extends Enum<E>> E constant(Constants<E> constants) throws IOException {
        String text = text();
        E constant = constants.constant(text);
        if (constant == null) {
            throw reject(RejectionCode.UNKNOWN_CONSTANT, "'" + abbreviate(text) + "' is not one of "
                    + constants.description());
        }
        return constant;
    }

    /** Money: {@code {"amount": "100000.00", "currency": "EUR"}}, checked before any arithmetic. */
    Money money() throws IOException {
        Members members = object(Fields.MONEY);
        String amount = null;
        CurrencyUnit currency = null;
        int places = -1;
        while (members.next()) {
            switch (members.name()) {
                case "amount":
                    amount = text();
                    places = MoneyFormat.decimalPlaces(amount);
                    if (places < 0) {
                        throw reject(RejectionCode.INVALID_AMOUNT, "an amount is a plain decimal string of at most "
                                + MoneyFormat.MAX_INTEGER_DIGITS + " integer digits, such as \"100000.00\", was '"
                                + abbreviate(amount) + "'");
                    }
                    break;
                case "currency":
                    String code = text();
                    currency = MoneyFormat.currency(code);
                    if (currency == null) {
                        throw reject(RejectionCode.UNSUPPORTED_CURRENCY, "'" + abbreviate(code)
                                + "' is not a current ISO 4217 currency in upper case");
                    }
                    break;
                default:
                    break;
            }
        }
        if (places != currency.getDecimalPlaces()) {
            throw reject(RejectionCode.AMOUNT_SCALE, "an amount in " + currency + " has exactly "
                    + currency.getDecimalPlaces() + " decimal places, was '" + amount + "'",
                    pointer() + "/amount", members.start());
        }
        return MoneyFormat.money(currency, amount);
    }

    /** The text as quoted in a message: at most 40 characters of it, so a huge input makes no huge message. */
    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "… (" + text.length() + " characters)";
    }

    // ---- composites --------------------------------------------------------------------------------

    /** Reads one element of a list. */
    @FunctionalInterface
    interface Element<T> {
        T read() throws IOException;
    }

    /** A JSON array, each element read by the given reader; elements that broke an invariant are left out. */
    <T> List<T> list(Element<T> element) throws IOException {
        startArray();
        List<T> list = new ArrayList<>();
        while (nextElement()) {
            T value = element.read();
            if (value != null) {
                list.add(value);
            }
        }
        return list;
    }

    private void startArray() throws ConventioJsonException {
        if (current() != JsonToken.START_ARRAY) {
            throw wrongType("an array");
        }
    }

    /** Moves to the next element of an array, which must not be null; false at the end of the array. */
    private boolean nextElement() throws IOException {
        if (next() == JsonToken.END_ARRAY) {
            return false;
        }
        if (current() == JsonToken.VALUE_NULL) {
            throw reject(RejectionCode.NULL_VALUE, "a list element must not be null");
        }
        return true;
    }

    /**
     * A JSON array of integers in increasing order without repeats, the one canonical form of a set.
     * A loop of its own rather than {@link #list} with a reader that remembers the previous value:
     * that reader would be a lambda capturing mutable state, allocated with its state at each list.
     */
    List<Integer> ascendingIntegers() throws IOException {
        startArray();
        List<Integer> list = new ArrayList<>();
        int last = 0;
        while (nextElement()) {
            int value = integer();
            if (!list.isEmpty() && value <= last) {
                throw reject(RejectionCode.NOT_ASCENDING, "the numbers are listed in increasing order without"
                        + " repeats, " + value + " comes after " + last);
            }
            last = value;
            list.add(value);
        }
        return list;
    }

    /** Starts reading the object at the current token, with the given members. */
    Members object(Fields fields) throws IOException {
        if (current() != JsonToken.START_OBJECT) {
            throw wrongType("an object");
        }
        return new Members(fields);
    }

    /** Starts reading a polymorphic object, whose members depend on its leading {@code type}. */
    Members polymorphicObject() throws IOException {
        return object(null);
    }

    // ---- the model's violations ----------------------------------------------------------------------

    /**
     * Makes a value of the model from the current scalar token, recording the factory's violations
     * at that token: the value, or null if it broke an invariant. The factory is given the text so
     * that it can be a constant such as {@code Siren::parse}, not a lambda capturing the text.
     */
    <T> T scalar(String text, Function<String, T> factory) {
        try {
            return factory.apply(text);
        } catch (ValidationException e) {
            record(e, parser.currentTokenLocation());
            return null;
        }
    }

    private void record(ValidationException e, JsonLocation start) {
        String base = pointer();
        for (Violation violation : e.violations()) {
            violations.add(new LocatedViolation(violation, base + toPointer(violation.path()),
                    start.getLineNr(), start.getColumnNr()));
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
    void throwViolations() throws ConventioJsonException {
        if (!violations.isEmpty()) {
            LocatedViolation first = violations.get(0);
            JsonLocation location = new JsonLocation(null, -1L, first.line(), first.column());
            throw new ConventioJsonException(RejectionCode.DOMAIN_VIOLATION,
                    violations.size() + (violations.size() == 1 ? " violation" : " violations")
                            + " of the model", first.pointer(), location, violations, null);
        }
    }

    /** Makes a value of the model from four members. */
    @FunctionalInterface
    interface Factory<A, B, C, D, T> {
        T make(A a, B b, C c, D d);
    }

    /** Makes a value of the model from three members. */
    @FunctionalInterface
    interface Factory3<A, B, C, T> {
        T make(A a, B b, C c);
    }

    /** The members of one object being read. */
    final class Members {

        // The start of the object as the parser's offsets, made a JsonLocation only if a problem is
        // reported (start()): most objects have none, and a location per object was a tenth of the
        // bytes a read allocated. With a parser whose offsets cannot be rebuilt, the location itself.
        private final long startOffset;
        private final int startLine;
        private final int startColumn;
        private JsonLocation start;
        /** The number of violations found before the object: more at its end means a nested value broke. */
        private final int mark = violations.size();
        private Fields fields;
        private String firstLeading;
        private String secondLeading;
        private long seen;
        private String name;

        /** Starts on the current token, the object's START_OBJECT. */
        Members(Fields fields) {
            this.fields = fields;
            if (offsets != null) {
                startOffset = offsets.getTokenCharacterOffset();
                startLine = offsets.getTokenLineNr();
                startColumn = offsets.getTokenColumnNr();
            } else {
                startOffset = -1L;
                startLine = -1;
                startColumn = -1;
                start = parser.currentTokenLocation();
            }
        }

        /** The location of the object's START_OBJECT, as {@link JsonParser#currentTokenLocation()} gave it there. */
        JsonLocation start() {
            if (start == null) {
                start = tokenLocation(startOffset, startLine, startColumn);
            }
            return start;
        }

        /**
         * Builds the value of the model the object holds, unless a nested value already broke an
         * invariant; records the value's own violations under the current pointer, at the start of
         * the object.
         *
         * <p>The factory is given the members read, so that it is a constant such as
         * {@code Signature::of} or a method reference that is not bound: a lambda capturing them,
         * or {@code builder::build}, would be allocated for each object of the document.
         *
         * @return the value, or null if it broke an invariant or a nested value did
         */
        <A, B, C, D, T> T build(A a, B b, C c, D d, Factory<A, B, C, D, T> factory) {
            if (violations.size() > mark) {
                return null;
            }
            try {
                return factory.make(a, b, c, d);
            } catch (ValidationException e) {
                record(e, start());
                return null;
            }
        }

        /** Builds the value from three members: see {@link #build(Object, Object, Object, Object, Factory)}. */
        <A, B, C, T> T build(A a, B b, C c, Factory3<A, B, C, T> factory) {
            return build(a, b, c, factory, (x, y, z, f) -> f.make(x, y, z));
        }

        /** Builds the value from two members: see {@link #build(Object, Object, Object, Object, Factory)}. */
        <A, B, T> T build(A a, B b, BiFunction<A, B, T> factory) {
            return build(a, b, factory, null, (x, y, f, unused) -> f.apply(x, y));
        }

        /** Builds the value from one member or a builder: see {@link #build(Object, Object, Object, Object, Factory)}. */
        <A, T> T build(A a, Function<A, T> factory) {
            return build(a, factory, null, null, (x, f, unused, alsoUnused) -> f.apply(x));
        }

        /** Reads the leading {@code formatVersion}, which a root object must start with. */
        int formatVersion() throws IOException {
            leadingName("formatVersion", RejectionCode.FORMAT_VERSION_MISSING,
                    "a document starts with its formatVersion");
            return integer();
        }

        /** Reads the leading {@code type}, which a polymorphic object must start with, then uses its members. */
        String type() throws IOException {
            leadingName("type", RejectionCode.MISSING_TYPE, "this object starts with its type");
            return text();
        }

        /** Sets the members of an object whose type was read. */
        void use(Fields members) {
            this.fields = members;
        }

        private void leadingName(String expected, RejectionCode code, String rule) throws IOException {
            JsonToken token = JsonInput.this.next();
            if (token != JsonToken.FIELD_NAME || !expected.equals(parser.currentName())) {
                String found = token == JsonToken.FIELD_NAME ? "'" + parser.currentName() + "'" : "no member";
                throw reject(code, rule + ", found " + found);
            }
            nullChecked(JsonInput.this.next());
            if (firstLeading == null) {
                firstLeading = expected;
            } else {
                secondLeading = expected;
            }
        }

        /** Moves to the value of the next member, or returns false at the end of the object. */
        boolean next() throws IOException {
            JsonToken token = JsonInput.this.next();
            if (token == JsonToken.END_OBJECT) {
                requireAll();
                return false;
            }
            String member = parser.currentName();
            int index = fields.indexOf(member);
            if (index < 0) {
                if (member.equals(firstLeading) || member.equals(secondLeading)) {
                    throw reject(RejectionCode.DUPLICATE_FIELD, "member '" + member + "' appears twice");
                }
                throw reject(RejectionCode.UNKNOWN_FIELD, "unknown member '" + abbreviate(member)
                        + "'; expected one of " + fields.description());
            }
            long bit = 1L << index;
            if ((seen & bit) != 0) {
                throw reject(RejectionCode.DUPLICATE_FIELD, "member '" + member + "' appears twice");
            }
            seen |= bit;
            name = fields.name(index);
            nullChecked(JsonInput.this.next());
            return true;
        }

        private void nullChecked(JsonToken value) throws IOException {
            if (value == JsonToken.VALUE_NULL) {
                throw reject(RejectionCode.NULL_VALUE, "'" + parser.currentName()
                        + "' must not be null; an absent optional member is left out");
            }
        }

        /** The name of the current member, the very instance of the field table (switch-friendly). */
        String name() {
            return name;
        }

        private void requireAll() throws ConventioJsonException {
            long missing = fields.required() & ~seen;
            if (missing != 0) {
                String member = fields.name(Long.numberOfTrailingZeros(missing));
                throw reject(RejectionCode.MISSING_FIELD, "required member '" + member + "' is missing",
                        pointer(), start());
            }
        }
    }
}
