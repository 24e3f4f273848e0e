package dev.conventio.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.convention.Convention;
import dev.conventio.format.DocumentKind;
import dev.conventio.format.LocatedViolation;
import dev.conventio.format.RejectionCode;
import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.History;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 module in an application's own mapper. */
class ConventioJackson3ModuleTest {

    /** An application's own document that holds a convention. */
    record Dossier(String id, Convention convention) {
    }

    /** The mapper of an application that wants the facade's limits, as docs/jackson3.md shows. */
    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(ConventioJackson3Module.readConstraints()).build())
            .addModule(new ConventioJackson3Module()).build();

    private static final String MINIMAL = Fixtures.text("serialization-minimal-convention.json");

    static Class<?> type(DocumentKind kind) {
        switch (kind) {
            case CONVENTION:
                return Convention.class;
            case AMENDMENT:
                return AmendmentRecord.class;
            default:
                return History.class;
        }
    }

    private static ConventioJackson3Exception rejection(String json, Class<?> type) {
        return catchThrowableOfType(ConventioJackson3Exception.class, () -> MAPPER.readValue(json, type));
    }

    /** Replaces the one occurrence of a fragment, failing if there is not exactly one. */
    static String replace(String document, String fragment, String replacement) {
        int at = document.indexOf(fragment);
        if (at < 0 || document.indexOf(fragment, at + 1) >= 0) {
            throw new IllegalArgumentException("'" + fragment + "' is not in the document exactly once");
        }
        return document.substring(0, at) + replacement + document.substring(at + fragment.length());
    }

    // ---- the module ----------------------------------------------------------------------------

    @Test
    void findAndAddModulesFindsTheModule() {
        assertThat(MapperBuilder.findModules()).hasAtLeastOneElementOfType(ConventioJackson3Module.class);
        JsonMapper found = JsonMapper.builder().findAndAddModules().build();
        assertThat(found.registeredModules()).extracting(JacksonModule::getModuleName).contains("conventio");
        assertThat(found.readValue(MINIMAL, Convention.class).reference()).contains("R-1");
    }

    @Test
    void theModuleIsNamedAndVersionedByTheBuild() {
        ConventioJackson3Module module = new ConventioJackson3Module();
        assertThat(module.getModuleName()).isEqualTo("conventio");
        assertThat(module.version().isUnknownVersion()).isFalse();
        assertThat(module.version().toString()).isEqualTo(System.getProperty("project.version"));
        assertThat(module.version().getGroupId()).isEqualTo("dev.conventio");
        assertThat(module.version().getArtifactId()).isEqualTo("conventio-jackson3");
    }

    @Test
    void theReadConstraintsAreTheFormatsLimits() {
        assertThat(ConventioJackson3Module.readConstraints().getMaxNestingDepth()).isEqualTo(64);
        assertThat(ConventioJackson3Module.readConstraints().getMaxNumberLength()).isEqualTo(20);
        assertThat(ConventioJackson3Module.readConstraints().getMaxStringLength()).isEqualTo(1 << 20);
        assertThat(ConventioJackson3Module.readConstraints().getMaxNameLength()).isEqualTo(64);
        assertThat(ConventioJackson3Module.readConstraints().getMaxDocumentLength()).isEqualTo(16L << 20);
        assertThat(ConventioJackson3Module.readConstraints().getMaxTokenCount()).isEqualTo(1_000_000L);
    }

    // ---- reading and writing every kind ----------------------------------------------------------

    static List<Fixtures.Fixture> fixtures() {
        return Fixtures.all();
    }

    static List<Fixtures.Fixture> versionTwoFixtures() {
        return Fixtures.all(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyVersion1FixtureIsReadAndWrittenInVersion2ToTheSameValue(Fixtures.Fixture fixture) throws Exception {
        Object value = MAPPER.readValue(fixture.text().getBytes(StandardCharsets.UTF_8), fixture.type());
        assertThat(value).isInstanceOf(fixture.type());
        String written = MAPPER.writeValueAsString(value);
        assertThat(written).startsWith("{\"formatVersion\":2,\"document\":\"" + fixture.kind().wireName() + "\",");
        assertThat(MAPPER.readValue(written, fixture.type())).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("versionTwoFixtures")
    void everyVersion2FixtureIsReadAndWrittenBackToItsBytes(Fixtures.Fixture fixture) throws Exception {
        Object value = MAPPER.readValue(fixture.text().getBytes(StandardCharsets.UTF_8), fixture.type());
        assertThat(value).isInstanceOf(fixture.type());
        String written = fixture.isPretty()
                ? MAPPER.writer().with(ConventioJackson3Module.prettyPrinter()).writeValueAsString(value) + "\n"
                : MAPPER.writeValueAsString(value) + "\n";   // a compact fixture's file ends with a line feed
        assertThat(written).isEqualTo(fixture.text());
        assertThat(MAPPER.readValue(written, fixture.type())).isEqualTo(value);
    }

    @Test
    void aConsolidatedViewIsWrittenNotRead() {
        History history = MAPPER.readValue(Fixtures.text("examples-history.json"), History.class);
        ConsolidatedConvention view = history.asOf(LocalDate.of(2020, 6, 30));
        String json = MAPPER.writeValueAsString(view);
        assertThat(json).startsWith("{\"formatVersion\":2,\"document\":\"consolidated\",\"date\":\"2020-06-30\",");
        // No deserializer is registered for it: the mapper's own error, that it cannot build the type.
        assertThat(catchThrowable(() -> MAPPER.readValue(json, ConsolidatedConvention.class)))
                .isInstanceOf(tools.jackson.databind.exc.InvalidDefinitionException.class)
                .hasMessageContaining(ConsolidatedConvention.class.getName());
    }

    @Test
    void aConventionInsideAnApplicationsDocumentRoundTrips() {
        Convention convention = MAPPER.readValue(MINIMAL, Convention.class);
        Dossier dossier = new Dossier("d-1", convention);
        String json = MAPPER.writeValueAsString(dossier);
        assertThat(json).isEqualTo("{\"id\":\"d-1\",\"convention\":" + MINIMAL.replace("{\"formatVersion\":1,",
                "{\"formatVersion\":2,\"document\":\"convention\",") + "}");
        assertThat(MAPPER.readValue(json, Dossier.class)).isEqualTo(dossier);
    }

    @Test
    void aNullConventionInsideAnApplicationsDocumentIsTheApplicationsOwn() {
        assertThat(MAPPER.readValue("{\"id\":\"d-1\",\"convention\":null}", Dossier.class))
                .isEqualTo(new Dossier("d-1", null));
    }

    // ---- rejections ------------------------------------------------------------------------------

    @Test
    void aRejectionInsideAnApplicationsDocumentIsTheModulesExceptionWithTheAbsolutePointer() {
        String json = "{\"id\":\"d-1\",\"convention\":" + replace(MINIMAL, "\"kind\":\"gip\"", "\"kind\":\"gip\",\"x\":1")
                + "}";
        ConventioJackson3Exception rejection = rejection(json, Dossier.class);
        assertThat(rejection.code()).isEqualTo(RejectionCode.UNKNOWN_FIELD);
        assertThat(rejection.pointer()).isEqualTo("/convention/parties/0/x");
        assertThat(rejection.line()).isEqualTo(1);
        assertThat(rejection.column()).isEqualTo(json.indexOf("\"x\"") + 1);
        assertThat(rejection.getMessage()).contains(RejectionCode.UNKNOWN_FIELD.code());
    }

    @Test
    void theMappersLenientFeaturesDoNotLoosenTheFormat() {
        JsonMapper lenient = MAPPER.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY).build();
        String json = replace(MINIMAL, "\"object\":", "\"bogus\":1,\"object\":");
        ConventioJackson3Exception rejection = catchThrowableOfType(ConventioJackson3Exception.class,
                () -> lenient.readValue(json, Convention.class));
        assertThat(rejection.code()).isEqualTo(RejectionCode.UNKNOWN_FIELD);
        assertThat(rejection.pointer()).isEqualTo("/bogus");
    }

    @Test
    void aDomainViolationListsEveryViolation() {
        String json = replace(replace(MINIMAL, "\"gip-crpv-paca\"", "\"GIP\""), "\"commune-x\"", "\"Commune X\"");
        ConventioJackson3Exception rejection = rejection(json, Convention.class);
        assertThat(rejection.code()).isEqualTo(RejectionCode.DOMAIN_VIOLATION);
        assertThat(rejection.violations()).extracting(LocatedViolation::pointer)
                .containsExactly("/parties/0/id", "/parties/1/id");
        assertThat(rejection.pointer()).isEqualTo("/parties/0/id");
    }

    @Test
    void theRootDocumentIsTheWholeInputWhenTheMapperFailsOnTrailingTokens() {
        assertThat(rejection(MINIMAL + "{}", Convention.class).code()).isEqualTo(RejectionCode.TRAILING_CONTENT);
        assertThat(rejection(MINIMAL + " x", Convention.class).code()).isEqualTo(RejectionCode.MALFORMED_JSON);
        // Malformed text after the document wins over a problem inside it, as with the facade.
        String unknownThenMalformed = replace(MINIMAL, "\"object\":", "\"bogus\":1,\"object\":") + "]";
        assertThat(rejection(unknownThenMalformed, Convention.class).code()).isEqualTo(RejectionCode.MALFORMED_JSON);
        assertThat(rejection("[" + MINIMAL + "]", Convention.class).code()).isEqualTo(RejectionCode.WRONG_TYPE);
    }

    @Test
    void withoutFailingOnTrailingTokensTheRootDocumentIsOnlyItsValue() {
        JsonMapper sequences = MAPPER.rebuild().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        assertThat(sequences.readValue(MINIMAL + "{}", Convention.class).reference()).contains("R-1");
    }

    @Test
    void aNullRootIsNoDocument() {
        ConventioJackson3Exception rejection = rejection("null", Convention.class);
        assertThat(rejection.code()).isEqualTo(RejectionCode.WRONG_TYPE);
        assertThat(rejection.pointer()).isEmpty();
    }

    @Test
    void theMapperJudgesAnInputWithNoDocumentAtAll() {
        // Before the first token, the input is the mapper's: the module is not called.
        assertThat(catchThrowable(() -> MAPPER.readValue("", Convention.class)))
                .isNotInstanceOf(ConventioJackson3Exception.class).isNotNull();
    }

    @Test
    void aStringOverTheLimitIsALimitBrokenAtItsToken() {
        String json = replace(MINIMAL, "\"R-1\"", "\"" + "r".repeat((1 << 20) + 1) + "\"");
        ConventioJackson3Exception rejection = rejection(json, Convention.class);
        assertThat(rejection.code()).isEqualTo(RejectionCode.LIMIT_EXCEEDED);
        assertThat(rejection.pointer()).isEqualTo("/reference");
        assertThat(rejection.getMessage()).contains("String value length");
    }

    @Test
    void theModuleLeavesTheMappersOwnLimitsAsTheyAre() {
        // Jackson 3's default nesting is 500: 70 levels are a format error there, a broken limit with the facade's.
        String json = replace(MINIMAL, "\"legalBases\":[]", "\"legalBases\":" + "[".repeat(70) + "]".repeat(70));
        JsonMapper defaults = JsonMapper.builder().addModule(new ConventioJackson3Module()).build();
        assertThat(catchThrowableOfType(ConventioJackson3Exception.class, () -> defaults.readValue(json, Convention.class))
                .code()).isEqualTo(RejectionCode.WRONG_TYPE);
        assertThat(rejection(json, Convention.class).code()).isEqualTo(RejectionCode.LIMIT_EXCEEDED);
    }

    @Test
    void invalidUtf8IsMalformed() {
        byte[] bytes = MINIMAL.getBytes(StandardCharsets.UTF_8);
        int at = MINIMAL.indexOf("R-1") + 1;
        bytes[at] = (byte) 0xC3;
        bytes[at + 1] = (byte) 0x28;
        ConventioJackson3Exception rejection = catchThrowableOfType(ConventioJackson3Exception.class,
                () -> MAPPER.readValue(bytes, Convention.class));
        assertThat(rejection.code()).isEqualTo(RejectionCode.MALFORMED_JSON);
        assertThat(rejection.pointer()).isEqualTo("/reference");
    }

    @Test
    void anInputThatFailsWhileTheDocumentIsReadFailsAsItsOwnErrorNotAsARejection() {
        byte[] start = MINIMAL.substring(0, MINIMAL.indexOf("\"parties\"")).getBytes(StandardCharsets.UTF_8);
        java.io.InputStream failing = new java.io.InputStream() {
            private int at;

            @Override
            public int read() throws java.io.IOException {
                if (at < start.length) {
                    return start[at++] & 0xff;
                }
                throw new java.io.IOException("the disk went away");
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
                if (at >= start.length) {
                    throw new java.io.IOException("the disk went away");
                }
                int count = Math.min(length, start.length - at);
                System.arraycopy(start, at, buffer, offset, count);
                at += count;
                return count;
            }
        };
        Throwable thrown = catchThrowable(() -> MAPPER.readValue(failing, Convention.class));
        assertThat(thrown).isInstanceOf(tools.jackson.core.exc.JacksonIOException.class)
                .isNotInstanceOf(ConventioJackson3Exception.class);
        assertThat(thrown.getCause()).isInstanceOf(java.io.IOException.class).hasMessage("the disk went away");
    }

    @Test
    void lineAndColumnNameTheOffendingToken() {
        String pretty = Fixtures.text("examples-convention.json");
        String bad = replace(pretty, "\"kind\": \"gip\"", "\"kind\": \"town\"");
        ConventioJackson3Exception rejection = rejection(bad, Convention.class);
        assertThat(rejection.code()).isEqualTo(RejectionCode.UNKNOWN_CONSTANT);
        String[] lines = bad.split("\n");
        int line = 0;
        while (!lines[line].contains("\"town\"")) {
            line++;
        }
        assertThat(rejection.line()).isEqualTo(line + 1);
        assertThat(rejection.column()).isEqualTo(lines[line].indexOf("\"town\"") + 1);
    }
}
