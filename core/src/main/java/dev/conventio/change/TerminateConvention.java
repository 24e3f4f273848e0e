package dev.conventio.change;

import dev.conventio.date.DateRange;
import dev.conventio.validation.Violations;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Terminates the convention before its term (résiliation, here agreed by an amendment): it is in
 * force up to and including its last day, and terminated from the next.
 *
 * <pre>{@code
 * TerminateConvention termination = TerminateConvention.of("1", LocalDate.of(2021, 6, 30),
 *         "Résiliation d'un commun accord");
 * }</pre>
 *
 * <p>A termination is never undone: it outlives the amendment that makes it, and a convention is
 * terminated at most once. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class TerminateConvention extends Change {

    TerminateConvention() {
    }

    /**
     * Gets the convention's last day in force.
     *
     * @return the last day, never null
     */
    public abstract LocalDate lastDay();

    /**
     * Gets the reason the instrument gives, as written.
     *
     * @return the non-blank reason, empty when none is given, never null
     */
    public abstract Optional<String> reason();

    /**
     * Obtains a termination without a stated reason.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param lastDay  the convention's last day in force, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if the article is blank
     * @throws NullPointerException if an argument is null
     */
    public static TerminateConvention of(String article, LocalDate lastDay) {
        return ImmutableTerminateConvention.builder().article(article).lastDay(lastDay).build();
    }

    /**
     * Obtains a termination with its reason.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param lastDay  the convention's last day in force, not null
     * @param reason  the reason as the instrument gives it, not blank, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if the article or the reason is blank
     * @throws NullPointerException if an argument is null
     */
    public static TerminateConvention of(String article, LocalDate lastDay, String reason) {
        return ImmutableTerminateConvention.builder().article(article).lastDay(lastDay).reason(reason).build();
    }

    @Override
    public <R> R accept(Change.Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    void check() {
        Violations violations = checkShared();
        reason().ifPresent(reason -> violations.requireNonBlank(reason, "reason"));
        DateRange.check(lastDay(), "lastDay", violations);
        violations.throwIfAny();
    }
}
