package dev.conventio.history;

import static dev.conventio.history.Fixtures.BASE_END;
import static dev.conventio.history.Fixtures.CONCLUDED;
import static dev.conventio.history.Fixtures.GIP;
import static dev.conventio.history.Fixtures.METROPOLE;
import static dev.conventio.history.Fixtures.amendment;
import static dev.conventio.history.Fixtures.base;
import static dev.conventio.history.Fixtures.signature;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.change.Change;
import dev.conventio.change.ChangeContributionAmount;
import dev.conventio.change.ProlongTerm;
import dev.conventio.change.RecordDecision;
import dev.conventio.change.SetOrientations;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.validation.Violations;
import dev.conventio.work.Orientation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The kept state (the tip) and the day the set in force next changes must give, on every day, what
 * applying every amendment in force to the base from scratch gives: amendments here take effect on
 * fixed days in any order (back-dated, future-dated), lapse at random or last as long as the
 * convention, and some are unrecorded or drafts, so that the tip's window is entered, left and moved in every way.
 */
class ChronicleTest {

    private static final LocalDate FIRST_SIGNATURE = LocalDate.of(2018, 1, 10);

    @Test
    void everyConsolidationOfRandomHistoriesIsTheOneFromScratch() {
        for (int seed = 0; seed < 40; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            List<AmendmentRecord> amendments = amendments(random, 1 + random.nextInt(12));
            History all = History.of(base(), amendments);
            History oneByOne = History.of(base());
            for (AmendmentRecord record : amendments) {
                oneByOne = oneByOne.add(record);
            }
            for (LocalDate day = CONCLUDED; !day.isAfter(BASE_END.plusDays(20)); day = day.plusDays(5)) {
                ConsolidatedConvention expected = FromScratch.consolidate(base(), amendments, day);
                for (History history : List.of(all, oneByOne)) {
                    assertSame(history.asOf(day), expected, "seed " + seed + " on " + day);
                }
            }
            assertThat(oneByOne.timeline()).isEqualTo(all.timeline());
        }
    }

    @Test
    void longHistoriesConsolidateFromTheStatesKeptAsFromScratch() {
        for (int seed = 0; seed < 4; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            // Even seeds take effect in the order signed, as most histories do; odd ones in any order.
            List<AmendmentRecord> amendments = longHistory(random, 300, seed % 2 == 0);
            History history = History.of(base(), amendments);
            Chronicle chronicle = history.chronicle();
            assertThat(chronicle.keptStates().size()).as("seed " + seed).isBetween(2, KeptStates.MOST);
            int fromKept = 0;
            for (LocalDate day = CONCLUDED; !day.isAfter(BASE_END.plusYears(2)); day = day.plusDays(9)) {
                ConsolidatedConvention expected = FromScratch.consolidate(base(), amendments, day);
                assertSame(history.asOf(day), expected, "seed " + seed + " on " + day);
                if (chronicle.keptStates().nearest(amendments.size(), day) != null) {
                    fromKept++;
                }
            }
            // The comparison is worth something only if kept states were started from.
            assertThat(fromKept).as("seed " + seed).isPositive();
        }
    }

    @Test
    void aTimeLimitedAmendmentIsCheckedAfterItsEndOnlyWhenAChangeOutlivesIt() {
        LocalDate end = LocalDate.of(2019, 6, 30);
        // Amendment 1 takes effect in 2018 and lapses on 2020-01-01: a day the set in force changes.
        History history = History.of(base(), List.of(Fixtures.signed(1, LocalDate.of(2018, 3, 1),
                LocalDate.of(2019, 12, 31), SetOrientations.of("1", 1, List.of(Orientation.of(1, "Première"))))));
        Amendment amount = Fixtures.signed(2, LocalDate.of(2018, 6, 1), end, ChangeContributionAmount.of("2",
                "phase-1", Money.ofMinor(CurrencyUnit.EUR, 2_000_00), List.of()));
        Amendment prolongation = Fixtures.signed(2, LocalDate.of(2018, 6, 1), end,
                ProlongTerm.of("3", java.time.Period.ofYears(1)));
        Chronicle chronicle = history.chronicle();

        // Its own term only: after its end the states are those the history already checked.
        assertThat(chronicle.applicationDates(Span.of(amount), false)).containsExactly(LocalDate.of(2018, 6, 1));
        // A prolongation outlives it: the day after its end and each later change are checked too.
        assertThat(chronicle.applicationDates(Span.of(prolongation), true))
                .containsExactly(LocalDate.of(2018, 6, 1), end.plusDays(1), LocalDate.of(2020, 1, 1));
        assertThat(history.check(amount)).isEmpty();
        assertThat(history.check(prolongation)).isEmpty();
    }

