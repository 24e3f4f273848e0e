package dev.conventio.history;

import static dev.conventio.history.Fixtures.BASE_END;
import static dev.conventio.history.Fixtures.CONCLUDED;
import static dev.conventio.history.Fixtures.GIP;
import static dev.conventio.history.Fixtures.METROPOLE;
import static dev.conventio.history.Fixtures.amendment;
import static dev.conventio.history.Fixtures.base;
import static dev.conventio.history.Fixtures.signature;
import static dev.conventio.history.Fixtures.signed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.change.Change;
import dev.conventio.change.ChangeTermEnd;
import dev.conventio.change.ProlongTerm;
import dev.conventio.change.TerminateConvention;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A history tells whether its convention is in force on a day without building a view, and lists
 * the periods in force: always what the view on that day says.
 */
class LifelineTest {

    private static final LocalDate SIGNED = LocalDate.of(2019, 6, 3);

    @Test
    void theBaseIsInForceFromItsConclusionToItsEnd() {
        History history = History.of(base());
        assertThat(history.periodsInForce()).containsExactly(PeriodInForce.of(CONCLUDED, BASE_END, Provenance.base()));
        assertThat(history.lifeOn(CONCLUDED.minusDays(1)).status()).isEqualTo(Life.Status.NOT_YET_IN_FORCE);
        assertThat(history.lifeOn(BASE_END).status()).isEqualTo(Life.Status.IN_FORCE);
        assertThat(history.lifeOn(BASE_END.plusDays(1)).status()).isEqualTo(Life.Status.ENDED);
    }

    @Test
    void aShorteningThenATerminationSetTheEndOfThePeriod() {
        LocalDate shortened = LocalDate.of(2020, 6, 30);
        LocalDate terminated = LocalDate.of(2020, 3, 31);
        History shorter = History.of(base(), List.of(signed(1, SIGNED, LocalDate.of(2019, 12, 31),
                ChangeTermEnd.of("3", TermEnd.on(shortened)))));
        assertThat(shorter.periodsInForce()).containsExactly(
                PeriodInForce.of(CONCLUDED, shortened, Provenance.of(Instrument.amendment(1), "3")));
        History ended = shorter.add(signed(2, SIGNED.plusMonths(1), BASE_END, TerminateConvention.of("1", terminated)));
        assertThat(ended.periodsInForce()).containsExactly(
                PeriodInForce.of(CONCLUDED, terminated, Provenance.of(Instrument.amendment(2), "1")));
        assertThat(ended.lifeOn(terminated.plusDays(1))).isEqualTo(ended.asOf(terminated.plusDays(1)).life())
                .extracting(Life::status).isEqualTo(Life.Status.TERMINATED);
    }

    @Test
    void theLifeOnEveryDayIsTheViewsOnRandomHistoriesOfTermChanges() {
        for (int seed = 0; seed < 30; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            History history = History.of(base(), amendments(random));
            for (LocalDate day = CONCLUDED.minusDays(30); day.isBefore(LocalDate.of(2032, 1, 1));
                    day = day.plusDays(17)) {
                Life expected = history.asOf(day).life();
                assertThat(history.lifeOn(day)).as("seed " + seed + " on " + day).isEqualTo(expected);
                boolean inAPeriod = false;
                for (PeriodInForce period : history.periodsInForce()) {
                    inAPeriod |= period.contains(day);
                }
                assertThat(inAPeriod).as("seed " + seed + " on " + day + " in " + history.periodsInForce())
                        .isEqualTo(expected.isInForce());
            }
        }
    }

    /** Amendments signed in order before the base's end, moving or prolonging its end later, from random days. */
    private static List<AmendmentRecord> amendments(SplittableRandom random) {
        List<AmendmentRecord> amendments = new ArrayList<>();
        LocalDate signedOn = CONCLUDED.plusDays(10);
        int count = 1 + random.nextInt(6);
        for (int number = 1; number <= count; number++) {
            signedOn = signedOn.plusDays(1 + random.nextInt(120));
            LocalDate start = signedOn.plusDays(random.nextInt(200) - 60);
            Change change = switch (random.nextInt(3)) {
                case 0 -> ChangeTermEnd.of("3", TermEnd.on(BASE_END.plusDays(random.nextInt(2000))));
                case 1 -> ProlongTerm.of("3", Period.ofMonths(1 + random.nextInt(30)));
                default -> TerminateConvention.of("1", BASE_END.plusDays(random.nextInt(1500) - 300));
            };
            if (change instanceof TerminateConvention && amendments.stream().anyMatch(record -> record
                    instanceof dev.conventio.amendment.Amendment a && a.changes().get(0) instanceof TerminateConvention)) {
                change = ProlongTerm.of("3", Period.ofYears(1));
            }
            Term term = random.nextBoolean() ? Term.of(StartRule.onDate(start))
                    : Term.of(StartRule.onDate(start), TermEnd.on(start.plusDays(30 + random.nextInt(700))));
            amendments.add(amendment(number, BASE_END, change).term(term)
                    .addSignature(signature(METROPOLE, signedOn.minusDays(1))).addSignature(signature(GIP, signedOn))
                    .build());
            if (change instanceof TerminateConvention) {
                break;   // nothing is concluded after a termination that may come before the next signature
            }
        }
        return amendments;
    }
}
