package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.convention.Convention;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.history.History;
import dev.conventio.history.TimelineEvent;
import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.JsonDocument;
import dev.conventio.testkit.junit.GeneratedSource;
import dev.conventio.testkit.stats.Classifier;
import dev.conventio.testkit.stats.Coverage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Committee decisions dated to the month, the year or not at all: no output gives them a day —
 * neither the timeline nor the JSON — and the generators produce each form.
 */
class DecisionsInPartTest {

    static Gen<Convention> conventions() {
        return ConventionGen.conventions();
    }

    @ParameterizedTest
    @GeneratedSource(value = "conventions", count = 300)
    void noOutputGivesADayThatADecisionDidNotGive(Convention convention) throws Exception {
        History history = History.of(convention);
        long dated = convention.decisions().stream().filter(decision -> decision.date().isPresent()).count();
        assertThat(history.timeline()).filteredOn(event -> event.kind() == TimelineEvent.Kind.COMMITTEE_DECISION)
                .hasSize((int) dated);
        String json = ConventioJson.compact().write(JsonDocument.CONVENTION, convention);
        for (CommitteeDecision decision : convention.decisions()) {
            assertThat(json).contains("{\"date\":\"" + decision.decidedOn() + "\",\"statement\":");
        }
        assertThat(ConventioJson.compact().read(JsonDocument.CONVENTION, json)).isEqualTo(convention);
    }

    @Test
    void theGeneratorsDateDecisionsToTheDayTheMonthTheYearOrNotAtAll() {
        Coverage.requireEvery(List.of("DAY", "MONTH", "YEAR", "UNKNOWN")).atLeastOnce().within(600)
                .of(conventions().flatMap(convention -> Gen.elements(convention.decisions().isEmpty()
                        ? List.of("none") : convention.decisions().stream().map(decision ->
                                decision.decidedOn().precision().name()).toList())),
                        Classifier.of("decision dates", kind -> kind));
    }
}