    /** Asserts that a consolidation is the one from scratch, on its date. */
    private static void assertSame(ConsolidatedConvention actual, ConsolidatedConvention expected, String where) {
        assertThat(actual.amendmentsInForce()).as(where).isEqualTo(expected.amendmentsInForce());
        assertThat(actual.convention()).as(where).isEqualTo(expected.convention());
        assertThat(actual.contributions()).as(where).isEqualTo(expected.contributions());
        assertThat(actual.decisions()).as(where).isEqualTo(expected.decisions());
        assertThat(actual.phases()).as(where).isEqualTo(expected.phases());
        assertThat(actual.term()).as(where).isEqualTo(expected.term());
        assertThat(actual.date()).as(where).isEqualTo(expected.date());
    }

    /**
     * Signed amendments, each taking effect on the day of its last signature or on a fixed day
     * anywhere in the term, with or without an end of its own; one in five prolongs the term.
     */
    private static List<AmendmentRecord> longHistory(SplittableRandom random, int count, boolean inOrder) {
        List<AmendmentRecord> amendments = new ArrayList<>();
        LocalDate signed = FIRST_SIGNATURE;
        for (int number = 1; number <= count; number++) {
            signed = signed.plusDays(random.nextInt(4));
            Change change = switch (random.nextInt(5)) {
                case 0 -> ProlongTerm.of("1", java.time.Period.ofMonths(1));
                case 1 -> ChangeContributionAmount.of("2", "phase-1",
                        Money.ofMinor(CurrencyUnit.EUR, 1_000_00 + random.nextInt(1_000_000)), List.of());
                case 2 -> RecordDecision.of("1", CommitteeDecision.of(signed, "Décision de l'avenant n° " + number));
                default -> SetOrientations.of("1", 1 + random.nextInt(3),
                        List.of(Orientation.of(1, "Orientation de l'avenant n° " + number)));
            };
            LocalDate first = inOrder ? signed : CONCLUDED.plusDays(1 + random.nextInt(900));
            StartRule start = inOrder ? StartRule.onSignatureByAllParties() : StartRule.onDate(first);
            Term term = change instanceof ProlongTerm || random.nextInt(4) != 0 ? Term.of(start)
                    : Term.of(start, TermEnd.on(first.plusDays(30 + random.nextInt(300))));
            amendments.add(amendment(number, BASE_END, change).term(term)
                    .addSignature(signature(METROPOLE, signed)).addSignature(signature(GIP, signed)).build());
        }
        return amendments;
    }

    /** Signed amendments with fixed starts between the conclusion and the end, an unrecorded or a draft now and then. */
    private static List<AmendmentRecord> amendments(SplittableRandom random, int count) {
        List<AmendmentRecord> amendments = new ArrayList<>();
        LocalDate signed = FIRST_SIGNATURE;
        for (int number = 1; number <= count; number++) {
            signed = signed.plusDays(1 + random.nextInt(60));
            int kind = random.nextInt(10);
            if (kind == 0) {
                amendments.add(UnrecordedAmendment.of(number));
                continue;
            }
            LocalDate start = CONCLUDED.plusDays(1 + random.nextInt(900));
            LocalDate end = random.nextInt(3) == 0 ? BASE_END : start.plusDays(random.nextInt(400));
            Change change = switch (random.nextInt(3)) {
                case 0 -> ChangeContributionAmount.of("2", "phase-1",
                        Money.ofMinor(CurrencyUnit.EUR, 1_000_00 + random.nextInt(1_000_000)), List.of());
                case 1 -> RecordDecision.of("1", CommitteeDecision.of(CONCLUDED.plusDays(random.nextInt(1000)),
                        "Décision de l'avenant n° " + number));
                default -> SetOrientations.of("1", 1 + random.nextInt(3),
                        List.of(Orientation.of(1, "Orientation de l'avenant n° " + number)));
            };
            // A third of the amendments have no end of their own: they last as long as the convention.
            Term term = random.nextInt(3) == 0 ? Term.of(StartRule.onDate(start))
                    : Term.of(StartRule.onDate(start), TermEnd.on(end.isAfter(start) ? end : start.plusDays(1)));
            Amendment.Builder builder = amendment(number, end, change).term(term);
            if (kind == 1 && number == count) {
                amendments.add(builder.addSignature(Fixtures.unsigned(METROPOLE)).addSignature(Fixtures.unsigned(GIP))
                        .build());
            } else {
                amendments.add(builder.addSignature(signature(METROPOLE, signed.minusDays(1)))
                        .addSignature(signature(GIP, signed)).build());
            }
        }
        return amendments;
    }

}
