package dev.conventio.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.format.DocumentKind;
import dev.conventio.format.RejectionCode;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain {@code JsonMapper} with the module, as an application makes one, reads an amendment
 * document by the type the application asks for, recorded or unrecorded, and gives the facade's
 * verdict on content after it (Jackson 3 fails on trailing tokens by default).
 */
class AmendmentTypesTest {

    private static final JsonMapper PLAIN = JsonMapper.builder().addModule(new ConventioJackson3Module()).build();
    private static final String UNRECORDED = "{\"formatVersion\":2,\"document\":\"amendment\",\"type\":\"unrecorded-amendment\","
            + "\"number\":1}";

    private static String recorded() {
        return Fixtures.all().stream().filter(fixture -> fixture.kind() == DocumentKind.AMENDMENT)
                .map(Fixtures.Fixture::text).filter(text -> text.contains("\"type\":\"amendment\"")
                        || text.contains("\"type\": \"amendment\"")).findFirst().orElseThrow();
    }

    @Test
    void aRecordedAmendmentIsReadAndWrittenByItsOwnType() {
        Amendment amendment = PLAIN.readValue(recorded(), Amendment.class);
        assertThat(amendment).isEqualTo(PLAIN.readValue(recorded(), AmendmentRecord.class));
        assertThat(PLAIN.readValue(PLAIN.writeValueAsString(amendment), Amendment.class)).isEqualTo(amendment);
    }

    @Test
    void anUnrecordedAmendmentIsReadAndWrittenByItsOwnType() {
        UnrecordedAmendment unrecorded = PLAIN.readValue(UNRECORDED, UnrecordedAmendment.class);
        assertThat(unrecorded).isEqualTo(UnrecordedAmendment.of(1));
        assertThat(PLAIN.writeValueAsString(unrecorded)).isEqualTo(UNRECORDED);
    }

    @Test
    void anAmendmentOfTheOtherTypeIsAnUnknownType() {
        ConventioJackson3Exception rejection = catchThrowableOfType(ConventioJackson3Exception.class,
                () -> PLAIN.readValue(UNRECORDED, Amendment.class));
        assertThat(rejection.code()).isEqualTo(RejectionCode.UNKNOWN_TYPE);
        assertThat(rejection.pointer()).isEqualTo("/type");
        assertThat(catchThrowableOfType(ConventioJackson3Exception.class,
                () -> PLAIN.readValue(recorded(), UnrecordedAmendment.class)).code()).isEqualTo(RejectionCode.UNKNOWN_TYPE);
    }

    @Test
    void contentAfterTheDocumentIsTheFacadesVerdictByDefault() {
        for (Class<?> type : java.util.List.of(UnrecordedAmendment.class, AmendmentRecord.class)) {
            assertThat(catchThrowableOfType(ConventioJackson3Exception.class,
                    () -> PLAIN.readValue(UNRECORDED + " {}", type)).code()).isEqualTo(RejectionCode.TRAILING_CONTENT);
            assertThat(catchThrowableOfType(ConventioJackson3Exception.class,
                    () -> PLAIN.readValue(UNRECORDED + " x", type)).code()).isEqualTo(RejectionCode.MALFORMED_JSON);
        }
        assertThat(catchThrowableOfType(ConventioJackson3Exception.class,
                () -> PLAIN.readValue(recorded() + "[]", Amendment.class)).code()).isEqualTo(RejectionCode.TRAILING_CONTENT);
    }
}
