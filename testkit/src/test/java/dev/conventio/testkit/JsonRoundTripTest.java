package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.convention.Convention;
import dev.conventio.history.History;
import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.JsonDocument;
import dev.conventio.testkit.junit.GeneratedSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The JSON format round-trips every generated history: reading what was written gives the same
 * values, and the history they make is the same; writing again gives the same bytes.
 */
class JsonRoundTripTest {

    static Gen<History> histories() {
        return HistoryGen.histories();
    }

    @ParameterizedTest
    @GeneratedSource(value = "histories", count = 1000)
    void readingWhatWasWrittenGivesTheSameHistory(History history) throws Exception {
        ConventioJson json = ConventioJson.compact();
        byte[] base = json.writeBytes(JsonDocument.CONVENTION, history.base());
        Convention readBase = json.read(JsonDocument.CONVENTION, base);
        assertThat(readBase).isEqualTo(history.base());
        assertThat(json.writeBytes(JsonDocument.CONVENTION, readBase)).isEqualTo(base);
        List<AmendmentRecord> readAmendments = new ArrayList<>();
        for (AmendmentRecord record : history.amendments()) {
            String text = ConventioJson.pretty().write(JsonDocument.AMENDMENT, record);
            AmendmentRecord read = ConventioJson.pretty().read(JsonDocument.AMENDMENT, text);
            assertThat(read).isEqualTo(record);
            assertThat(ConventioJson.pretty().write(JsonDocument.AMENDMENT, read)).isEqualTo(text);
            readAmendments.add(read);
        }
        History read = History.of(readBase, readAmendments);
        assertThat(read.amendments()).isEqualTo(history.amendments());
        assertThat(read.asOf(history.base().concludedOn()).convention())
                .isEqualTo(history.asOf(history.base().concludedOn()).convention());
    }
}
