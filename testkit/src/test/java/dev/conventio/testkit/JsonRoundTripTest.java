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
        // The history in the compact form, each amendment on its own in the pretty form: both forms
        // are exercised without paying for both on every document.
        byte[] written = ConventioJson.compact().writeBytes(JsonDocument.HISTORY, history);
        History read = ConventioJson.compact().read(JsonDocument.HISTORY, written);
        assertThat(read.base()).isEqualTo(history.base());
        assertThat(read.amendments()).isEqualTo(history.amendments());
        assertThat(ConventioJson.compact().writeBytes(JsonDocument.HISTORY, read)).isEqualTo(written);
        for (AmendmentRecord record : history.amendments()) {
            String text = ConventioJson.pretty().write(JsonDocument.AMENDMENT, record);
            AmendmentRecord readRecord = ConventioJson.pretty().read(JsonDocument.AMENDMENT, text);
            assertThat(readRecord).isEqualTo(record);
            assertThat(ConventioJson.pretty().write(JsonDocument.AMENDMENT, readRecord)).isEqualTo(text);
        }
    }
}
