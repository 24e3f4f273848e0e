package dev.conventio.work;

import dev.conventio.validation.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A phase of the work a convention organises (phase), numbered from 1, with its orientations.
 * <pre>{@code
 * Phase phase3 = Phase.builder().number(3).title("Évaluation finale").status(PhaseStatus.VALIDATED)
 *         .addOrientations(Orientation.of(1, "Plan d'accompagnement des professionnels")).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Phase {

    Phase() {
    }

    /**
     * Gets the number of the phase, from 1.
     *
     * @return the positive number
     */
    public abstract int number();

    /**
     * Gets the title of the phase, such as "évaluation finale …".
     *
     * @return the non-blank title, never null
     */
    public abstract String title();

    /**
     * Gets a longer description of the phase, when the instrument gives one.
     *
     * @return the description, empty when none is given, never null
     */
    public abstract Optional<String> description();

    /**
     * Gets where the phase stands.
     *
     * @return the status, {@link PhaseStatus#PLANNED} unless set, never null
     */
    @Value.Default
    public PhaseStatus status() {
        return PhaseStatus.PLANNED;
    }

    /**
     * Gets the orientations of the phase, each with a distinct order.
     *
     * @return the orientations, possibly empty, never null, unmodifiable
     */
    public abstract List<Orientation> orientations();

    /**
     * Obtains a builder of phases. {@code number} and {@code title} are required.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a planned phase without description or orientations.
     *
     * @param number  the number, from 1
     * @param title  the title, not blank, not null
     * @return the phase, never null
     * @throws dev.conventio.validation.ValidationException if the number is not positive or the title blank
     * @throws NullPointerException if the title is null
     */
    public static Phase of(int number, String title) {
        return builder().number(number).title(title).build();
    }

    /**
     * Returns a copy of this phase with another status.
     *
     * @param status  the new status, not null
     * @return the changed phase, never null
     */
    public abstract Phase withStatus(PhaseStatus status);

    /**
     * Returns a copy of this phase with other orientations.
     *
     * @param orientations  the new orientations, not null
     * @return the changed phase, never null
     * @throws dev.conventio.validation.ValidationException if two orientations share an order
     */
    public abstract Phase withOrientations(Iterable<? extends Orientation> orientations);

    @Value.Check
    void check() {
        Violations violations = Violations.collector().requireNonBlank(title(), "title");
        if (number() < 1) {
            violations.add(WorkCodes.PHASE_NUMBER_NOT_POSITIVE, "number",
                    "a phase number counts from 1, was " + number());
        }
        description().ifPresent(text -> violations.requireNonBlank(text, "description"));
        Set<Integer> orders = new HashSet<>();
        for (int i = 0; i < orientations().size(); i++) {
            int order = orientations().get(i).order();
            if (!orders.add(order)) {
                violations.add(WorkCodes.PHASE_ORIENTATIONS_DUPLICATE_ORDER, "orientations[" + i + "].order",
                        "order " + order + " is already taken by another orientation of phase " + number());
            }
        }
        violations.throwIfAny();
    }

    /**
     * Builds {@link Phase} values; {@code build()} checks the invariants and throws
     * {@link dev.conventio.validation.ValidationException} when one is broken, or
     * {@link IllegalStateException} when a required attribute was not set.
     */
    public static final class Builder extends ImmutablePhase.Builder {
        Builder() {
        }
    }
}
