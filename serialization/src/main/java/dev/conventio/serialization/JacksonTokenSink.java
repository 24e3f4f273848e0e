package dev.conventio.serialization;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.conventio.format.codec.Name;
import dev.conventio.format.codec.TokenSink;
import java.io.IOException;

/**
 * The codec's token sink over a Jackson 2 {@link JsonGenerator}. Member names are written as
 * {@link SerializedString}s made once per name of the format, whose encoded bytes the generator
 * caches and appends as they are, as Jackson's own serializers do.
 *
 * <p>Not thread-safe: one instance per write.
 */
final class JacksonTokenSink implements TokenSink {

    /** Each name of the format, pre-encoded, at its ordinal. */
    private static final SerializableString[] NAMES = Name.encodeAll(SerializedString::new,
            SerializableString[]::new);

    private final JsonGenerator generator;

    JacksonTokenSink(JsonGenerator generator) {
        this.generator = generator;
    }

    @Override
    public void startObject() throws IOException {
        generator.writeStartObject();
    }

    @Override
    public void endObject() throws IOException {
        generator.writeEndObject();
    }

    @Override
    public void startArray() throws IOException {
        generator.writeStartArray();
    }

    @Override
    public void endArray() throws IOException {
        generator.writeEndArray();
    }

    @Override
    public void name(Name name) throws IOException {
        generator.writeFieldName(NAMES[name.ordinal()]);
    }

    @Override
    public void string(String value) throws IOException {
        generator.writeString(value);
    }

    @Override
    public void integer(int value) throws IOException {
        generator.writeNumber(value);
    }

    @Override
    public void bool(boolean value) throws IOException {
        generator.writeBoolean(value);
    }
}
