package dev.conventio.change;

import dev.conventio.internal.Unique;
import dev.conventio.validation.Violations;
import dev.conventio.work.Orientation;
import dev.conventio.work.WorkCodes;
import java.util.List;
import org.immutables.value.Value;

/**
 * Sets or replaces the orientations of a phase (« détermination des étapes de travail de la phase 3 »).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class SetOrientations extends Change {

    SetOrientations() {
    }

    /**
     * Gets the number of the phase whose orientations are set.
     *
     * @return the number of the phase whose orientations are set
     */
    public abstract int phase();

    /**
     * Gets the new orientations, replacing any the phase had.
     *
     * @return the new orientations, replacing any the phase had, never null
     */
    public abstract List<Orientation> orientations();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param phase  the number of the phase whose orientations are set
     * @param orientations  the new orientations, replacing any the phase had, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static SetOrientations of(String article, int phase, Iterable<? extends Orientation> orientations) {
        return ImmutableSetOrientations.builder().article(article).phase(phase).addAllOrientations(orientations).build();
    }

    @Override
    public <R> R accept(Change.Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    void check() {
        Violations violations = checkShared();
        if (phase() < 1) {
            violations.add(WorkCodes.PHASE_NUMBER_NOT_POSITIVE, "phase", "a phase number counts from 1, was " + phase());
        }
        Unique.check(orientations(), orientation -> Integer.toString(orientation.order()), "orientations", "order",
                WorkCodes.PHASE_ORIENTATIONS_DUPLICATE_ORDER,
                order -> "order " + order + " is already taken by another orientation of phase " + phase(), violations);
        violations.throwIfAny();
    }
}
