package dev.conventio.jackson3;

import dev.conventio.format.codec.BuildVersion;
import dev.conventio.format.codec.DocumentCodec;
import dev.conventio.format.codec.PrettyForm;
import dev.conventio.format.codec.ReadLimits;
import dev.conventio.format.codec.Rejection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.Version;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 module of the format: registered in a {@code JsonMapper}, it reads and writes
 * conventions, amendments (as {@code AmendmentRecord}, {@code Amendment} or
 * {@code UnrecordedAmendment}) and histories — and writes consolidated views — wherever they appear in
 * an application's own documents, in exactly the form of {@code conventio-serialization}'s facade
 * and Jackson 2 module, with the same strictness whatever the mapper's features.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder(JsonFactory.builder()
 *                 .streamReadConstraints(ConventioJackson3Module.readConstraints()).build())
 *         .addModule(new ConventioJackson3Module())
 *         .build();
 * Convention convention = mapper.readValue(json, Convention.class);
 * }</pre>
 *
 * <p>Found by {@code JsonMapper.builder().findAndAddModules()} through
 * {@code META-INF/services/tools.jackson.databind.JacksonModule} and {@code provides} in
 * {@code module-info}, or added with {@code addModule(new ConventioJackson3Module())}.
 *
 * <p>A document that is the mapper's root value is read as a whole input when the mapper fails on
 * trailing tokens ({@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS}, on by default in
 * Jackson 3): nothing may follow it, and malformed text, trailing content and broken limits win over
 * any other problem, as with the facade; a root {@code null} is rejected. What comes before the
 * first token — no content at all, a first token that is not JSON, the input's encoding — is the
 * mapper's to judge, with its own exceptions. The module does not change the read limits of the
 * mapper it joins, which may read other documents with other needs: give the mapper's factory
 * {@link #readConstraints()} to get the facade's.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ConventioJackson3Module extends JacksonModule {

    private static final List<DocumentCodec<?>> DOCUMENTS = List.of(DocumentCodec.CONVENTION, DocumentCodec.AMENDMENT,
            DocumentCodec.RECORDED_AMENDMENT, DocumentCodec.UNRECORDED_AMENDMENT, DocumentCodec.HISTORY,
            DocumentCodec.CONSOLIDATED);

    /** The artifact's version, from the {@code version.properties} the build fills in. */
    private static final Version VERSION = BuildVersion.read(ConventioJackson3Module.class
            .getResourceAsStream("version.properties"))
            .map(build -> VersionUtil.parseVersion(build.version(), build.groupId(), build.artifactId()))
            .orElseGet(Version::unknownVersion);

    private static final StreamReadConstraints READ_CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(ReadLimits.NESTING_DEPTH).maxNumberLength(ReadLimits.NUMBER_LENGTH)
            .maxStringLength(ReadLimits.STRING_LENGTH).maxNameLength(ReadLimits.NAME_LENGTH)
            .maxDocumentLength(ReadLimits.DOCUMENT_LENGTH).maxTokenCount(ReadLimits.TOKEN_COUNT).build();

    /**
     * Creates the module.
     */
    public ConventioJackson3Module() {
    }

    /**
     * Gets the read limits of {@code conventio-serialization}'s facade, as Jackson 3's constraints,
     * to give an application's factory: nesting 64, numbers 20 characters, strings 1 Mi characters,
     * names 64 characters, documents 16 MiB, 1 000 000 tokens.
     *
     * @return the constraints, never null
     */
    public static StreamReadConstraints readConstraints() {
        return READ_CONSTRAINTS;
    }

    /**
     * Obtains a pretty printer of the format's pretty form: two-space indents, one member or element
     * a line, {@code "name": value}, line feeds, {@code []} and <code>&#123;&#125;</code> when empty.
     * With {@code mapper.writer().with(ConventioJackson3Module.prettyPrinter())}, a document is the facade's
     * pretty one without its final line feed.
     *
     * @return a new printer, never null
     */
    public static PrettyPrinter prettyPrinter() {
        DefaultIndenter lines = new DefaultIndenter(PrettyForm.INDENT, PrettyForm.LINE_FEED);
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator(PrettyForm.EMPTY)
                .withArrayEmptySeparator(PrettyForm.EMPTY)).withObjectIndenter(lines).withArrayIndenter(lines);
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
        return VERSION;
    }

    /**
     * Registers the serializer of each kind of document, and the deserializer of each kind read.
     *
     * @param context  the mapper's set-up context, not null
     */
    @Override
    public void setupModule(SetupContext context) {
        context.addSerializers(new SimpleSerializers(DOCUMENTS.stream().<ValueSerializer<?>>map(Writing::new)
                .collect(Collectors.toList())));
        Map<Class<?>, ValueDeserializer<?>> readers = new HashMap<>();
        DOCUMENTS.stream().filter(codec -> codec.kind().isReadable()).forEach(codec -> readers.put(codec.type(),
                new Reading<>(codec)));
        context.addDeserializers(new SimpleDeserializers(readers));
    }

    /** Runs a step of the codec, whose I/O is Jackson 3's and therefore unchecked. */
    @FunctionalInterface
    private interface Step<R> {
        R run() throws IOException;
    }

    private static <R> R unchecked(Step<R> step) {
        try {
            return step.run();
        } catch (IOException e) {
            // Jackson 3's parser and generator throw no checked exception: the codec's signature only.
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a value as its document. */
    private static final class Writing<T> extends StdSerializer<T> {

        private final transient DocumentCodec<T> codec;

        Writing(DocumentCodec<T> codec) {
            super(codec.type());
            this.codec = codec;
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializationContext context) {
            unchecked(() -> {
                codec.write(value, new Jackson3TokenSink(generator));
                return null;
            });
        }
    }

    /** Reads a value from its document, failing only with {@link ConventioJackson3Exception}. */
    private static final class Reading<T> extends StdDeserializer<T> {

        private final transient DocumentCodec<T> codec;

        Reading(DocumentCodec<T> codec) {
            super(codec.type());
            this.codec = codec;
        }

        /** Reads the document; as the whole input, as the facade does, when it is the mapper's. */
        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            boolean wholeInput = context.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) && isRoot(parser);
            Jackson3TokenSource source = new Jackson3TokenSource(parser);
            try {
                return unchecked(() -> codec.readValue(source, wholeInput));
            } catch (Rejection e) {
                throw source.exception(e);
            }
        }

        /** A null root value is no document; a null inside the application's own is the application's. */
        @Override
        public T getNullValue(DeserializationContext context) {
            JsonParser parser = context.getParser();
            return parser != null && parser.streamReadContext().inRoot() ? deserialize(parser, context) : null;
        }

        /** Whether the parser's current token starts, or is, a value outside any array or object. */
        private static boolean isRoot(JsonParser parser) {
            TokenStreamContext here = parser.streamReadContext();
            return parser.isExpectedStartObjectToken() || parser.isExpectedStartArrayToken()
                    ? here.getParent() != null && here.getParent().inRoot() : here.inRoot();
        }
    }
}
