package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.convention.Convention;
import dev.conventio.date.PartialDate;
import dev.conventio.history.History;
import dev.conventio.history.Life;
import dev.conventio.history.TimelineEvent;
import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.JsonDocument;
import dev.conventio.term.StartRule;
import dev.conventio.testkit.junit.GeneratedSource;
import dev.conventio.testkit.stats.Classifier;
import dev.conventio.testkit.stats.Coverage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Conventions concluded on a date known only to the month, the year, or not at all: valid, read
 * back as written, never given a day, and the base of histories the generators plan from what is
 * known.
 */
class ConcludedInPartTest {

    static Gen<Convention> conventions() {
        return ConventionGen.conventionsConcludedInPart();
    }

    @ParameterizedTest
    @GeneratedSource(value = "conventions", count = 200)
    void noOutputGivesTheConclusionADay(Convention convention) throws Exception {
        PartialDate concluded = convention.concludedOn();
        History history = History.of(convention);

        assertThat(concluded.precision()).isNotEqualTo(PartialDate.Precision.DAY);
        assertThat(convention.conclusionDate()).isEmpty();
        assertThat(history.timeline()).noneMatch(event -> event.kind() == TimelineEvent.Kind.CONCLUSION);
        String json = ConventioJson.compact().write(JsonDocument.CONVENTION, convention);
        assertThat(json).contains("\"concludedOn\":\"" + concluded + "\"");
        assertThat(ConventioJson.compact().read(JsonDocument.CONVENTION, json)).isEqualTo(convention);
    }

    @ParameterizedTest
    @GeneratedSource(value = "conventions", count = 200)
    void aConventionThatTakesEffectOnItsConclusionIsNeverSaidInForceOrNot(Convention convention) {
        boolean onConclusion = convention.term().isEmpty()
                || convention.term().get().start().kind() == StartRule.Kind.ON_SIGNATURE_BY_ALL_PARTIES;
        History history = History.of(convention);
        for (LocalDate day : List.of(LocalDate.of(2014, 6, 1), LocalDate.of(2020, 1, 1), LocalDate.of(2040, 1, 1))) {
            Life life = history.asOf(day).life();
            if (onConclusion) {
                assertThat(life.status()).as(day.toString()).isEqualTo(Life.Status.UNDETERMINED);
                assertThat(life.day()).as("no first or last day in force without the conclusion's").isEmpty();
            }
        }
    }

    @ParameterizedTest
    @GeneratedSource(value = "conventions", count = 100)
    void theHistoriesPlannedFromWhatIsKnownAreAccepted(Convention convention) {
        // Concluded in 2015 and in force until 2015-12-31: known so far, it may have been concluded
        // on its last day, and no amendment can be planned after it without inventing a day.
        if (ChronoUnit.DAYS.between(Conclusions.from(convention), Standing.lastDay(convention)) < 1) {
            assertThatThrownBy(() -> HistoryGen.records(convention)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("convention " + convention.identification()
                            + " is in force for less than two days: no amendment can be planned");
            return;
        }
        List<AmendmentRecord> records = HistoryGen.records(convention).sample(convention.hashCode(), 6);

        History history = History.of(convention, records);

        assertThat(history.amendments()).isEqualTo(records);
    }

    @Test
    void everyPrecisionButTheDayIsDrawn() {
        Coverage.requireEvery(List.of("MONTH", "YEAR", "UNKNOWN")).atLeastOnce().within(100)
                .of(conventions(), Classifier.of("precision", c -> c.concludedOn().precision().name()));
    }
}
