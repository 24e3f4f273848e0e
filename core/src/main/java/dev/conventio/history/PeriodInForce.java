package dev.conventio.history;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A period during which a convention is certainly in force (période de vigueur): from its first day
 * to its last, both included, with what set its end.
 *
 * <pre>{@code
 * for (PeriodInForce period : history.periodsInForce()) {
 *     period.first();      // 2017-11-22
 *     period.last();       // Optional[2021-06-30]: empty while no end is known
 *     period.decidedBy();  // amendment n° 1, article 3: the change that set the end
 * }
 * }</pre>
 *
 * <p>Renewals are not recorded, so a period ends on the last day of the term renewals aside. This
 * class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PeriodInForce {

    private final LocalDate first;
    private final LocalDate last;
    private final Provenance decidedBy;

    private PeriodInForce(LocalDate first, LocalDate last, Provenance decidedBy) {
        this.first = first;
        this.last = last;
        this.decidedBy = decidedBy;
    }

    /** A period; a last day of {@link LocalDate#MAX} stands for a period without a known end. */
    static PeriodInForce of(LocalDate first, LocalDate last, Provenance decidedBy) {
        return new PeriodInForce(Objects.requireNonNull(first, "first"), Objects.requireNonNull(last, "last"),
                Objects.requireNonNull(decidedBy, "decidedBy"));
    }

    /**
     * Gets the first day in force.
     *
     * @return the first day, never null
     */
    public LocalDate first() {
        return first;
    }

    /**
     * Gets the last day in force.
     *
     * @return the last day, empty when the term has no end, never null
     */
    public Optional<LocalDate> last() {
        return last.equals(LocalDate.MAX) ? Optional.empty() : Optional.of(last);
    }

    /**
     * Tells whether a day falls in the period.
     *
     * @param day  the day, not null
     * @return true from the first day to the last, both included
     * @throws NullPointerException if the day is null
     */
    public boolean contains(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /**
     * Gets what set the period's end: the term and the change that last set it, or the termination.
     *
     * @return the provenance, never null
     */
    public Provenance decidedBy() {
        return decidedBy;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PeriodInForce)) {
            return false;
        }
        PeriodInForce that = (PeriodInForce) other;
        return first.equals(that.first) && last.equals(that.last) && decidedBy.equals(that.decidedBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, last, decidedBy);
    }

    /**
     * Returns the period, such as {@code 2017-11-22..2021-06-30 by amendment n° 1, article 3}.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return first + ".." + (last.equals(LocalDate.MAX) ? "" : last) + " by " + decidedBy;
    }
}
