package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.finance.Instalment;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The draws the generators share ({@link Draws}, {@link Amounts}, {@link Dates}): what each promises
 * over a seeded sample, and that a source answering only zeros, a fully shrunk choice, gives the
 * simplest value.
 */
class DrawsTest {

    /** A source whose every draw is zero, as a shrunk sequence answers. */
    private static final RandomGenerator ZEROS = () -> 0L;

    @Test
    void oneInNIsTrueAboutOneTimeInNAndFalseOnAZeroChoice() {
        SplittableRandom random = new SplittableRandom(1);
        int hits = 0;
        for (int i = 0; i < 10_000; i++) {
            hits += Draws.oneIn(random, 5) ? 1 : 0;
        }
        assertThat(hits).isBetween(1_800, 2_200);
        assertThat(Draws.oneIn(ZEROS, 5)).isFalse();
        assertThat(Draws.oneIn(new SplittableRandom(2), 1)).as("one time in one").isTrue();
    }

    @Test
    void anEdgeIsTakenWithTheDefaultProbabilityAndNeverOnAZeroChoice() {
        SplittableRandom random = new SplittableRandom(3);
        int edges = 0;
        for (int i = 0; i < 20_000; i++) {
            edges += Draws.edge(random) ? 1 : 0;
        }
        assertThat(edges).as("5 %% of 20 000").isBetween(850, 1_150);
        assertThat(Draws.edge(ZEROS)).isFalse();
    }

    @Test
    void aLengthStaysWithinItsBoundsReachesBothAndIsTheShortestOnAZeroChoice() {
        SplittableRandom random = new SplittableRandom(4);
        Set<Integer> lengths = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            lengths.add(Draws.length(random, 2, 5));
        }
        assertThat(lengths).containsExactlyInAnyOrder(2, 3, 4, 5);
        assertThat(Draws.length(ZEROS, 2, 5)).isEqualTo(2);
        assertThat(Draws.length(new SplittableRandom(5), 3, 3)).isEqualTo(3);
    }

    @Test
    void theLongestIdentifierFillsSixtyFourCharactersAfterAHyphen() {
        String longest = Draws.longest("metropole-1");
        assertThat(longest).hasSize(64).startsWith("metropole-1-z").matches("metropole-1-z+");
        assertThat(Draws.longest("x".repeat(70))).isEqualTo("x".repeat(64));
        assertThat(Draws.longest("a")).isNotEqualTo(Draws.longest("b"));
        assertThat(Draws.pick(ZEROS, List.of("first", "second"))).isEqualTo("first");
    }

    @Test
    void amountsAreEurosFromOneThousandToFiveHundredThousandInHundredsThreeTimesInFour() {
        SplittableRandom random = new SplittableRandom(6);
        int hundreds = 0;
        int edges = 0;
        Money least = Money.of(CurrencyUnit.EUR, 1_000);
        Money most = Money.of(CurrencyUnit.EUR, 500_000);
        for (int i = 0; i < 4_000; i++) {
            Money amount = Amounts.amount(random);
            assertThat(amount.getCurrencyUnit()).isEqualTo(CurrencyUnit.EUR);
            if (amount.equals(Draws.LARGEST_AMOUNT) || amount.equals(Draws.SMALLEST_AMOUNT)) {
                edges++;
                continue;
            }
            assertThat(amount.isLessThan(least) || amount.isGreaterThan(most)).as(amount.toString()).isFalse();
            hundreds += amount.getAmount().remainder(java.math.BigDecimal.valueOf(100)).signum() == 0 ? 1 : 0;
        }
        assertThat(edges).isBetween(120, 280);
        assertThat(hundreds).as("whole hundreds, of about 3 800").isBetween(2_700, 2_980);
        assertThat(Amounts.amount(ZEROS)).as("a zero choice").isEqualTo(Money.of(CurrencyUnit.EUR, 1_000));
    }

    @Test
    void aScheduleAddsUpToItsAmountInOneToFourInstalmentsDueOnIncreasingDates() {
        LocalDate from = LocalDate.of(2020, 1, 1);
        SplittableRandom random = new SplittableRandom(7);
        Set<Integer> counts = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            Money amount = Amounts.amount(random);
            int min = 1 + i % 3;
            List<Instalment> schedule = Amounts.schedule(random, amount, from, min);
            counts.add(schedule.size());
            if (!amount.isLessThan(Money.ofMinor(CurrencyUnit.EUR, min))) {
                assertThat(schedule.size()).isBetween(min, 4);
            }
            assertThat(schedule.stream().map(Instalment::amount).reduce(Money::plus).orElseThrow()).isEqualTo(amount);
            assertThat(schedule).allMatch(instalment -> instalment.amount().isPositive());
            LocalDate previous = from;
            for (Instalment instalment : schedule) {
                LocalDate due = instalment.dueOn().orElseThrow();
                assertThat(due).isAfter(previous).isBeforeOrEqualTo(previous.plusDays(180));
                previous = due;
            }
        }
        assertThat(counts).containsExactlyInAnyOrder(1, 2, 3, 4);
        assertThat(Amounts.schedule(new SplittableRandom(8), Draws.SMALLEST_AMOUNT, from, 3)).as("a single cent")
                .singleElement().extracting(Instalment::amount).isEqualTo(Draws.SMALLEST_AMOUNT);
    }

    @Test
    void theLargestAmountSplitsIntoNearlyEqualInstalmentsThatAddUpExactly() {
        LocalDate from = LocalDate.of(2020, 1, 1);
        for (long seed = 0; seed < 20; seed++) {
            List<Instalment> schedule = Amounts.schedule(new SplittableRandom(seed), Draws.LARGEST_AMOUNT, from, 2);
            assertThat(schedule.size()).isBetween(2, 4);
            assertThat(schedule.stream().map(Instalment::amount).reduce(Money::plus).orElseThrow())
                    .isEqualTo(Draws.LARGEST_AMOUNT);
            Money first = schedule.get(0).amount();
            for (Instalment instalment : schedule) {
                assertThat(instalment.amount().minus(first).abs().isLessThan(Money.of(CurrencyUnit.EUR, 1)))
                        .as("nearly equal: " + schedule).isTrue();
            }
            assertThat(schedule.get(0).dueOn().orElseThrow()).isAfter(from);
        }
    }

    @Test
    void aDateFallsBetweenItsBoundsBothIncludedOrOnTheFirstWhenTheyAreReversed() {
        LocalDate from = LocalDate.of(2020, 2, 27);
        LocalDate to = LocalDate.of(2020, 3, 1);
        SplittableRandom random = new SplittableRandom(9);
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            seen.add(Dates.between(random, from, to));
        }
        assertThat(seen).containsExactlyInAnyOrder(from, from.plusDays(1), from.plusDays(2), to);
        assertThat(Dates.between(random, to, from)).isEqualTo(to);
        assertThat(Dates.between(random, from, from)).isEqualTo(from);
        assertThat(Dates.between(ZEROS, from, to)).isEqualTo(from);
    }
}
