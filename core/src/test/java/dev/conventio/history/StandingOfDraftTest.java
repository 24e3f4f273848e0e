package dev.conventio.history;

import static dev.conventio.history.Fixtures.CONCLUDED;
import static dev.conventio.history.Fixtures.GIP;
import static dev.conventio.history.Fixtures.METROPOLE;
import static dev.conventio.history.Fixtures.amendment;
import static dev.conventio.history.Fixtures.base;
import static dev.conventio.history.Fixtures.draft;
import static dev.conventio.history.Fixtures.signature;
import static dev.conventio.history.Fixtures.unsigned;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.amendment.Amendment;
import dev.conventio.change.ChangeObject;
import dev.conventio.change.RecordDecision;
import dev.conventio.governance.CommitteeDecision;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A draft has no day of its own: the convention before and after it stands on the latest day the
 * history knows, or on the latest fact the draft carries when that is later — never before what
 * the draft itself records.
 */
class StandingOfDraftTest {

    @Test
    void aDraftWithoutDatedFactsStandsOnTheLatestDayTheHistoryKnows() {
        assertThat(History.of(base()).standingAfter(draft(1, ChangeObject.of("1", "Autre objet"))).date())
                .isEqualTo(CONCLUDED);
    }

    @Test
    void aDraftStandsOnTheLatestDecisionItRecords() {
        LocalDate decided = LocalDate.of(2020, 2, 14);
        Amendment withDecision = draft(1, RecordDecision.of("1", CommitteeDecision.of(decided, "Bilan d'étape")));
        assertThat(History.of(base()).standingAfter(withDecision).date()).isEqualTo(decided);
        assertThat(History.of(base()).standingBefore(withDecision).date()).isEqualTo(decided);
    }

    @Test
    void aDraftSignedByOnePartyStandsOnThatSignature() {
        LocalDate signedByOne = LocalDate.of(2019, 11, 5);
        Amendment half = amendment(1, Fixtures.BASE_END, ChangeObject.of("1", "Autre objet"))
                .addSignature(signature(METROPOLE, signedByOne)).addSignature(unsigned(GIP)).build();
        assertThat(half.isDraft()).isTrue();
        assertThat(History.of(base()).standingAfter(half).date()).isEqualTo(signedByOne);
    }
}
