package dev.conventio.change;

import dev.conventio.term.TermCodes;
import dev.conventio.validation.Violations;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Prolongs the term of the convention by a duration (prolongation relative: « la durée de la
 * convention est prolongée de cinq ans »), whatever its end was: an end on a date moves by the
 * duration, an end after a duration grows by it. Where the instrument also states the resulting
 * total duration (« portant sa durée totale à seize ans »), the history checks that the sum gives it.
 *
 * <pre>{@code
 * ProlongTerm byFiveYears = ProlongTerm.of("2", Period.ofYears(5));
 * ProlongTerm stated = ProlongTerm.of("1", Period.ofYears(1), Period.ofYears(16));
 * }</pre>
 *
 * <p>Like every change of the convention's term, it outlives the amendment that makes it. This
 * class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class ProlongTerm extends Change {

    ProlongTerm() {
    }

    /**
     * Gets the duration the term is prolonged by.
     *
     * @return the positive duration, never null
     */
    public abstract Period by();

    /**
     * Gets the total duration of the convention that the instrument states results from the
     * prolongation, counted from the convention's first day in force.
     *
     * @return the stated total, empty when the instrument states none, never null
     */
    public abstract Optional<Period> statedTotal();

    /**
     * Obtains a prolongation that states no resulting total.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param by  the duration added, positive, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException with {@link TermCodes#DURATION_NOT_POSITIVE}
     *     at {@code by}
     * @throws NullPointerException if an argument is null
     */
    public static ProlongTerm of(String article, Period by) {
        return ImmutableProlongTerm.builder().article(article).by(by).build();
    }

    /**
     * Obtains a prolongation with the total duration the instrument states results from it.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param by  the duration added, positive, not null
     * @param statedTotal  the resulting total duration the instrument states, positive, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException with {@link TermCodes#DURATION_NOT_POSITIVE}
     *     at {@code by} or {@code statedTotal}
     * @throws NullPointerException if an argument is null
     */
    public static ProlongTerm of(String article, Period by, Period statedTotal) {
        return ImmutableProlongTerm.builder().article(article).by(by).statedTotal(statedTotal).build();
    }

    @Override
    public <R> R accept(Change.Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    void check() {
        Violations violations = checkShared();
        positive(violations, by(), "by");
        statedTotal().ifPresent(total -> positive(violations, total, "statedTotal"));
        violations.throwIfAny();
    }

    private static void positive(Violations violations, Period period, String path) {
        if (period.isZero() || period.isNegative()) {
            violations.add(TermCodes.DURATION_NOT_POSITIVE, path, "a prolongation must be positive, was " + period);
        }
    }
}
