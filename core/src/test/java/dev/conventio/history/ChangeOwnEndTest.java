package dev.conventio.history;

import static dev.conventio.history.Fixtures.BASE_END;
import static dev.conventio.history.Fixtures.base;
import static dev.conventio.history.Fixtures.contribution;
import static dev.conventio.history.Fixtures.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.conventio.change.AddContribution;
import dev.conventio.change.ChangeCodes;
import dev.conventio.change.ChangeContributionAmount;
import dev.conventio.change.ChangeObject;
import dev.conventio.change.ProlongTerm;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A change with an end of its own (« pour l'année 2019 ») applies until that day; from the next its
 * amendment stays in force without it.
 */
class ChangeOwnEndTest {

    private static final LocalDate SIGNED = LocalDate.of(2019, 6, 1);
    private static final LocalDate END_OF_2019 = LocalDate.of(2019, 12, 31);

    @Test
    void aChangeWithItsOwnEndLapsesWhileTheRestOfItsAmendmentStays() {
        History history = History.of(base(), List.of(signed(1, SIGNED, BASE_END,
                ChangeObject.of("1", "Objet pour 2019").withUntil(END_OF_2019),
                ChangeContributionAmount.of("2", "phase-1", Money.parse("EUR 60000"), List.of()))));

        ConsolidatedConvention lastDay = history.asOf(END_OF_2019);
        assertThat(lastDay.object().value()).isEqualTo("Objet pour 2019");
        assertThat(lastDay.object().provenance()).isEqualTo(Provenance.of(Instrument.amendment(1), "1"));

        ConsolidatedConvention after = history.asOf(END_OF_2019.plusDays(1));
        assertThat(after.amendmentsInForce()).containsExactly(1);
        assertThat(after.object().value()).isEqualTo("Évaluation des contrats de ville");
        assertThat(after.object().provenance()).isEqualTo(Provenance.base());
        assertThat(after.contribution("phase-1").orElseThrow().value().amount()).contains(Money.parse("EUR 60000"));
        assertThat(history.timeline()).extracting(TimelineEvent::date, TimelineEvent::kind, TimelineEvent::description)
                .contains(tuple(END_OF_2019, TimelineEvent.Kind.LAPSE,
                        "last day a change of amendment n° 1, article 1, is in force"));
    }

    @Test
    void aLaterAmendmentSeesTheStateAfterTheChangeLapsed() {
        History history = History.of(base(), List.of(signed(1, SIGNED, BASE_END,
                ChangeObject.of("1", "Objet pour 2019").withUntil(END_OF_2019))));
        // Checked on its signature in 2020: the object of amendment 1 has lapsed, the base's stands.
        History longer = history.add(signed(2, LocalDate.of(2020, 3, 1), BASE_END,
                ChangeContributionAmount.of("2", "phase-1", Money.parse("EUR 55000"), List.of())));
        assertThat(longer.asOf(LocalDate.of(2020, 3, 1)).object().value()).isEqualTo("Évaluation des contrats de ville");
        assertThat(longer.asOf(LocalDate.of(2020, 3, 1)).amendmentsInForce()).containsExactly(1, 2);
    }

    @Test
    void theRestOfTheAmendmentIsCheckedOnTheDayAChangeLapses() {
        // The contribution added for 2019 no longer exists in 2020, when the amendment still changes its amount.
        List<Violation> violations = History.of(base()).check(signed(1, SIGNED, BASE_END,
                AddContribution.of("2", contribution("phase-2019", "EUR 1000", 2019)).withUntil(END_OF_2019),
                ChangeContributionAmount.of("2", "phase-2019", Money.parse("EUR 2000"), List.of())));
        assertThat(violations).extracting(Violation::code, Violation::path)
                .containsExactly(tuple(HistoryCodes.CHANGE_TARGET_MISSING, "changes[1]"));
        assertThat(violations.get(0).message()).contains("2020-01-01");
    }

    @Test
    void aChangeThatEndsBeforeItsAmendmentTakesEffectIsReportedAtItsEnd() {
        assertThat(History.of(base()).check(signed(1, SIGNED, BASE_END,
                ChangeObject.of("1", "Objet").withUntil(SIGNED.minusDays(1)))))
                .extracting(Violation::code, Violation::path)
                .containsExactly(tuple(HistoryCodes.CHANGE_ENDS_BEFORE_EFFECT, "changes[0].until"));
        assertThat(History.of(base()).check(signed(1, SIGNED, BASE_END,
                ChangeObject.of("1", "Objet").withUntil(SIGNED)))).isEmpty();
    }

    @Test
    void aChangeOfTheTermOrATerminationHasNoEndOfItsOwn() {
        ProlongTerm prolongation = ProlongTerm.of("3", Period.ofYears(1));
        assertThat(prolongation.isLasting()).isTrue();
        assertThat(ChangeObject.of("1", "Objet").isLasting()).isFalse();
        assertThatThrownBy(() -> prolongation.withUntil(END_OF_2019))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code, Violation::path)
                        .containsExactly(tuple(ChangeCodes.UNTIL_ON_LASTING_CHANGE, "until")));
    }
}
