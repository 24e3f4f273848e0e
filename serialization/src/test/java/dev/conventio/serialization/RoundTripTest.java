package dev.conventio.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.convention.Convention;
import dev.conventio.format.ChangeTypes;
import dev.conventio.history.History;
import dev.conventio.history.AmendmentPolicy;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** read(write(x)) == x and write(read(doc)) == doc, compact and pretty. */
class RoundTripTest {

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(JsonDocument.CONVENTION, Samples.convention()),
                Arguments.of(JsonDocument.CONVENTION, Samples.minimalConvention()),
                Arguments.of(JsonDocument.AMENDMENT, Samples.amendment()),
                Arguments.of(JsonDocument.AMENDMENT, Samples.unrecorded()),
                Arguments.of(JsonDocument.HISTORY, Samples.history()),
                Arguments.of(JsonDocument.HISTORY, dev.conventio.history.History.of(Samples.minimalConvention())));
    }

    @ParameterizedTest
    @MethodSource("values")
    <T> void readingWhatWasWrittenGivesAnEqualValue(JsonDocument<T> document, T value) throws Exception {
        for (ConventioJson json : new ConventioJson[] {ConventioJson.compact(), ConventioJson.pretty()}) {
            assertThat(json.read(document, json.write(document, value))).isEqualTo(value);
            assertThat(json.read(document, json.writeBytes(document, value))).isEqualTo(value);
        }
    }

    @ParameterizedTest
    @MethodSource("values")
    <T> void writingWhatWasReadGivesTheSameDocument(JsonDocument<T> document, T value) throws Exception {
        for (ConventioJson json : new ConventioJson[] {ConventioJson.compact(), ConventioJson.pretty()}) {
            String text = json.write(document, value);
            assertThat(json.write(document, json.read(document, text))).isEqualTo(text);
            assertThat(json.writeBytes(document, value)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aHistoryReadsBackWithoutPoliciesWhichAreCodeNotData() throws Exception {
        History history = Samples.history();
        History capped = history.withPolicies(AmendmentPolicy.objectUnchanged());
        String text = ConventioJson.compact().write(JsonDocument.HISTORY, capped);
        assertThat(text).isEqualTo(ConventioJson.compact().write(JsonDocument.HISTORY, history));
        History read = ConventioJson.compact().read(JsonDocument.HISTORY, text);
        // Equal to the history it was written from, policies or not: they are not part of its equality.
        assertThat(read).isEqualTo(history).isEqualTo(capped);
        assertThat(read.policies()).isEmpty();
    }

    @Test
    void theSampleAmendmentHasEveryKindOfChange() {
        // The amendment round trip covers every kind of version 1 only if it holds one change of each;
        // the kinds version 2 alone writes have their own (TextVersionTwoTest, the time-history fixture,
        // MoneyVersionTwoTest and the money-history fixture).
        int kinds = ChangeTypes.byWireName(1).size();
        assertThat(Samples.amendment().changes()).extracting(change -> (Object) change.getClass().getSuperclass())
                .doesNotHaveDuplicates().hasSize(kinds)
                .containsExactlyInAnyOrderElementsOf(ChangeTypes.byWireName(1).values());
        assertThat(TextVersionTwoTest.amendment().changes()).extracting(change -> (Object) change.getClass().getSuperclass())
                .contains(dev.conventio.change.ModifyText.class);
    }

    @Test
    void compactOutputHasNoWhitespaceOutsideStrings() {
        String text = ConventioJson.compact().write(JsonDocument.CONVENTION, Samples.minimalConvention());
        assertThat(text).isEqualTo("{\"formatVersion\":2,\"document\":\"convention\",\"reference\":\"R-1\",\"object\":\"Objet\",\"parties\":["
                + "{\"id\":\"gip-crpv-paca\",\"name\":\"GIP CRPV PACA\",\"kind\":\"gip\",\"representative\":"
                + "{\"person\":{\"civility\":\"monsieur\",\"fullName\":\"Mustapha Berra\"},"
                + "\"title\":\"Directeur-Ordonnateur\",\"orDelegate\":false}},"
                + "{\"id\":\"commune-x\",\"name\":\"Commune X\",\"kind\":\"commune\",\"mandate\":"
                + "{\"decidingBody\":\"Conseil municipal\",\"deliberationNumber\":\"2020-15\",\"date\":\"2020-02-03\"}}],"
                + "\"concludedOn\":\"2021-01-04\",\"legalBases\":[],\"articles\":[],\"phases\":[],\"contributions\":[],"
                + "\"decisions\":[],\"signatures\":[]}");
    }

    @Test
    void prettyOutputIndentsByTwoSpacesWithLineFeedsAndEndsWithOne() {
        String text = ConventioJson.pretty().write(JsonDocument.AMENDMENT, Samples.unrecorded());
        assertThat(text).isEqualTo("{\n  \"formatVersion\": 2,\n  \"document\": \"amendment\",\n  \"type\": \"unrecorded-amendment\",\n"
                + "  \"number\": 1,\n  \"note\": \"Mentionné par l'avenant n° 2\"\n}\n");
    }

    @Test
    void prettyOutputWritesEmptyCollectionsWithoutInnerSpace() {
        String text = ConventioJson.pretty().write(JsonDocument.CONVENTION, Samples.minimalConvention());
        assertThat(text).contains("\"legalBases\": [],\n").doesNotContain("\r").doesNotContain("[ ]");
    }

    @Test
    void moneyIsWrittenAsAStringAtTheCurrencyScale() {
        String text = ConventioJson.compact().write(JsonDocument.CONVENTION, Samples.convention());
        assertThat(text).contains("{\"amount\":\"100000.00\",\"currency\":\"EUR\"}")
                .contains("{\"amount\":\"5000\",\"currency\":\"JPY\"}")
                .contains("{\"amount\":\"60000.50\",\"currency\":\"EUR\"}");
    }

    @Test
    void anAmendmentDocumentReadsBackAsTheSameKindOfRecord() throws Exception {
        AmendmentRecord read = ConventioJson.compact().read(JsonDocument.AMENDMENT,
                ConventioJson.compact().write(JsonDocument.AMENDMENT, Samples.unrecorded()));
        assertThat(read).isInstanceOf(dev.conventio.amendment.UnrecordedAmendment.class);
    }

    @Test
    void conventionDocumentStartsWithItsFormatVersion() {
        Convention convention = Samples.minimalConvention();
        assertThat(ConventioJson.compact().write(JsonDocument.CONVENTION, convention))
                .startsWith("{\"formatVersion\":2,\"document\":\"convention\",");
    }
}
