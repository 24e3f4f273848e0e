package dev.conventio.jackson3;

import dev.conventio.format.codec.Location;
import dev.conventio.format.codec.Rejection;
import dev.conventio.format.codec.Token;
import dev.conventio.format.codec.TokenSource;
import java.io.CharConversionException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.io.ContentReference;

/**
 * The codec's token source over a Jackson 3 {@link JsonParser}. Jackson 3's refusals of its input —
 * malformed JSON ({@link StreamReadException}), bytes that are not UTF-8 (a {@link JacksonIOException}
 * around a {@link CharConversionException}), a broken limit ({@link StreamConstraintsException}) —
 * become the codec's {@link Rejection}, with the parser's pointer and location; the parser reports
 * some of them lazily, when a value is first asked for, so every call that reads translates. Other
 * failures of the input are unchecked in Jackson 3, and pass as they are.
 *
 * <p>Not thread-safe: one instance per read.
 */
final class Jackson3TokenSource implements TokenSource {

    /** The codec's token of each of Jackson's, at its ordinal. */
    private static final Token.Table<JsonToken> TOKENS = Token.tableOf(JsonToken.values());

    private final JsonParser parser;

    Jackson3TokenSource(JsonParser parser) {
        this.parser = parser;
    }

    @Override
    public Token next() {
        try {
            return TOKENS.of(parser.nextToken());
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    @Override
    public Location location() {
        return location(parser.currentLocation());
    }

    @Override
    public Token current() {
        return TOKENS.of(parser.currentToken());
    }

    @Override
    public Location tokenLocation() {
        return location(parser.currentTokenLocation());
    }

    @Override
    public String name() {
        return parser.currentName();
    }

    @Override
    public String pointer() {
        return context().pathAsPointer().toString();
    }

    @Override
    public boolean inRoot() {
        return context().inRoot();
    }

    /** Where the parser stands in the nesting of arrays and objects. */
    private TokenStreamContext context() {
        return parser.streamReadContext();
    }

    @Override
    public String text() {
        try {
            return parser.getString();
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    @Override
    public boolean isInt() {
        try {
            return parser.getNumberType() == JsonParser.NumberType.INT;
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    @Override
    public int intValue() {
        try {
            return parser.getIntValue();
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    /**
     * The rejection of the parser's refusal of its input, at its location or, when it gives none,
     * where the parser stands; any other exception — a failure of the input itself, an I/O error not
     * about the encoding — as it is.
     */
    private RuntimeException translate(JacksonException e) {
        boolean refused = e instanceof StreamReadException || e instanceof StreamConstraintsException
                || e instanceof JacksonIOException && e.getCause() instanceof CharConversionException;
        if (!refused) {
            return e;
        }
        TokenStreamLocation at = e.getLocation() != null && e.getLocation() != TokenStreamLocation.NA
                ? e.getLocation() : parser.currentLocation();
        String message = e instanceof JacksonIOException ? e.getCause().getMessage() : e.getOriginalMessage();
        return Rejection.ofParser(e instanceof StreamConstraintsException, message, pointer(), location(at), e);
    }

    private static Location location(TokenStreamLocation at) {
        return Location.inInput(at.getByteOffset(), at.getCharOffset(), at.getLineNr(), at.getColumnNr());
    }

    /**
     * The public exception of a rejection of this source's input, at the parser's own location of
     * the problem: equal to the one the codec's came from, or a line and column of no token.
     */
    ConventioJackson3Exception exception(Rejection rejection) {
        Location at = rejection.location();
        TokenStreamLocation location = at.isInInput()
                ? new TokenStreamLocation(parser.currentLocation().contentReference(), at.byteOffset(), at.charOffset(),
                        at.line(), at.column())
                : new TokenStreamLocation(ContentReference.unknown(), -1L, at.line(), at.column());
        return new ConventioJackson3Exception(rejection, location);
    }
}
