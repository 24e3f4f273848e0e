package dev.conventio.jackson3;

import dev.conventio.format.codec.Name;
import dev.conventio.format.codec.TokenSink;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The codec's token sink over a Jackson 3 {@link JsonGenerator}: each call is the generator's own,
 * and member names are {@link SerializedString}s made once per name of the format, whose encoded
 * bytes the generator caches. Jackson 3's failures are unchecked and pass as they are.
 *
 * <p>Not thread-safe: one instance per write.
 */
final class Jackson3TokenSink implements TokenSink {

    /** Each name of the format, pre-encoded, at its ordinal. */
    private static final SerializableString[] NAMES = Name.encodeAll(SerializedString::new,
            SerializableString[]::new);

    private final JsonGenerator generator;

    Jackson3TokenSink(JsonGenerator generator) {
        this.generator = generator;
    }

    @Override
    public void startObject() {
        generator.writeStartObject();
    }

    @Override
    public void endObject() {
        generator.writeEndObject();
    }

    @Override
    public void startArray() {
        generator.writeStartArray();
    }

    @Override
    public void endArray() {
        generator.writeEndArray();
    }

    @Override
    public void name(Name name) {
        generator.writeName(NAMES[name.ordinal()]);
    }

    @Override
    public void string(String value) {
        generator.writeString(value);
    }

    @Override
    public void integer(int value) {
        generator.writeNumber(value);
    }

    @Override
    public void bool(boolean value) {
        generator.writeBoolean(value);
    }
}
