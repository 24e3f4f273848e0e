package dev.conventio.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.convention.Convention;
import dev.conventio.date.PartialDate;
import dev.conventio.governance.CommitteeDecision;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Committee decisions dated in part: version 2 writes and reads the date as given; version 1 refuses it. */
class DecisionDatesTest {

    private static Convention withDecisionOfJune2019() {
        return Samples.convention().toBuilder().decisions(List.of(CommitteeDecision.of(
                PartialDate.of(YearMonth.of(2019, 6)), "Comité de juin", 2))).build();
    }

    @Test
    void versionTwoWritesTheMonthAsGivenAndReadsItBack() throws Exception {
        Convention convention = withDecisionOfJune2019();
        String json = ConventioJson.compact().write(JsonDocument.CONVENTION, convention);
        assertThat(json).contains("\"decisions\":[{\"date\":\"2019-06\",\"statement\":\"Comité de juin\"");
        assertThat(ConventioJson.compact().read(JsonDocument.CONVENTION, json)).isEqualTo(convention);
    }

    @Test
    void versionOneHasNoDateKnownInPart() {
        assertThatThrownBy(() -> ConventioJson.compact().writing(1).write(JsonDocument.CONVENTION,
                withDecisionOfJune2019()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2019-06")
                .hasMessageContaining("format version 1");
        String v1 = ConventioJson.compact().writing(1).write(JsonDocument.CONVENTION, Samples.convention());
        assertThatThrownBy(() -> ConventioJson.compact().read(JsonDocument.CONVENTION,
                v1.replace("\"date\":\"2019-03-21\",\"statement\"", "\"date\":\"2019-03\",\"statement\"")))
                .isInstanceOf(ConventioJsonException.class);
    }
}
