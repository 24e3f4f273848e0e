package dev.conventio.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.conventio.convention.Convention;
import dev.conventio.format.FormatVersions;
import dev.conventio.history.History;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Money, actions and targets in format version 2 through the Jackson adapter: the documents read
 * back equal and follow the version-2 schema, which rejects what the reader rejects.
 */
class MoneyVersionTwoTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ConventioJson V2 = ConventioJson.compact().writing(2);
    private static final String HISTORY = V2.write(JsonDocument.HISTORY, Samples.history());
    private static final String FIRST_CHANGE = "\"changes\":[{\"type\":\"change-contribution-amount\"";
    private static final String PART = "{\"id\":\"part-1\",\"contributor\":\"metropole-amp\",\"beneficiary\":"
            + "\"gip-crpv-paca\",\"amount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},\"nature\":\"loan\","
            + "\"origin\":\"phase-3-2020\",\"schedule\":[]}";

    private static JsonSchema schema(int version) throws Exception {
        try (InputStream in = FormatVersions.schema(version).openStream()) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    /** One change of each kind that version 2 adds, in the sample history's amendment. */
    static Stream<String> changes() {
        return Stream.of(
                "{\"type\":\"add-action\",\"article\":\"1\",\"action\":{\"id\":\"action-3\",\"title\":\"Capitalisation\"}}",
                "{\"type\":\"replace-action\",\"article\":\"1\",\"action\":{\"id\":\"action-1\",\"title\":\"T\","
                        + "\"description\":\"D\"}}",
                "{\"type\":\"remove-action\",\"article\":\"1\",\"action\":\"action-2\"}",
                "{\"type\":\"add-target\",\"article\":\"1\",\"target\":{\"id\":\"t\",\"title\":\"Logements\",\"quantity\":"
                        + "{\"value\":\"12.5\",\"unit\":\"logements\",\"approximate\":true},\"period\":\"by 2026-09\","
                        + "\"phase\":1,\"source\":\"article 2\"}}",
                "{\"type\":\"replace-target\",\"article\":\"1\",\"target\":{\"id\":\"t\",\"title\":\"Logements\","
                        + "\"quantity\":{\"value\":\"700\",\"unit\":\"logements\"},\"period\":\"over 2020-2022\","
                        + "\"action\":\"action-1\"}}",
                "{\"type\":\"remove-target\",\"article\":\"1\",\"target\":\"t\"}",
                "{\"type\":\"split-contribution\",\"article\":\"1\",\"contribution\":\"phase-3-2020\",\"parts\":[" + PART
                        + "," + PART.replace("part-1", "part-2") + "]}",
                "{\"type\":\"transfer-money\",\"article\":\"1\",\"transfer\":{\"from\":{\"type\":\"other-convention\","
                        + "\"convention\":{\"reference\":\"ANRU\"}},\"to\":{\"type\":\"contribution\",\"contribution\":\"phase-3-2020\"},"
                        + "\"amount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},\"kind\":\"redeployment\",\"year\":2020,"
                        + "\"reason\":\"redéploiement\"}}",
                "{\"type\":\"set-yearly-amount\",\"article\":\"1\",\"contribution\":\"phase-3-2020\",\"amount\":{\"year\":"
                        + "2020,\"firmness\":\"forecast\",\"inferredFrom\":\"une délibération\"}}");
    }

    @ParameterizedTest
    @MethodSource("changes")
    void eachNewKindOfChangeFollowsTheVersion2SchemaAndNotVersion1s(String change) throws Exception {
        String text = RejectionTest.replace(HISTORY, FIRST_CHANGE, "\"changes\":[" + change
                + ",{\"type\":\"change-contribution-amount\"");
        assertThat(schema(2).validate(MAPPER.readTree(text))).isEmpty();
        assertThat(schema(1).validate(MAPPER.readTree(text.replace("\"formatVersion\":2,\"document\":\"history\",",
                "\"formatVersion\":1,")))).isNotEmpty();
    }

    @Test
    void aConventionWithMoneyActionsAndTargetsReadsBackEqualAndFollowsItsSchema() throws Exception {
        Convention convention = MoneyViolationCases.convention();
        String text = V2.write(JsonDocument.CONVENTION, convention);
        assertThat(V2.read(JsonDocument.CONVENTION, text)).isEqualTo(convention);
        assertThat(ConventioJson.pretty().writing(2).read(JsonDocument.CONVENTION,
                ConventioJson.pretty().writing(2).write(JsonDocument.CONVENTION, convention))).isEqualTo(convention);
        assertThat(schema(2).validate(MAPPER.readTree(text))).isEmpty();
        String consolidated = V2.writeConsolidated(History.of(convention).asOf(LocalDate.of(2020, 6, 30)));
        assertThat(consolidated).contains("\"actions\":[{\"instrument\":\"base\"},{\"instrument\":\"base\"}]");
        assertThat(schema(2).validate(MAPPER.readTree(consolidated))).isEmpty();
    }

    @Test
    void theVersion2SchemaRejectsWhatTheReaderRejects() throws Exception {
        String text = V2.write(JsonDocument.CONVENTION, MoneyViolationCases.convention());
        for (String[] broken : new String[][] {{"\"portion\":\"1/3\"", "\"portion\":\"0.33\""},
                {"\"nature\":\"operating-grant\"", "\"nature\":\"OPERATING_GRANT\""},
                {"\"year\":2020", "\"year\":\"2020\""}, {"\"period\":\"per-year\"", "\"period\":\"annuel\""},
                {"\"raeNumber\":\"12345\"", "\"raeNumber\":\"123456\""}, {"\"firmness\":\"firm\"", "\"firmness\":\"sure\""}}) {
            assertThat(schema(2).validate(MAPPER.readTree(RejectionTest.replace(text, broken[0], broken[1]))))
                    .as(broken[1]).isNotEmpty();
        }
    }
}
