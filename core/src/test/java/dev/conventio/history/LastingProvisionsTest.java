package dev.conventio.history;

import static dev.conventio.history.Fixtures.BASE_END;
import static dev.conventio.history.Fixtures.GIP;
import static dev.conventio.history.Fixtures.METROPOLE;
import static dev.conventio.history.Fixtures.amendment;
import static dev.conventio.history.Fixtures.base;
import static dev.conventio.history.Fixtures.signature;
import static dev.conventio.history.Fixtures.signed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.amendment.Amendment;
import dev.conventio.change.ChangeContributionAmount;
import dev.conventio.change.ChangeTermEnd;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * What an amendment changes lasts as long as the convention unless the amendment has an end of its
 * own; and even then, a change of the convention's term outlives it.
 */
class LastingProvisionsTest {

    private static final LocalDate SIGNED = LocalDate.of(2019, 6, 3);
    private static final LocalDate LIMITED_END = LocalDate.of(2019, 12, 31);
    private static final Money RAISED = Money.parse("EUR 65000");
    private static final Money BASE_AMOUNT = Money.parse("EUR 50000");

    /** Signed by both parties on {@link #SIGNED}, in force from then on, without an end of its own. */
    private static Amendment openEnded(int number, ChangeContributionAmount change) {
        return amendment(number, BASE_END, change).term(Term.of(StartRule.onSignatureByAllParties()))
                .addSignature(signature(METROPOLE, SIGNED.minusDays(3))).addSignature(signature(GIP, SIGNED)).build();
    }

    private static ChangeContributionAmount raise() {
        return ChangeContributionAmount.of("2", "phase-1", RAISED, List.of());
    }

    @Test
    void anAmendmentWithoutAnEndOfItsOwnLastsAsLongAsTheConvention() {
        History history = History.of(base(), List.of(openEnded(1, raise())));
        assertThat(history.asOf(BASE_END).convention().contribution("phase-1").orElseThrow().amount()).contains(RAISED);
        assertThat(history.asOf(BASE_END).amendmentsInForce()).containsExactly(1);
        assertThat(history.timeline()).noneMatch(event -> event.kind() == TimelineEvent.Kind.LAPSE);
    }

    @Test
    void aTimeLimitedAmendmentsProvisionsRevertWhenItEnds() {
        History history = History.of(base(), List.of(signed(1, SIGNED, LIMITED_END, raise())));
        assertThat(history.asOf(LIMITED_END).convention().contribution("phase-1").orElseThrow().amount())
                .contains(RAISED);
        ConsolidatedConvention after = history.asOf(LIMITED_END.plusDays(1));
        assertThat(after.convention().contribution("phase-1").orElseThrow().amount()).contains(BASE_AMOUNT);
        assertThat(after.amendmentsInForce()).isEmpty();
        assertThat(history.timeline()).anyMatch(event -> event.kind() == TimelineEvent.Kind.LAPSE
                && event.date().equals(LIMITED_END));
    }

    @Test
    void aShorteningIsNotUndoneWhenTheAmendmentThatMadeItEnds() {
        LocalDate shortened = LocalDate.of(2020, 6, 30);
        History history = History.of(base(), List.of(signed(1, SIGNED, LIMITED_END,
                ChangeTermEnd.of("3", TermEnd.on(shortened)))));
        assertThat(history.asOf(LocalDate.of(2019, 7, 1)).convention().term().orElseThrow().end())
                .contains(TermEnd.on(shortened));
        ConsolidatedConvention after = history.asOf(LocalDate.of(2020, 3, 1));
        assertThat(after.amendmentsInForce()).isEmpty();
        assertThat(after.convention().term().orElseThrow().end()).contains(TermEnd.on(shortened));
        assertThat(after.term().orElseThrow().provenance()).isEqualTo(Provenance.of(Instrument.amendment(1), "3"));
    }
}
