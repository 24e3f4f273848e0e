package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.convention.Convention;
import dev.conventio.date.PartialDate;
import dev.conventio.history.History;
import dev.conventio.signature.Signature;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * What {@link HistoryGen} documents beside the validity its property tests check: the windows it
 * plans amendments in, the bound on signed amendments, the numbering and shape of next amendments,
 * and the histories it refuses to plan.
 */
class HistoryGenTest {

    @Test
    void windowsPutConclusionsAndStartsInTheFirstHalfInOrderAndEndsInTheSecondGoingBack() {
        LocalDate from = LocalDate.of(2020, 1, 1);
        LocalDate to = LocalDate.of(2023, 12, 31);
        LocalDate middle = from.plusDays(java.time.temporal.ChronoUnit.DAYS.between(from, to) / 2);
        SplittableRandom random = new SplittableRandom(1);
        for (int n = 0; n < 200; n++) {
            int count = 1 + n % 5;
            List<AmendmentGen.Window> windows = HistoryGen.windows(random, from, to, count);
            assertThat(windows).hasSize(count);
            LocalDate previousStart = from;
            LocalDate previousEnd = to;
            for (AmendmentGen.Window window : windows) {
                assertThat(window.conclusion()).isAfterOrEqualTo(previousStart).isBefore(middle);
                assertThat(window.start()).isAfterOrEqualTo(window.conclusion()).isBefore(middle);
                assertThat(window.end()).isAfterOrEqualTo(middle).isBeforeOrEqualTo(previousEnd);
                LocalDate earliest = window.conclusion().minusDays(30);
                assertThat(window.earliestSignature()).isEqualTo(earliest.isBefore(previousStart) ? previousStart : earliest);
                previousStart = window.start();
                previousEnd = window.end();
            }
        }
        List<AmendmentGen.Window> tight = HistoryGen.windows(random, from, from.plusDays(1), 1);
        assertThat(tight.get(0).conclusion()).isEqualTo(from);
        assertThat(tight.get(0).end()).isBetween(from.plusDays(1), from.plusDays(1));
    }

    @Test
    void aHistoryHasAtMostTheSignedAmendmentsAskedForAndNeverANegativeNumber() {
        Set<Long> counts = new HashSet<>();
        Gen<History> upToThree = HistoryGen.histories(ConventionGen.conventions(), 3);
        for (long seed = 0; seed < 300; seed++) {
            History history = upToThree.sample(seed, 10);
            counts.add(history.amendments().stream().filter(r -> r instanceof Amendment a && !a.isDraft()).count());
        }
        assertThat(counts).containsExactlyInAnyOrder(0L, 1L, 2L, 3L);
        for (long seed = 0; seed < 50; seed++) {
            assertThat(HistoryGen.histories(ConventionGen.conventions(), 0).sample(seed, 10).amendments())
                    .noneMatch(r -> r instanceof Amendment a && !a.isDraft());
        }
        assertThatThrownBy(() -> HistoryGen.histories(ConventionGen.conventions(), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the most signed amendments is zero or positive, was -1");
        assertThatThrownBy(() -> HistoryGen.histories(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("conventions");
        assertThatThrownBy(() -> HistoryGen.nextAmendments(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> HistoryGen.records(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theNextAmendmentTakesTheNextNumberAndItsSignedInPartFormKeepsTheMonthOfEachDay() {
        SplittableRandom random = new SplittableRandom(2);
        for (int n = 0; n < 100; n++) {
            History history = HistoryGen.histories().generate(random, 8);
            Amendment next;
            try {
                next = HistoryGen.nextAmendments(history).generate(random, 8);
            } catch (IllegalArgumentException noDayLeft) {
                continue;
            }
            assertThat(next.number()).isEqualTo(history.amendments().size() + 1);
            assertThat(next.isDraft()).isFalse();
            LocalDate from = Conclusions.from(history.base());
            assertThat(next.lastSignatureDate().orElseThrow()).isAfterOrEqualTo(from);
            Amendment inPart = HistoryGen.nextAmendmentsSignedInPart(history).sample(n, 8);
            assertThat(inPart.signatures()).allMatch(signature -> signature.signedOn().map(PartialDate::precision)
                    .equals(java.util.Optional.of(PartialDate.Precision.MONTH)));
            Amendment sameDraw = HistoryGen.nextAmendments(history).sample(n, 8);
            List<String> months = sameDraw.signatures().stream().map(Signature::date).map(date -> java.time.YearMonth
                    .from(date.orElseThrow()).toString()).toList();
            assertThat(inPart.signatures().stream().map(signature -> signature.signedOn().orElseThrow().toString())
                    .toList()).isEqualTo(months);
        }
    }

    @Test
    void aConventionInForceForLessThanTwoDaysOrAHistoryWithNoDayLeftIsRefused() {
        Convention convention = ConventionGen.conventions().sample(3, 10);
        LocalDate concluded = Conclusions.from(convention);
        Convention oneDay = Convention.builder().from(convention).term(Term.of(StartRule.onSignatureByAllParties(),
                TermEnd.on(concluded))).build();
        assertThatThrownBy(() -> HistoryGen.records(oneDay)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("convention " + oneDay.identification()
                        + " is in force for less than two days: no amendment can be planned");
        assertThatThrownBy(() -> HistoryGen.nextAmendments(History.of(oneDay))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no day is left for a new amendment of ");
        Convention twoDays = Convention.builder().from(convention).term(Term.of(StartRule.onDate(concluded),
                TermEnd.on(concluded.plusDays(1)))).build();
        List<AmendmentRecord> records = HistoryGen.records(twoDays).sample(4, 10);
        assertThat(History.of(twoDays, records).amendments()).isEqualTo(records);
    }
}
