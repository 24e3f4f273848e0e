package dev.conventio.examples.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.amendment.Amendment;
import dev.conventio.history.History;
import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.JsonDocument;
import dev.conventio.testkit.ConventionGen;
import dev.conventio.testkit.Gen;
import dev.conventio.testkit.HistoryGen;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A property a user of the format would write: every valid history, as the testkit generates them,
 * survives the trip through JSON, in both forms; a failing seed replays the case.
 */
class GeneratedHistoriesJsonTest {

    private static final Gen<History> HISTORIES = ConventionGen.conventions()
            .flatMap(convention -> HistoryGen.records(convention).map(records -> History.of(convention, records)));

    private static final int SIZE = 8;

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @Test
    void theSeedsGiveHistoriesWithRecordedAmendmentsAndChanges() {
        // The property says little if the histories are empty: most seeds must give amendments with changes.
        long withChanges = seeds().mapToObj(seed -> HISTORIES.sample(seed, SIZE))
                .filter(history -> history.amendments().stream().anyMatch(record -> record instanceof Amendment
                        && !((Amendment) record).changes().isEmpty()))
                .count();
        assertThat(withChanges).isGreaterThan(100);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aGeneratedHistoryReadsBackEqual(long seed) throws Exception {
        History history = HISTORIES.sample(seed, SIZE);
        for (ConventioJson json : new ConventioJson[] {ConventioJson.compact(), ConventioJson.pretty()}) {
            String text = json.write(JsonDocument.HISTORY, history);
            History read = json.read(JsonDocument.HISTORY, text);
            assertThat(read).as("seed %d", seed).isEqualTo(history);
            assertThat(json.write(JsonDocument.HISTORY, read)).as("seed %d", seed).isEqualTo(text);
        }
    }
}
