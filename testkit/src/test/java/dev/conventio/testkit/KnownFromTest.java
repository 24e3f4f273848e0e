package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.amendment.Amendment;
import dev.conventio.history.History;
import dev.conventio.history.Instrument;
import dev.conventio.history.TimelineEvent;
import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.JsonDocument;
import dev.conventio.testkit.junit.GeneratedSource;
import dev.conventio.validation.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Next amendments known only from a later instrument: accepted without signatures, in force from
 * the day that instrument gives, flagged as known that way, and written and read back as they are.
 */
class KnownFromTest {

    static Gen<History> histories() {
        return HistoryGen.histories();
    }

    @ParameterizedTest
    @GeneratedSource(value = "histories", count = 200)
    void anAmendmentKnownFromALaterInstrumentIsInForceFromTheDayItGives(History history) throws Exception {
        int count = history.amendments().size();
        Amendment next = HistoryGen.nextAmendmentsKnownFromALaterInstrument(history).sample(count, 6);
        LocalDate day = next.knownFrom().orElseThrow().signedOn().date().orElseThrow();

        assertThat(next.signatures()).isEmpty();
        assertThat(history.check(next)).noneMatch(outcome -> !outcome.isUndetermined());
        History longer = history.add(next);
        Instrument instrument = Instrument.amendment(next.number());

        assertThat(longer.timeline()).filteredOn(event -> event.instrument().equals(instrument)
                && event.kind() == TimelineEvent.Kind.SIGNATURE).singleElement()
                .satisfies(event -> {
                    assertThat(event.date()).isEqualTo(day);
                    assertThat(event.description()).contains("known from " + next.knownFrom().get().source());
                });
        LocalDate start = next.term().start().startDate(next.lastSignatureDate()).orElseThrow();
        assertThat(longer.asOf(start).amendmentsInForce()).contains(next.number());
        String json = ConventioJson.compact().write(JsonDocument.HISTORY, longer);
        assertThat(ConventioJson.compact().read(JsonDocument.HISTORY, json)).isEqualTo(longer);
    }

    @Test
    void itChangesWhatTheSameAmendmentSignedInItsOwnTextWouldChange() {
        History history = HistoryGen.histories().sample(11, 6);
        Amendment signed = HistoryGen.nextAmendments(history).sample(5, 6);
        Amendment known = HistoryGen.nextAmendmentsKnownFromALaterInstrument(history).sample(5, 6);

        assertThat(known.changes()).isEqualTo(signed.changes());
        assertThat(known.knownFrom().orElseThrow().signedOn().date()).isEqualTo(signed.lastSignatureDate());
        LocalDate start = signed.term().start().startDate(signed.lastSignatureDate()).orElseThrow();
        assertThat(history.add(known).asOf(start).convention()).isEqualTo(history.add(signed).asOf(start).convention());
        assertThat(Violation.certainOf(history.check(known))).isEmpty();
    }
}
