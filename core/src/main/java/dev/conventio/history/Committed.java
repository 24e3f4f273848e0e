package dev.conventio.history;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * Money committed on a date (engagement): the amount the contributions in force state, the
 * convention's {@linkplain Life life} on that date, and the instruments that set those
 * contributions.
 * <pre>{@code
 * Committed committed = history.asOf(LocalDate.of(2020, 6, 30)).committedForBudgetYear(Year.of(2020));
 * committed.amount();        // Optional[EUR 100000.00]; zero when the convention is not in force
 * committed.recorded();      // Optional[EUR 100000.00], whatever the convention's life
 * committed.life().status(); // IN_FORCE, or UNDETERMINED when its term is not recorded
 * committed.provenance();    // [amendment n° 2, article 2]
 * }</pre>
 *
 * <p>An application that sums what is committed on a date over its conventions adds
 * {@link #amount()}: a convention not yet in force, ended or terminated commits nothing that day.
 * When the convention's life is undetermined, the amount is the recorded one and {@link #life()}
 * says so. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Committed {

    private final Money recorded;
    private final Life life;
    private final List<Provenance> provenance;

    private Committed(Money recorded, Life life, List<Provenance> provenance) {
        this.recorded = recorded;
        this.life = life;
        this.provenance = provenance;
    }

    /**
     * A sum, or nothing.
     *
     * @param recorded  the sum of the contributions selected, null when none is
     * @param provenance  the instrument and article of each contribution summed, in order, without repeats
     */
    static Committed of(Money recorded, Life life, List<Provenance> provenance) {
        return new Committed(recorded, Objects.requireNonNull(life, "life"), List.copyOf(provenance));
    }

    /**
     * Gets the money committed on the date: the recorded amount, or zero in its currency when the
     * convention is certainly not in force that day.
     *
     * @return the amount, empty when no contribution is counted, never null
     */
    public Optional<Money> amount() {
        if (recorded == null) {
            return Optional.empty();
        }
        return Optional.of(life.isCertainlyNotInForce() ? Money.zero(recorded.getCurrencyUnit()) : recorded);
    }

    /**
     * Gets the sum of the contributions counted, as the instruments in force on the date state
     * them, whatever the convention's life.
     *
     * @return the sum, empty when no contribution is counted, never null
     */
    public Optional<Money> recorded() {
        return Optional.ofNullable(recorded);
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
     * Gets the instrument and article that set each contribution counted.
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
        return Objects.equals(recorded, that.recorded) && life.equals(that.life) && provenance.equals(that.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(recorded, life, provenance);
    }

    /**
     * Returns the amount, and the life when it is not {@link Life.Status#IN_FORCE}, such as
     * {@code EUR 100000.00} or {@code EUR 0.00 (ENDED on 2020-12-31 by base convention)}.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        String amount = amount().map(Money::toString).orElse("nothing");
        return life.isInForce() ? amount : amount + " (" + life + ")";
    }
}
