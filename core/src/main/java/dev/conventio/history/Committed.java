package dev.conventio.history;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * Money committed on a date (engagement): the amount the contributions in force state, the
 * convention's {@linkplain Life life} on that date, the instruments that set those contributions,
 * and the contributions whose amount is not known.
 * <pre>{@code
 * Committed committed = history.asOf(LocalDate.of(2020, 6, 30)).commitments()
 *         .forBudgetYear(Year.of(2020));
 * committed.amount();            // Optional[EUR 100000.00]; zero when the convention is not in force
 * committed.recorded();          // Optional[EUR 100000.00], whatever the convention's life
 * committed.life().status();     // IN_FORCE, or UNDETERMINED when its term is not recorded
 * committed.provenance();        // [amendment n° 2, article 2]
 * committed.hasUnknownAmounts(); // true when a contribution counted has no known amount
 * committed.unknownAmounts();    // ["reliquat"]: left out of the amount, never guessed
 * }</pre>
 *
 * <p>An application that sums what is committed on a date over its conventions adds
 * {@link #amount()}: a convention not yet in force, ended or terminated commits nothing that day.
 * When the convention's life is undetermined, the amount is the recorded one and {@link #life()}
 * says so. An amount the instruments do not give (« le reliquat », a year not fixed yet, a share
 * that is not a whole number of cents) is left out of the sum and its contribution listed in
 * {@link #unknownAmounts()}: the sum is then what is known, a lower bound. This class is immutable
 * and thread-safe.
 *
 * @since 0.1
 */
public final class Committed {

    private final Money recorded;
    private final Money forecast;
    private final Life life;
    private final List<Provenance> provenance;
    private final List<String> unknown;

    private Committed(Money recorded, Money forecast, Life life, List<Provenance> provenance, List<String> unknown) {
        this.recorded = recorded;
        this.forecast = forecast;
        this.life = life;
        this.provenance = provenance;
        this.unknown = unknown;
    }

    /**
     * A sum, or nothing.
     *
     * @param recorded  the sum of the amounts known, null when none is
     * @param forecast  the part of that sum that is forecast, subject to the vote of credits, null when none is
     * @param provenance  the instrument and article of each contribution summed, in order, without repeats
     * @param unknown  the identifiers of the contributions counted whose amount is not known, in order,
     *     without repeats
     */
    static Committed of(Money recorded, Money forecast, Life life, List<Provenance> provenance, List<String> unknown) {
        return new Committed(recorded, forecast, Objects.requireNonNull(life, "life"), List.copyOf(provenance),
                List.copyOf(unknown));
    }

    /**
     * Gets the money committed on the date: the recorded amount, or zero in its currency when the
     * convention is certainly not in force that day.
     *
     * @return the amount, empty when no known amount is counted, never null
     */
    public Optional<Money> amount() {
        if (recorded == null) {
            return Optional.empty();
        }
        return Optional.of(life.isCertainlyNotInForce() ? Money.zero(recorded.getCurrencyUnit()) : recorded);
    }

    /**
     * Gets the sum of the known amounts counted, as the instruments in force on the date state
     * them, whatever the convention's life.
     *
     * @return the sum, empty when no known amount is counted, never null
     */
    public Optional<Money> recorded() {
        return Optional.ofNullable(recorded);
    }

    /**
     * Gets the part of the recorded sum that is forecast (montants prévisionnels, subject to the
     * vote of the credits of their year) rather than firm.
     *
     * @return the forecast part, empty when every amount counted is firm, never null
     */
    public Optional<Money> forecast() {
        return Optional.ofNullable(forecast);
    }

    /**
     * Tells whether a contribution counted has an amount that is not known, and so is left out.
     *
     * @return true when {@link #unknownAmounts()} is not empty
     */
    public boolean hasUnknownAmounts() {
        return !unknown.isEmpty();
    }

    /**
     * Gets the identifiers of the contributions counted whose amount is not known: left out of the
     * sum, never guessed.
     *
     * @return the identifiers, in the order of the contributions, without repeats, possibly empty,
     *     never null, unmodifiable
     */
    public List<String> unknownAmounts() {
        return unknown;
    }

    /**
     * Gets the convention's life on the date, which decides whether the recorded amount is committed.
     *
     * @return the life, never null
     */
    public Life life() {
        return life;
    }

    /**
     * Gets the instrument and article that set each contribution whose known amount is counted.
     *
     * @return the provenances, in the order of the contributions, without repeats, never null, unmodifiable
     */
    public List<Provenance> provenance() {
        return provenance;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Committed)) {
            return false;
        }
        Committed that = (Committed) other;
        return Objects.equals(recorded, that.recorded) && Objects.equals(forecast, that.forecast)
                && life.equals(that.life) && provenance.equals(that.provenance) && unknown.equals(that.unknown);
    }

    @Override
    public int hashCode() {
        return Objects.hash(recorded, forecast, life, provenance, unknown);
    }

    /**
     * Returns the amount, the contributions not known and the life when it is not
     * {@link Life.Status#IN_FORCE}, such as {@code EUR 100000.00},
     * {@code EUR 87458.00 and unknown amounts of [subvention]} or
     * {@code EUR 0.00 (ENDED on 2020-12-31 by base convention)}.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        String amount = amount().map(Money::toString).orElse("nothing")
                + (unknown.isEmpty() ? "" : " and unknown amounts of " + unknown);
        return life.isInForce() ? amount : amount + " (" + life + ")";
    }
}
