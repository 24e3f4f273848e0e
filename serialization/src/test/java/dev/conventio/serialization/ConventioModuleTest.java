package dev.conventio.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.convention.Convention;
import dev.conventio.format.LocatedViolation;
import dev.conventio.format.RejectionCode;
import org.junit.jupiter.api.Test;

/** The module in an application's own mapper. */
class ConventioModuleTest {

    /** An application's own document that holds a convention. */
    record Dossier(String id, Convention convention) {
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().findAndRegisterModules();
    }

    @Test
    void findAndRegisterModulesFindsTheModule() {
        assertThat(ObjectMapper.findModules()).hasAtLeastOneElementOfType(ConventioModule.class);
        assertThat(mapper().getRegisteredModuleIds()).contains(new ConventioModule().getTypeId());
    }

    @Test
    void theModuleIsNamedAndVersionedByTheBuild() {
        ConventioModule module = new ConventioModule();
        assertThat(module.getModuleName()).isEqualTo("conventio");
        assertThat(module.version().isUnknownVersion()).isFalse();
        assertThat(module.version().toString()).isEqualTo(System.getProperty("project.version"));
        assertThat(module.version().getGroupId()).isEqualTo("dev.conventio");
        assertThat(module.version().getArtifactId()).isEqualTo("conventio-serialization");
    }

    @Test
    void theMapperWritesTheFacadesDocument() throws Exception {
        Convention convention = Samples.convention();
        assertThat(mapper().writeValueAsString(convention))
                .isEqualTo(ConventioJson.compact().write(JsonDocument.CONVENTION, convention));
        assertThat(mapper().writeValueAsString(Samples.amendment()))
                .isEqualTo(ConventioJson.compact().write(JsonDocument.AMENDMENT, Samples.amendment()));
    }

    @Test
    void theMapperReadsTheFacadesDocument() throws Exception {
        String json = ConventioJson.compact().write(JsonDocument.AMENDMENT, Samples.amendment());
        assertThat(mapper().readValue(json, AmendmentRecord.class)).isEqualTo(Samples.amendment());
        String convention = ConventioJson.pretty().write(JsonDocument.CONVENTION, Samples.convention());
        assertThat(mapper().readValue(convention, Convention.class)).isEqualTo(Samples.convention());
    }

    @Test
    void aConventionInsideAnApplicationsDocumentRoundTrips() throws Exception {
        Dossier dossier = new Dossier("d-1", Samples.convention());
        String json = mapper().writeValueAsString(dossier);
        assertThat(json).startsWith("{\"id\":\"d-1\",\"convention\":{\"formatVersion\":2,\"document\":\"convention\",");
        assertThat(mapper().readValue(json, Dossier.class)).isEqualTo(dossier);
    }

    @Test
    void aRejectionInsideAnApplicationsDocumentIsTheModulesExceptionWithTheAbsolutePointer() throws Exception {
        String json = mapper().writeValueAsString(new Dossier("d-1", Samples.minimalConvention()))
                .replace("\"kind\":\"gip\"", "\"kind\":\"gip\",\"x\":1");
        ConventioJsonException rejection = catchThrowableOfType(ConventioJsonException.class,
                () -> mapper().readValue(json, Dossier.class));
        assertThat(rejection.code()).isEqualTo(RejectionCode.UNKNOWN_FIELD);
        assertThat(rejection.pointer()).isEqualTo("/convention/parties/0/x");
    }

    @Test
    void theMappersLenientFeaturesDoNotLoosenTheFormat() {
        ObjectMapper lenient = mapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        String json = RejectionTest.replace(RejectionTest.CONVENTION, "\"object\":", "\"bogus\":1,\"object\":");
        ConventioJsonException rejection = catchThrowableOfType(ConventioJsonException.class,
                () -> lenient.readValue(json, Convention.class));
        assertThat(rejection.code()).isEqualTo(RejectionCode.UNKNOWN_FIELD);
    }

    @Test
    void aDomainViolationInsideAnApplicationsDocumentListsTheViolations() throws Exception {
        String json = mapper().writeValueAsString(new Dossier("d-1", Samples.minimalConvention()))
                .replace("\"R-1\"", "\" \"");
        ConventioJsonException rejection = catchThrowableOfType(ConventioJsonException.class,
                () -> mapper().readValue(json, Dossier.class));
        assertThat(rejection.code()).isEqualTo(RejectionCode.DOMAIN_VIOLATION);
        assertThat(rejection.violations()).extracting(LocatedViolation::pointer).containsExactly("/convention/reference");
    }

    @Test
    void theRootDocumentIsTheWholeInputWhenTheMapperFailsOnTrailingTokens() {
        ObjectMapper whole = mapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        String convention = RejectionTest.CONVENTION;
        assertThat(catchThrowableOfType(ConventioJsonException.class, () -> whole.readValue(convention + "{}",
                Convention.class)).code()).isEqualTo(RejectionCode.TRAILING_CONTENT);
        // Malformed text after the document wins over a problem inside it, as with the facade.
        String unknownThenMalformed = RejectionTest.replace(convention, "\"object\":", "\"bogus\":1,\"object\":") + "]";
        assertThat(catchThrowableOfType(ConventioJsonException.class, () -> whole.readValue(unknownThenMalformed,
                Convention.class)).code()).isEqualTo(RejectionCode.MALFORMED_JSON);
    }

    @Test
    void withJacksonTwosDefaultTheRootDocumentIsOnlyItsValue() throws Exception {
        assertThat(mapper().readValue(RejectionTest.CONVENTION + "{}", Convention.class).reference()).contains("R-1");
    }

    @Test
    void aNullRootIsNoDocumentButANullMemberIsTheApplicationsOwn() throws Exception {
        ConventioJsonException rejection = catchThrowableOfType(ConventioJsonException.class,
                () -> mapper().readValue("null", Convention.class));
        assertThat(rejection.code()).isEqualTo(RejectionCode.WRONG_TYPE);
        assertThat(mapper().readValue("{\"id\":\"d-1\",\"convention\":null}", Dossier.class))
                .isEqualTo(new Dossier("d-1", null));
    }
}
