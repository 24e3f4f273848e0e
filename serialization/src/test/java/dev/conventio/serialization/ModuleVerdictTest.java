package dev.conventio.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.convention.Convention;
import dev.conventio.format.RejectionCode;
import dev.conventio.history.History;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A plain {@code ObjectMapper} with the module, as an application makes one: it reads every type
 * of document the facade reads, amendments by their own types included, and with the one line of
 * configuration its Javadoc documents it gives the facade's verdict on content after the document.
 */
class ModuleVerdictTest {

    /** A plain mapper, with the module and nothing else. */
    private static ObjectMapper plain() {
        return new ObjectMapper().registerModule(new ConventioModule());
    }

    /** The plain mapper with the documented line. */
    private static ObjectMapper strict() {
        return plain().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    @Test
    void aPlainMapperReadsAndWritesARecordedAmendmentByItsOwnType() throws Exception {
        String json = ConventioJson.compact().write(JsonDocument.AMENDMENT, Samples.amendment());
        assertThat(plain().readValue(json, Amendment.class)).isEqualTo(Samples.amendment());
        assertThat(plain().writeValueAsString(Samples.amendment())).isEqualTo(json);
    }

    @Test
    void aPlainMapperReadsAndWritesAnUnrecordedAmendmentByItsOwnType() throws Exception {
        String json = ConventioJson.compact().write(JsonDocument.AMENDMENT, Samples.unrecorded());
        assertThat(plain().readValue(json, UnrecordedAmendment.class)).isEqualTo(Samples.unrecorded());
        assertThat(plain().readValue(json, AmendmentRecord.class)).isEqualTo(Samples.unrecorded());
        assertThat(plain().writeValueAsString(Samples.unrecorded())).isEqualTo(json);
    }

    @Test
    void anAmendmentOfTheOtherTypeIsAnUnknownTypeThatNamesTheTypeAskedFor() throws Exception {
        String unrecorded = ConventioJson.compact().write(JsonDocument.AMENDMENT, Samples.unrecorded());
        ConventioJsonException rejection = catchThrowableOfType(ConventioJsonException.class,
                () -> plain().readValue(unrecorded, Amendment.class));
        assertThat(rejection.code()).isEqualTo(RejectionCode.UNKNOWN_TYPE);
        assertThat(rejection.pointer()).isEqualTo("/type");
        assertThat(rejection.getMessage()).contains("'unrecorded-amendment' is not one of amendment");
        String recorded = ConventioJson.compact().write(JsonDocument.AMENDMENT, Samples.amendment());
        assertThat(catchThrowableOfType(ConventioJsonException.class,
                () -> plain().readValue(recorded, UnrecordedAmendment.class)).code()).isEqualTo(RejectionCode.UNKNOWN_TYPE);
    }

    /** Jackson's default, which the module leaves to the mapper: the line is needed. */
    @Test
    void withoutTheLineAPlainMapperIgnoresWhatFollowsTheDocument() throws Exception {
        String json = ConventioJson.compact().write(JsonDocument.CONVENTION, Samples.convention()) + " {}";
        assertThat(plain().readValue(json, Convention.class)).isEqualTo(Samples.convention());
    }

    static Stream<Arguments> documentsWithSomethingAfter() {
        List<Arguments> cases = new ArrayList<>();
        List<Object[]> documents = List.of(
                new Object[] {JsonDocument.CONVENTION, ConventioJson.compact().write(JsonDocument.CONVENTION, Samples.convention())},
                new Object[] {JsonDocument.AMENDMENT, ConventioJson.pretty().write(JsonDocument.AMENDMENT, Samples.amendment())},
                new Object[] {JsonDocument.HISTORY, ConventioJson.compact().write(JsonDocument.HISTORY, Samples.history())},
                // A format problem before the trailing content: the content after the document still wins.
                new Object[] {JsonDocument.CONVENTION, RejectionTest.replace(RejectionTest.CONVENTION, "\"object\":",
                        "\"objet\":1,\"object\":")});
        for (Object[] document : documents) {
            for (String after : List.of("", " ", "\n{}", " 1", "x", "]", "{\"a\":", " null")) {
                cases.add(Arguments.of(document[0], document[1] + after));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("documentsWithSomethingAfter")
    void withTheLineTheMapperGivesTheFacadesVerdict(JsonDocument<?> document, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Throwable facade = catchThrowable(() -> ConventioJson.compact().read(document, bytes));
        for (Throwable module : Arrays.asList(catchThrowable(() -> strict().readValue(bytes, document.type())),
                catchThrowable(() -> strict().readValue(json, document.type())))) {
            if (facade == null) {
                assertThat(module).as(json).isNull();
            } else {
                assertThat(module).as(json).isExactlyInstanceOf(ConventioJsonException.class);
                ConventioJsonException expected = (ConventioJsonException) facade;
                ConventioJsonException found = (ConventioJsonException) module;
                assertThat(found.code()).as(json).isEqualTo(expected.code());
                assertThat(found.pointer()).as(json).isEqualTo(expected.pointer());
            }
        }
    }

    @Test
    void withTheLineTheRecordedAndUnrecordedTypesGetTheVerdictToo() {
        String json = ConventioJson.compact().write(JsonDocument.AMENDMENT, Samples.unrecorded()) + " {}";
        ConventioJsonException rejection = catchThrowableOfType(ConventioJsonException.class,
                () -> strict().readValue(json, UnrecordedAmendment.class));
        assertThat(rejection.code()).isEqualTo(RejectionCode.TRAILING_CONTENT);
    }

    @Test
    void withTheLineADocumentInsideAnApplicationsOwnIsReadAsBefore() throws Exception {
        ConventioModuleTest.Dossier dossier = new ConventioModuleTest.Dossier("d-1", Samples.convention());
        String json = strict().writeValueAsString(dossier);
        assertThat(strict().readValue(json, ConventioModuleTest.Dossier.class)).isEqualTo(dossier);
        History history = Samples.history();
        assertThat(strict().readValue(strict().writeValueAsString(history), History.class).amendments())
                .isEqualTo(history.amendments());
    }
}
