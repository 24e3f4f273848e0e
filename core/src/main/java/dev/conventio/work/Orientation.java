package dev.conventio.work;

import dev.conventio.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An orientation of a phase (orientation, étape de travail): an ordered line of work with an
 * optional justification (« justifié par … »).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Orientation {

    Orientation() {
    }

    /**
     * Gets the position of this orientation in its phase, from 1.
     *
     * @return the positive order
     */
    public abstract int order();

    /**
     * Gets the statement of the orientation.
     *
     * @return the non-blank title, never null
     */
    public abstract String title();

    /**
     * Gets the reason given for the orientation, when the instrument gives one.
     *
     * @return the justification, empty when none is given, never null
     */
    public abstract Optional<String> justification();

    /**
     * Obtains an orientation without justification.
     *
     * @param order  the position in the phase, from 1
     * @param title  the statement, not blank, not null
     * @return the orientation, never null
     * @throws dev.conventio.validation.ValidationException if the order is not positive or the title blank
     * @throws NullPointerException if the title is null
     */
    public static Orientation of(int order, String title) {
        return ImmutableOrientation.builder().order(order).title(title).build();
    }

    /**
     * Obtains an orientation with its justification.
     *
     * @param order  the position in the phase, from 1
     * @param title  the statement, not blank, not null
     * @param justification  the reason given, not blank, not null
     * @return the orientation, never null
     * @throws dev.conventio.validation.ValidationException if the order is not positive or a text blank
     * @throws NullPointerException if a text is null
     */
    public static Orientation of(int order, String title, String justification) {
        return ImmutableOrientation.builder().order(order).title(title).justification(justification).build();
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector().requireNonBlank(title(), "title");
        if (order() < 1) {
            violations.add(WorkCodes.ORIENTATION_ORDER_NOT_POSITIVE, "order",
                    "an orientation's order counts from 1, was " + order());
        }
        justification().ifPresent(text -> violations.requireNonBlank(text, "justification"));
        violations.throwIfAny();
    }
}
