package dev.conventio.jackson3;

import dev.conventio.format.codec.Location;
import dev.conventio.format.codec.Rejection;
import dev.conventio.format.codec.Token;
import dev.conventio.format.codec.TokenSource;
import java.io.CharConversionException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
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
    private static final Token[] TOKENS = Token.tableOf(JsonToken.values());

    private final JsonParser parser;
    private ContentReference content;

    Jackson3TokenSource(JsonParser parser) {
        this.parser = parser;
    }

    @Override
    public Token next() {
        try {
            return token(parser.nextToken());
        } catch (StreamReadException | StreamConstraintsException | JacksonIOException e) {
            throw translate(e);
        }
    }

    @Override
    public Token current() {
        return token(parser.currentToken());
    }

    private static Token token(JsonToken token) {
        return token == null ? null : TOKENS[token.ordinal()];
    }

    @Override
    public String name() {
        return parser.currentName();
    }

    @Override
    public String text() {
        try {
            return parser.getString();
        } catch (StreamReadException | StreamConstraintsException | JacksonIOException e) {
            throw translate(e);
        }
    }

    @Override
    public boolean isInt() {
        try {
            return parser.getNumberType() == JsonParser.NumberType.INT;
        } catch (StreamReadException | StreamConstraintsException | JacksonIOException e) {
            throw translate(e);
        }
    }

    @Override
    public int intValue() {
        try {
            return parser.getIntValue();
        } catch (StreamReadException | StreamConstraintsException | JacksonIOException e) {
            throw translate(e);
        }
    }

    @Override
    public String pointer() {
        return parser.streamReadContext().pathAsPointer().toString();
    }

    @Override
    public boolean inRoot() {
        return parser.streamReadContext().inRoot();
    }

    @Override
    public Location tokenLocation() {
        return location(parser.currentTokenLocation());
    }

    @Override
    public Location location() {
        return location(parser.currentLocation());
    }

    private static Location location(TokenStreamLocation at) {
        return Location.inInput(at.getByteOffset(), at.getCharOffset(), at.getLineNr(), at.getColumnNr());
    }

    /** The parser's own location for a location of the codec: equal to the one it came from. */
    TokenStreamLocation streamLocation(Location location) {
        if (!location.isInInput()) {
            return new TokenStreamLocation(ContentReference.unknown(), -1L, location.line(), location.column());
        }
        if (content == null) {
            content = parser.currentLocation().contentReference();
        }
        return new TokenStreamLocation(content, location.byteOffset(), location.charOffset(), location.line(),
                location.column());
    }

    /**
     * The rejection of the parser's refusal, at its location or, when it gives none, where the parser
     * stands; a failure of the input itself (an I/O error not about the encoding) as it is.
     */
    private RuntimeException translate(JacksonException e) {
        if (e instanceof JacksonIOException && !(e.getCause() instanceof CharConversionException)) {
            return e;
        }
        TokenStreamLocation at = e.getLocation() != null && e.getLocation() != TokenStreamLocation.NA
                ? e.getLocation() : parser.currentLocation();
        String message = e instanceof JacksonIOException ? e.getCause().getMessage() : e.getOriginalMessage();
        return Rejection.ofParser(e instanceof StreamConstraintsException, message, pointer(), location(at), e);
    }

    /** The public exception of a rejection of this source's input. */
    ConventioJackson3Exception exception(Rejection rejection) {
        return new ConventioJackson3Exception(rejection, streamLocation(rejection.location()));
    }
}
