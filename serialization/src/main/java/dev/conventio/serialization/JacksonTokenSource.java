package dev.conventio.serialization;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import dev.conventio.format.codec.Location;
import dev.conventio.format.codec.Rejection;
import dev.conventio.format.codec.Token;
import dev.conventio.format.codec.TokenSource;
import java.io.CharConversionException;
import java.io.IOException;

/**
 * The codec's token source over a Jackson 2 {@link JsonParser}. Jackson's rejections of its input —
 * malformed JSON, bytes that are not UTF-8 ({@link CharConversionException}), a broken limit
 * ({@link StreamConstraintsException}) — become the codec's {@link Rejection}, with the parser's
 * pointer and location; the parser reports some of them lazily, when a value is first asked for, so
 * every call translates. Other {@link IOException}s are failures of the input and pass.
 *
 * <p>Not thread-safe: one instance per read.
 */
final class JacksonTokenSource implements TokenSource {

    /** The codec's token of each of Jackson's, at its ordinal. */
    private static final Token.Table<JsonToken> TOKENS = Token.tableOf(JsonToken.values());

    private final JsonParser parser;
    private ContentReference content;

    JacksonTokenSource(JsonParser parser) {
        this.parser = parser;
    }

    @Override
    public Token next() throws IOException {
        try {
            return TOKENS.of(parser.nextToken());
        } catch (JsonProcessingException | CharConversionException e) {
            throw translate(e);
        }
    }

    @Override
    public Token current() {
        return TOKENS.of(parser.currentToken());
    }

    @Override
    public String name() throws IOException {
        try {
            return parser.currentName();
        } catch (JsonProcessingException e) {
            throw translate(e);
        }
    }

    @Override
    public String text() throws IOException {
        try {
            return parser.getText();
        } catch (JsonProcessingException | CharConversionException e) {
            throw translate(e);
        }
    }

    @Override
    public boolean isInt() throws IOException {
        try {
            return parser.getNumberType() == JsonParser.NumberType.INT;
        } catch (JsonProcessingException | CharConversionException e) {
            throw translate(e);
        }
    }

    @Override
    public int intValue() throws IOException {
        try {
            return parser.getIntValue();
        } catch (JsonProcessingException | CharConversionException e) {
            throw translate(e);
        }
    }

    @Override
    public String pointer() {
        return parser.getParsingContext().pathAsPointer().toString();
    }

    @Override
    public boolean inRoot() {
        return parser.getParsingContext().inRoot();
    }

    @Override
    public Location tokenLocation() {
        return location(parser.currentTokenLocation());
    }

    @Override
    public Location location() {
        return location(parser.currentLocation());
    }

    private static Location location(JsonLocation location) {
        return Location.inInput(location.getByteOffset(), location.getCharOffset(), location.getLineNr(),
                location.getColumnNr());
    }

    /** The parser's own location for a location of the codec: equal to the one it came from. */
    JsonLocation jsonLocation(Location location) {
        if (!location.isInInput()) {
            return new JsonLocation((ContentReference) null, -1L, location.line(), location.column());
        }
        if (content == null) {
            content = parser.currentLocation().contentReference();
        }
        return new JsonLocation(content, location.byteOffset(), location.charOffset(), location.line(),
                location.column());
    }

    /** The rejection of the parser's exception, at its location or, when it gives none, where the parser stands. */
    Rejection translate(IOException e) {
        JsonLocation at = e instanceof JsonProcessingException && ((JsonProcessingException) e).getLocation() != null
                ? ((JsonProcessingException) e).getLocation() : parser.currentLocation();
        String message = e instanceof JsonProcessingException
                ? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage();
        return Rejection.ofParser(e instanceof StreamConstraintsException, message, pointer(), location(at), e);
    }

    /** The public exception of a rejection of this source's input. */
    ConventioJsonException exception(Rejection rejection) {
        return new ConventioJsonException(rejection, jsonLocation(rejection.location()));
    }
}
