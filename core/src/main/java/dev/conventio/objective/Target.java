package dev.conventio.objective;

import dev.conventio.validation.Violations;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A target that is not money (objectif): what is to be achieved, as a quantity with its unit and
 * its period, for the convention as a whole, one of its phases or one of its actions.
 * <pre>{@code
 * Target housing = Target.builder().id("logements-action-2")
 *         .title("Logements supplémentaires pour les jeunes en alternance")
 *         .quantity(Quantity.of(new BigDecimal("15000"), "logements"))
 *         .period(TargetPeriod.programme()).action("action-2")
 *         .source("communiqué de la Caisse des dépôts").build();
 * history.asOf(LocalDate.of(2012, 1, 1)).target("logements-action-2");   // the target on that date
 * }</pre>
 *
 * <p>The target is known inside its convention by its {@linkplain #id() identifier}, which
 * amendments refer to when they change or remove it; the consolidated convention gives it as in
 * force on a date, with the provenance of what set it. A target is attached to a phase or to an
 * action, not both; to neither, it is the convention's. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Target {

    Target() {
    }

    /**
     * Gets the identifier of the target inside its convention, such as {@code logements-action-2}.
     *
     * @return the identifier, never null
     */
    public abstract String id();

    /**
     * Gets what the target is, in the instrument's words.
     *
     * @return the non-blank title, never null
     */
    public abstract String title();

    /**
     * Gets the quantity to achieve.
     *
     * @return the quantity, never null
     */
    public abstract Quantity quantity();

    /**
     * Gets the period the quantity is set for.
     *
     * @return the period, never null
     */
    public abstract TargetPeriod period();

    /**
     * Gets the number of the phase the target belongs to.
     *
     * @return the phase number, empty unless the target is a phase's, never null
     */
    public abstract OptionalInt phase();

    /**
     * Gets the identifier of the action the target belongs to.
     *
     * @return the action's identifier, empty unless the target is an action's, never null
     */
    public abstract Optional<String> action();

    /**
     * Gets where the target is stated, when not in the instrument's own text (an annex, a press
     * note that summarises the convention).
     *
     * @return the source, empty when the instrument states it, never null
     */
    public abstract Optional<String> source();

    /**
     * Obtains a builder; {@code id}, {@code title}, {@code quantity} and {@code period} are required.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector().requireIdentifier(id(), "id").requireNonBlank(title(), "title");
        action().ifPresent(id -> violations.requireIdentifier(id, "action"));
        source().ifPresent(text -> violations.requireNonBlank(text, "source"));
        if (phase().isPresent() && action().isPresent()) {
            violations.add(TargetCodes.TARGET_ATTACHMENT_AMBIGUOUS, "action", "target '" + id()
                    + "' is attached to phase " + phase().getAsInt() + " and to action '" + action().get()
                    + "': it belongs to one of them, or to the convention");
        }
        violations.throwIfAny();
    }

    /**
     * Builds {@link Target} values; {@code build()} checks the invariants and throws
     * {@link dev.conventio.validation.ValidationException} when one is broken, or
     * {@link IllegalStateException} when a required attribute was not set.
     */
    public static final class Builder extends ImmutableTarget.Builder {
        Builder() {
        }
    }
}
