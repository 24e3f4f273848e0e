package dev.conventio.jackson3;

import static dev.conventio.jackson3.ConventioJackson3ModuleTest.MAPPER;
import static dev.conventio.jackson3.ConventioJackson3ModuleTest.replace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.conventio.convention.Convention;
import dev.conventio.format.RejectionCode;
import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.History;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.InvalidDefinitionException;

/** Integers as the format reads them through Jackson 3, the pretty form, and the views not read. */
class NumbersAndLayoutTest {

    private static final String MINIMAL = Fixtures.text("serialization-minimal-convention.json");
    private static final String WITH_PHASE = replace(MINIMAL, "\"phases\":[]",
            "\"phases\":[{\"number\":1,\"title\":\"P\",\"status\":\"planned\",\"orientations\":[]}]");

    static Stream<Arguments> integers() {
        return Stream.of(
                Arguments.of("1.0", RejectionCode.WRONG_TYPE),
                Arguments.of("1e0", RejectionCode.WRONG_TYPE),
                Arguments.of("2147483648", RejectionCode.NUMBER_OUT_OF_RANGE),
                Arguments.of("-2147483649", RejectionCode.NUMBER_OUT_OF_RANGE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("integers")
    void anIntegerIsAnIntOrItsRejectionAtItsMember(String number, RejectionCode code) {
        String json = replace(WITH_PHASE, "\"number\":1", "\"number\":" + number);
        ConventioJackson3Exception rejection = catchThrowableOfType(ConventioJackson3Exception.class,
                () -> MAPPER.readValue(json, Convention.class));
        assertThat(rejection.code()).isEqualTo(code);
        assertThat(rejection.pointer()).isEqualTo("/phases/0/number");
        assertThat(MAPPER.readValue(WITH_PHASE, Convention.class).phases().get(0).number()).isEqualTo(1);
    }

    @Test
    void thePrettyPrinterWritesTheFormatsPrettyForm() {
        Convention convention = MAPPER.readValue(WITH_PHASE, Convention.class);
        String pretty = MAPPER.writer().with(ConventioJackson3Module.prettyPrinter()).writeValueAsString(convention);
        assertThat(pretty).startsWith("{\n  \"formatVersion\": 2,\n  \"document\": \"convention\",\n")
                .contains("\n  \"legalBases\": [],\n")
                .contains("\n  \"phases\": [\n    {\n      \"number\": 1,\n")
                .endsWith("\n}").doesNotContain("\r").doesNotContain("\t");
        assertThat(MAPPER.readValue(pretty, Convention.class)).isEqualTo(convention);
        assertThat(pretty.replaceAll("\n *", "").replace("\": ", "\":"))
                .isEqualTo(MAPPER.writeValueAsString(convention));
    }

    @Test
    void aConsolidatedViewHasNoReaderOfTheModule() {
        History history = MAPPER.readValue(Fixtures.text("examples-history.json"), History.class);
        String json = MAPPER.writeValueAsString(history.asOf(LocalDate.of(2020, 6, 30)));
        assertThat(catchThrowable(() -> MAPPER.readValue(json, ConsolidatedConvention.class)))
                .isInstanceOf(InvalidDefinitionException.class);
    }

    @Test
    void aRejectionInTheInputCarriesTheParsersOwnOffsets() {
        String json = replace(MINIMAL, "\"kind\":\"gip\"", "\"kind\":\"gip\",\"x\":1");
        ConventioJackson3Exception rejection = catchThrowableOfType(ConventioJackson3Exception.class,
                () -> MAPPER.readValue(json, Convention.class));
        assertThat(rejection.code()).isEqualTo(RejectionCode.UNKNOWN_FIELD);
        assertThat(rejection.getLocation().getCharOffset()).isEqualTo(json.indexOf("\"x\""));
        assertThat(rejection.getLocation().getColumnNr()).isEqualTo(json.indexOf("\"x\"") + 1);
    }

    @Test
    void aCharacterThatNoEncodingHoldsIsMalformedAtItsMember() {
        // UTF-32 big-endian, as Jackson detects it from the first four bytes, with one code unit
        // beyond U+10FFFF in a legal basis, past the reader's first buffer (before it, the input is
        // the mapper's own, read before the module is called): the reader's CharConversionException.
        String json = replace(MINIMAL, "\"legalBases\":[]", "\"legalBases\":[\"" + "v".repeat(20_000) + "?\"]");
        int at = json.indexOf("?\"]");
        ByteBuffer bytes = ByteBuffer.allocate(4 * json.length());
        for (int i = 0; i < json.length(); i++) {
            bytes.putInt(i == at ? 0x0011_0000 : json.charAt(i));
        }
        ConventioJackson3Exception rejection = catchThrowableOfType(ConventioJackson3Exception.class,
                () -> MAPPER.readValue(bytes.array(), Convention.class));
        assertThat(rejection.code()).isEqualTo(RejectionCode.MALFORMED_JSON);
        assertThat(rejection.pointer()).isEqualTo("/legalBases/0");
    }
}
