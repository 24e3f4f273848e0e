package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.history.History;
import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.JsonDocument;
import dev.conventio.testkit.junit.GeneratedSource;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The JSON format round-trips every generated history: reading what was written gives the same
 * base and amendments, for the history as a whole and for each amendment on its own, and writing
 * what was read gives the same bytes.
 */
class JsonRoundTripTest {

    static Gen<History> histories() {
        return HistoryGen.histories();
    }

    @ParameterizedTest
    @GeneratedSource(value = "histories", count = 1000)
    void readingWhatWasWrittenGivesTheSameHistory(History history) throws Exception {
        for (ConventioJson json : new ConventioJson[] {ConventioJson.compact(), ConventioJson.pretty()}) {
            byte[] written = json.writeBytes(JsonDocument.HISTORY, history);
            History read = json.read(JsonDocument.HISTORY, written);
            assertThat(read.base()).isEqualTo(history.base());
            assertThat(read.amendments()).isEqualTo(history.amendments());
            assertThat(json.writeBytes(JsonDocument.HISTORY, read)).isEqualTo(written);
        }
        for (AmendmentRecord record : history.amendments()) {
            String text = ConventioJson.compact().write(JsonDocument.AMENDMENT, record);
            assertThat(ConventioJson.compact().read(JsonDocument.AMENDMENT, text)).isEqualTo(record);
        }
    }
}
