package dev.conventio.testkit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.random.RandomGenerator;

/** Draws dates within bounds, by construction. */
final class Dates {

    private Dates() {
    }

    /** A date between two dates, both included; {@code from} when {@code to} is before it. */
    static LocalDate between(RandomGenerator random, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }
}
