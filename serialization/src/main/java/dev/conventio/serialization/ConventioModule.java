package dev.conventio.serialization;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.conventio.format.codec.DocumentCodec;
import dev.conventio.history.ConsolidatedConvention;
import java.io.IOException;
import java.util.List;

/**
 * The Jackson module of the format: registered in an {@code ObjectMapper}, it reads and writes
 * conventions, amendments (as {@code AmendmentRecord}, {@code Amendment} or
 * {@code UnrecordedAmendment}) and histories — and writes consolidated views — wherever they appear
 * in an application's own documents, in exactly the form {@link ConventioJson} does, with the same
 * strictness whatever the mapper's features.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new ConventioModule())
 *         .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
 * Convention convention = mapper.readValue(json, Convention.class);
 * }</pre>
 *
 * <p>What follows the root value of an input is the mapper's business, and Jackson's default is to
 * ignore it. The one line {@code enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)} gives a
 * document read at the root of the mapper's input exactly the facade's verdict on the same bytes:
 * content after the document is {@code json.trailing-content}, and malformed or trailing content wins
 * over any other problem, as in {@link ConventioJson#read}, each a {@link ConventioJsonException}. (So
 * enabled, a mapper reads one document per input, not a sequence of them with {@code readValues}.)
 *
 * <p>Found by {@code ObjectMapper.findAndRegisterModules()} through
 * {@code META-INF/services/com.fasterxml.jackson.databind.Module} and {@code provides} in
 * {@code module-info}, or registered with {@code mapper.registerModule(new ConventioModule())}.
 *
 * <p>The module does not change the read limits of the mapper it joins, which may read other
 * documents with other needs; apply {@link ConventioJson#readConstraints()} to the mapper's factory
 * to get the facade's limits.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ConventioModule extends Module {

    private static final List<JsonDocument<?>> DOCUMENTS = List.of(JsonDocument.CONVENTION, JsonDocument.AMENDMENT,
            JsonDocument.RECORDED_AMENDMENT, JsonDocument.UNRECORDED_AMENDMENT, JsonDocument.HISTORY);

    /**
     * Creates the module.
     */
    public ConventioModule() {
    }

    /**
     * Gets the name of the module, {@code conventio}.
     *
     * @return the name, never null
     */
    @Override
    public String getModuleName() {
        return "conventio";
    }

    /**
     * Gets the version of this module, that of the artifact that holds it.
     *
     * @return the version, never null
     */
    @Override
    public Version version() {
        return PackageVersion.VERSION;
    }

    /**
     * Registers the serializer and deserializer of each kind of document.
     *
     * @param context  the mapper's set-up context, not null
     */
    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        SimpleDeserializers deserializers = new SimpleDeserializers();
        for (JsonDocument<?> document : DOCUMENTS) {
            register(document, serializers, deserializers);
        }
        serializers.addSerializer(ConsolidatedConvention.class, new ConsolidatedSerializer());
        context.addSerializers(serializers);
        context.addDeserializers(deserializers);
    }

    private static <T> void register(JsonDocument<T> document, SimpleSerializers serializers,
            SimpleDeserializers deserializers) {
        serializers.addSerializer(document.type(), new DocumentSerializer<>(document));
        deserializers.addDeserializer(document.type(), new DocumentDeserializer<>(document));
    }

    /** Writes a value as its document. */
    private static final class DocumentSerializer<T> extends StdSerializer<T> {

        private static final long serialVersionUID = 1L;

        private final transient JsonDocument<T> document;

        DocumentSerializer(JsonDocument<T> document) {
            super(document.type());
            this.document = document;
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            document.write(value, generator);
        }
    }

    /** Writes a consolidated view; views are not read. */
    private static final class ConsolidatedSerializer extends StdSerializer<ConsolidatedConvention> {

        private static final long serialVersionUID = 1L;

        ConsolidatedSerializer() {
            super(ConsolidatedConvention.class);
        }

        @Override
        public void serialize(ConsolidatedConvention value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            DocumentCodec.CONSOLIDATED.write(value, new JacksonTokenSink(generator));
        }
    }

    /** Reads a value from its document, failing only with {@link ConventioJsonException}. */
    private static final class DocumentDeserializer<T> extends StdDeserializer<T> {

        private static final long serialVersionUID = 1L;

        private final transient JsonDocument<T> document;

        DocumentDeserializer(JsonDocument<T> document) {
            super(document.type());
            this.document = document;
        }

        /**
         * Reads the document; as the whole input, as the facade does, when it is the mapper's root
         * value and the mapper fails on trailing tokens.
         */
        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return document.readValue(parser, context.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    && startsRootValue(parser));
        }

        /** A null root value is no document, as the facade says; a null inside the application's is its own. */
        @Override
        public T getNullValue(DeserializationContext context) throws JsonMappingException {
            JsonParser parser = context.getParser();
            if (parser == null || !parser.getParsingContext().inRoot()) {
                return null;
            }
            try {
                return deserialize(parser, context);
            } catch (JsonMappingException e) {
                throw e;
            } catch (IOException e) {
                throw JsonMappingException.from(parser, e.getMessage(), e);
            }
        }

        /** Whether the parser's current token starts, or is, a value outside any array or object. */
        private static boolean startsRootValue(JsonParser parser) {
            JsonStreamContext context = parser.getParsingContext();
            return parser.currentToken() != null && parser.currentToken().isStructStart()
                    ? context.getParent() != null && context.getParent().inRoot() : context.inRoot();
        }
    }
}
