package dev.conventio.history;

import static dev.conventio.history.Fixtures.BASE_END;
import static dev.conventio.history.Fixtures.CONCLUDED;
import static dev.conventio.history.Fixtures.amendment;
import static dev.conventio.history.Fixtures.base;
import static dev.conventio.history.Fixtures.signature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentCodes;
import dev.conventio.amendment.KnownFrom;
import dev.conventio.change.ChangeObject;
import dev.conventio.date.PartialDate;
import dev.conventio.validation.CommonCodes;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An amendment known from a later instrument (« prolongée par l'avenant n° 1 du 20 juin 2018 »):
 * recorded with its changes, signed by all parties on the day that instrument gives, by signatories
 * it does not name; in force from what is known, and flagged as known that way.
 */
class KnownFromTest {

    private static final String SOURCE = "préambule de l'avenant n° 2";

    private static Amendment knownFrom(PartialDate signedOn) {
        return amendment(1, BASE_END, ChangeObject.of("1", "Objet modifié"))
                .knownFrom(KnownFrom.of(SOURCE, signedOn)).build();
    }

    @Test
    void anAmendmentKnownToTheDayIsSignedByAllAndInForceFromThatDay() {
        Amendment recalled = knownFrom(PartialDate.of(LocalDate.of(2019, 10, 1)));
        assertThat(recalled.isDraft()).isFalse();
        assertThat(recalled.lastSignatureDate()).contains(LocalDate.of(2019, 10, 1));
        History history = History.of(base(), List.of(recalled));
        assertThat(history.asOf(LocalDate.of(2019, 9, 30)).amendmentsInForce()).isEmpty();
        ConsolidatedConvention view = history.asOf(LocalDate.of(2019, 10, 1));
        assertThat(view.amendmentsInForce()).containsExactly(1);
        assertThat(view.object().value()).isEqualTo("Objet modifié");
        assertThat(view.object().provenance()).isEqualTo(Provenance.of(Instrument.amendment(1), "1"));
        assertThat(history.timeline()).filteredOn(event -> event.instrument().equals(Instrument.amendment(1)))
                .extracting(TimelineEvent::date, TimelineEvent::kind, TimelineEvent::description).contains(
                        tuple(LocalDate.of(2019, 10, 1), TimelineEvent.Kind.SIGNATURE,
                                "amendment n° 1 signed by all parties, known from " + SOURCE),
                        tuple(LocalDate.of(2019, 10, 1), TimelineEvent.Kind.ENTRY_INTO_FORCE,
                                "amendment n° 1 takes effect, known from " + SOURCE));
    }

    @Test
    void anAmendmentKnownToTheYearIsSignedButNotPlacedOnAnyDay() {
        Amendment recalled = knownFrom(PartialDate.of(Year.of(2019)));
        assertThat(recalled.isDraft()).isFalse();
        assertThat(recalled.lastSignatureDate()).isEmpty();
        History history = History.of(base(), List.of(recalled));
        assertThat(history.asOf(LocalDate.of(2020, 6, 1)).amendmentsInForce()).isEmpty();
        // No day is invented: neither a signature nor an entry into force appears in the timeline.
        assertThat(history.timeline()).noneMatch(event -> event.instrument().equals(Instrument.amendment(1)));
    }

    @Test
    void itRecordsNoSignatureSinceItsSourceNamesNoSignatory() {
        assertThatThrownBy(() -> amendment(1, BASE_END).knownFrom(KnownFrom.of(SOURCE,
                PartialDate.of(LocalDate.of(2019, 10, 1)))).addSignature(signature(Fixtures.GIP,
                        LocalDate.of(2019, 10, 1))).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code, Violation::path)
                        .containsExactly(tuple(AmendmentCodes.KNOWN_FROM_SIGNED, "signatures")));
    }

    @Test
    void itsSourceIsNotBlank() {
        assertThatThrownBy(() -> KnownFrom.of(" ", PartialDate.unknown()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code, Violation::path)
                        .containsExactly(tuple(CommonCodes.TEXT_BLANK, "source")));
    }

    @Test
    void itsDayIsCheckedAgainstTheConventionsConclusionAndEndAtItsMember() {
        History empty = History.of(base());
        assertThat(empty.check(knownFrom(PartialDate.of(CONCLUDED.minusDays(1)))))
                .extracting(Violation::code, Violation::path)
                .containsExactly(tuple(HistoryCodes.AMENDMENT_BEFORE_CONVENTION, "knownFrom.signedOn"));
        assertThat(empty.check(knownFrom(PartialDate.of(Year.of(CONCLUDED.getYear())))))
                .extracting(Violation::code, Violation::path, Violation::isUndetermined)
                .containsExactly(tuple(HistoryCodes.AMENDMENT_BEFORE_CONVENTION, "knownFrom.signedOn", true));
        assertThat(empty.check(knownFrom(PartialDate.of(BASE_END.plusDays(1)))))
                .extracting(Violation::code, Violation::path)
                .contains(tuple(HistoryCodes.AMENDMENT_AFTER_CONVENTION_END, "knownFrom.signedOn"));
        assertThat(empty.check(knownFrom(PartialDate.of(LocalDate.of(2019, 10, 1))))).isEmpty();
    }
}
