package dev.conventio.term;

import dev.conventio.validation.Violations;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * How an instrument may be renewed at its end (reconduction): for how long, how many times, and
 * whether tacitly (reconduction tacite) or only by express decision (reconduction expresse).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Renewal {

    Renewal() {
    }

    /**
     * Gets the duration of each renewal.
     *
     * @return the positive duration, never null
     */
    public abstract Period period();

    /**
     * Gets how many times the instrument may be renewed.
     *
     * @return the positive number of renewals
     */
    public abstract int maxRenewals();

    /**
     * Tells whether the renewal is tacit (reconduction tacite): it happens unless a party objects.
     *
     * @return true if tacit, false if each renewal needs an express decision
     */
    public abstract boolean tacit();

    /**
     * Obtains a renewal clause.
     *
     * @param period  the duration of each renewal, positive, not null
     * @param maxRenewals  how many times, at least 1
     * @param tacit  true for a tacit renewal
     * @return the renewal, never null
     * @throws dev.conventio.validation.ValidationException with
     *     {@link dev.conventio.term.TermCodes#DURATION_NOT_POSITIVE} or {@link dev.conventio.term.TermCodes#RENEWAL_COUNT_NOT_POSITIVE}
     * @throws NullPointerException if the period is null
     */
    public static Renewal of(Period period, int maxRenewals, boolean tacit) {
        return ImmutableRenewal.builder().period(period).maxRenewals(maxRenewals).tacit(tacit).build();
    }

    /**
     * Works out the last day in force once every renewal this clause allows has happened.
     *
     * <p>Each renewal starts the day after the last day in force and lasts {@link #period()}:
     * a term ending on 2020-12-31 renewed twice by one year ends on 2022-12-31.
     *
     * @param lastDay  the last day in force before any renewal, not null
     * @return the last day in force after {@link #maxRenewals()} renewals, never null
     * @throws java.time.DateTimeException if that day is beyond {@link LocalDate#MAX}
     * @throws NullPointerException if the day is null
     */
    public LocalDate lastDayAfterRenewals(LocalDate lastDay) {
        Objects.requireNonNull(lastDay, "lastDay");
        LocalDate after = lastDay.plusDays(1);
        for (int i = 0; i < maxRenewals(); i++) {
            after = after.plus(period());
        }
        return after.minusDays(1);
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector();
        if (period().isZero() || period().isNegative()) {
            violations.add(TermCodes.DURATION_NOT_POSITIVE, "period",
                    "a renewal period must be positive, was " + period());
        }
        if (maxRenewals() < 1) {
            violations.add(TermCodes.RENEWAL_COUNT_NOT_POSITIVE, "maxRenewals",
                    "a renewal clause allows at least one renewal, was " + maxRenewals());
        }
        violations.throwIfAny();
    }
}
