package dev.conventio.testkit;

import dev.conventio.finance.Instalment;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Draws of amounts and of the payment schedules that add up to them, for the generators. */
final class Amounts {

    private Amounts() {
    }

    /**
     * An amount in euros between 1 000 € and 500 000 €, in whole hundreds three times in four; now
     * and then 0.01 € or the largest amount the format allows.
     */
    static Money amount(RandomGenerator random) {
        if (Draws.edge(random)) {
            return random.nextBoolean() ? Draws.LARGEST_AMOUNT : Draws.SMALLEST_AMOUNT;
        }
        long cents = random.nextInt(4) == 0 ? random.nextLong(100_000, 50_000_001) : 100 * 100 * random.nextLong(10, 5001);
        return Money.ofMinor(CurrencyUnit.EUR, cents);
    }

    /**
     * Splits an amount into one to four instalments that add up to it exactly, due on strictly
     * increasing dates from {@code from} on.
     *
     * @param random  the source of randomness, not null
     * @param amount  the positive amount to split, not null
     * @param from  the earliest due date, not null
     * @return the instalments, never null
     */
    static List<Instalment> schedule(RandomGenerator random, Money amount, LocalDate from) {
        return schedule(random, amount, from, 1);
    }

    /** As {@link #schedule(RandomGenerator, Money, LocalDate)}, with at least {@code min} instalments (at most 4). */
    static List<Instalment> schedule(RandomGenerator random, Money amount, LocalDate from, int min) {
        BigInteger minor = amount.getAmount().movePointRight(amount.getScale()).toBigIntegerExact();
        if (minor.bitLength() > 62) {
            return largeSchedule(random, amount, minor, from, min);
        }
        long remaining = minor.longValueExact();
        int count = (int) Math.min(random.nextInt(min, 5), remaining);
        List<Instalment> instalments = new ArrayList<>(count);
        LocalDate due = from;
        for (int i = count; i > 0; i--) {
            // Leave at least one minor unit for each instalment still to come.
            long part = i == 1 ? remaining : 1 + random.nextLong(remaining - i + 1);
            remaining -= part;
            due = due.plusDays(1 + random.nextInt(180));
            instalments.add(Instalment.of(due, Money.ofMinor(amount.getCurrencyUnit(), part)));
        }
        return instalments;
    }

    /** Splits an amount too large for a long of minor units into nearly equal instalments. */
    private static List<Instalment> largeSchedule(RandomGenerator random, Money amount, BigInteger minor, LocalDate from,
            int min) {
        int count = random.nextInt(min, 5);
        List<Instalment> instalments = new ArrayList<>(count);
        BigInteger remaining = minor;
        LocalDate due = from;
        for (int i = count; i > 0; i--) {
            BigInteger part = i == 1 ? remaining : remaining.divide(BigInteger.valueOf(i));
            remaining = remaining.subtract(part);
            due = due.plusDays(1 + random.nextInt(180));
            instalments.add(Instalment.of(due, Money.of(amount.getCurrencyUnit(),
                    new java.math.BigDecimal(part, amount.getScale()))));
        }
        return instalments;
    }
}
