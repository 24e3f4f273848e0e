package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.amendment.Amendment;
import dev.conventio.change.Change;
import dev.conventio.history.History;
import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.JsonDocument;
import dev.conventio.testkit.junit.GeneratedSource;
import dev.conventio.testkit.stats.Classifier;
import dev.conventio.testkit.stats.Coverage;
import dev.conventio.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * A change with an end of its own applies until that day and not after, while the rest of its
 * amendment stays in force: on its last day the history reads as with the change, the next day as
 * without it.
 */
class ChangeOfLimitedDurationTest {

    static Gen<History> histories() {
        return HistoryGen.histories();
    }

    @ParameterizedTest
    @GeneratedSource(value = "histories", count = 200)
    void aChangeAppliesUntilItsOwnEndAndTheRestOfItsAmendmentAfter(History history) throws Exception {
        int count = history.amendments().size();
        Amendment limited = HistoryGen.nextAmendmentsWithAChangeOfLimitedDuration(history).sample(count, 6);
        Optional<Change> ending = limited.changes().stream().filter(change -> change.until().isPresent()).findFirst();
        if (ending.isEmpty()) {
            return;   // every change of this one is lasting
        }
        LocalDate until = ending.get().until().orElseThrow();
        List<Change> without = new ArrayList<>(limited.changes());
        without.remove(ending.get());
        // The same amendment drawn without the end: the generator only gave that change its last day.
        Amendment withIt = HistoryGen.nextAmendments(history).sample(count, 6);
        assertThat(withIt.changes()).hasSameSizeAs(limited.changes());
        Amendment withoutIt = Amendment.builder().from(limited).changes(without).build();
        if (!Violation.certainOf(history.check(limited)).isEmpty() || !Violation.certainOf(history.check(withoutIt))
                .isEmpty()) {
            return;   // the rest of the amendment needs the change after its end: rejected, as it must be
        }
        History longer = history.add(limited);

        assertThat(longer.asOf(until).convention()).isEqualTo(history.add(withIt).asOf(until).convention());
        LocalDate next = until.plusDays(1);
        if (longer.asOf(next).amendmentsInForce().contains(limited.number())) {
            assertThat(longer.asOf(next).convention()).isEqualTo(history.add(withoutIt).asOf(next).convention());
        }
        String json = ConventioJson.compact().write(JsonDocument.HISTORY, longer);
        assertThat(json).contains("\"until\":\"" + until + "\"");
        assertThat(ConventioJson.compact().read(JsonDocument.HISTORY, json)).isEqualTo(longer);
    }

    @Test
    void mostAmendmentsWithAChangeOfLimitedDurationAreAccepted() {
        Gen<String> verdicts = HistoryGen.histories().flatMap(history -> HistoryGen
                .nextAmendmentsWithAChangeOfLimitedDuration(history).map(amendment ->
                        amendment.changes().stream().noneMatch(change -> change.until().isPresent()) ? "no end"
                                : Violation.certainOf(history.check(amendment)).isEmpty() ? "accepted" : "rejected"));
        Coverage.requireEvery(List.of("accepted")).atLeastOnce().within(200)
                .of(verdicts, Classifier.of("verdict", verdict -> verdict));
    }
}
