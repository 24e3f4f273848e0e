package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.amendment.Amendment;
import dev.conventio.date.PartialDate;
import dev.conventio.history.History;
import dev.conventio.history.Instrument;
import dev.conventio.history.TimelineEvent;
import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.JsonDocument;
import dev.conventio.signature.Signature;
import dev.conventio.testkit.junit.GeneratedSource;
import dev.conventio.testkit.stats.Classifier;
import dev.conventio.testkit.stats.Coverage;
import dev.conventio.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Next amendments signed on days known only to the month: accepted, with at most undetermined
 * outcomes, which the history keeps; and the generator reaches such outcomes.
 */
class SignedInPartTest {

    static Gen<History> histories() {
        return HistoryGen.histories();
    }

    @ParameterizedTest
    @GeneratedSource(value = "histories", count = 300)
    void anAmendmentSignedInPartIsAcceptedAndItsUndeterminedOutcomesAreKept(History history) {
        int count = history.amendments().size();
        Amendment next = HistoryGen.nextAmendmentsSignedInPart(history).sample(count, 6);

        List<Violation> outcomes = history.check(next);
        History longer = history.add(next);

        assertThat(next.signatures()).extracting(signature -> signature.signedOn().orElseThrow().precision())
                .containsOnly(PartialDate.Precision.MONTH);
        assertThat(next.lastSignatureDate()).isEmpty();
        assertThat(outcomes).allMatch(Violation::isUndetermined);
        assertThat(longer.amendments()).endsWith(next);
        assertThat(longer.undetermined()).isEqualTo(outcomes.stream()
                .map(outcome -> outcome.under("amendments[" + count + "]")).toList());
    }

    @ParameterizedTest
    @GeneratedSource(value = "histories", count = 200)
    void noOutputGivesADayThatTheSignaturesDidNotGive(History history) throws Exception {
        int count = history.amendments().size();
        Amendment next = HistoryGen.nextAmendmentsSignedInPart(history).sample(count, 6);
        History longer = history.add(next);
        Instrument instrument = Instrument.amendment(next.number());

        String json = ConventioJson.compact().write(JsonDocument.HISTORY, longer);
        String written = json.substring(json.lastIndexOf("{\"type\":\"amendment\",\"number\":" + next.number() + ","));

        assertThat(longer.timeline()).noneMatch(event -> event.instrument().equals(instrument)
                && event.kind() == TimelineEvent.Kind.SIGNATURE);
        for (Signature signature : next.signatures()) {
            String month = signature.signedOn().orElseThrow().toString();
            assertThat(month).matches("[0-9]{4}-[0-9]{2}");
            assertThat(written).contains("\"date\":\"" + month + "\"");
        }
        // Read back equal: each signature still dated to the month, no day made up on the way.
        assertThat(ConventioJson.compact().read(JsonDocument.HISTORY, json)).isEqualTo(longer);
    }

    @Test
    void someAmendmentsSignedInPartHaveUndeterminedOutcomesAndSomeNone() {
        Gen<List<Violation>> outcomes = HistoryGen.histories().flatMap(history -> HistoryGen
                .nextAmendmentsSignedInPart(history).map(history::check));
        Coverage.requireEvery(List.of("none", "some")).atLeastOnce().within(300)
                .of(outcomes, Classifier.of("undetermined outcomes", list -> list.isEmpty() ? "none" : "some"));
    }

    @Test
    void eachSignatureKeepsItsPartyAndItsMonth() {
        History history = HistoryGen.histories().sample(7, 6);
        Amendment whole = HistoryGen.nextAmendments(history).sample(3, 6);
        Amendment inPart = HistoryGen.nextAmendmentsSignedInPart(history).sample(3, 6);

        assertThat(inPart.signatures()).extracting(Signature::party)
                .isEqualTo(whole.signatures().stream().map(Signature::party).toList());
        assertThat(inPart.signatures()).extracting(signature -> signature.signedOn().orElseThrow().earliest()
                .orElseThrow().withDayOfMonth(1)).isEqualTo(whole.signatures().stream()
                .map(signature -> signature.date().orElseThrow().withDayOfMonth(1)).toList());
        assertThat(inPart.changes()).isEqualTo(whole.changes());
    }
}
