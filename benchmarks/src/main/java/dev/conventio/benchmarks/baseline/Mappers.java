package dev.conventio.benchmarks.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.conventio.benchmarks.baseline.Records.ConventionDoc;
import dev.conventio.serialization.ConventioJson;
import java.math.BigDecimal;

/**
 * The Jackson configurations of the baselines: B0, strict, and Bd, Jackson's defaults.
 *
 * <p>B0 has the strict features the library's reader has: unknown members, duplicate keys and
 * content after the root value are rejected, a null for a primitive is rejected, no scalar is
 * coerced (a string is not read as a number, a float not as an integer, a number not as an enum;
 * only {@link BigDecimal} reads a string, because the format writes amounts as strings), and the
 * same {@link StreamReadConstraints} as the library ({@link #CONSTRAINTS}). It does not check that
 * required members are present nor any invariant: that is the library's work, whose cost the
 * benchmarks show.
 */
public final class Mappers {

    /** The limits of the library's reader, which it publishes for applications' own factories. */
    public static final StreamReadConstraints CONSTRAINTS = ConventioJson.readConstraints();

    private static final ObjectMapper STRICT = strict();
    private static final ObjectMapper DEFAULTS = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            // Not a strictness feature: without it LocalDate is written as [2017,11,22], another format.
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private Mappers() {
    }

    /**
     * The JSON factory of B0 and B1: strict duplicate detection and the library's limits.
     *
     * @return a new factory, never null
     */
    public static JsonFactory strictFactory() {
        return JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(CONSTRAINTS)
                .build();
    }

    private static ObjectMapper strict() {
        JsonMapper mapper = JsonMapper.builder(strictFactory())
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail);
        // The format's one textual number: amounts are strings such as "100000.00".
        mapper.coercionConfigFor(BigDecimal.class).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        return mapper;
    }

    /**
     * B0's reader of convention documents: strict, with the library's limits.
     *
     * @return the reader, shared and thread-safe, never null
     */
    public static ObjectReader strictReader() {
        return STRICT.readerFor(ConventionDoc.class);
    }

    /**
     * B0's writer of convention documents, compact.
     *
     * @return the writer, shared and thread-safe, never null
     */
    public static ObjectWriter strictWriter() {
        return STRICT.writerFor(ConventionDoc.class);
    }

    /**
     * Bd's reader: Jackson's defaults (with the JSR-310 module, which LocalDate needs).
     *
     * @return the reader, shared and thread-safe, never null
     */
    public static ObjectReader defaultReader() {
        return DEFAULTS.readerFor(ConventionDoc.class);
    }

    /**
     * Bd's writer: Jackson's defaults, but dates as ISO text so that the output is the format.
     *
     * @return the writer, shared and thread-safe, never null
     */
    public static ObjectWriter defaultWriter() {
        return DEFAULTS.writerFor(ConventionDoc.class);
    }
}
