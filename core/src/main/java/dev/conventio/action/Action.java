package dev.conventio.action;

import dev.conventio.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An action of a programme convention (action): a part of the programme with its own title, its own
 * money and its own targets, such as action 1 « modernisation de l'appareil de formation en
 * alternance », endowed with 250 M€.
 * <pre>{@code
 * Action action = Action.of("action-1", "Modernisation de l'appareil de formation en alternance");
 * // its money and targets name it:
 * FinancialContribution.builder().id("dotation-action-1").action("action-1")…
 * Target.builder().id("projets-action-1").action("action-1")…
 * }</pre>
 *
 * <p>The action is known inside its convention by its {@linkplain #id() identifier}. Its
 * contributions and targets are those of the convention that name it (their {@code action()}), so
 * that money and targets keep one identifier space and every change of a contribution or a target
 * applies whether it belongs to an action or not; the consolidated convention lists them by action.
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Action {

    Action() {
    }

    /**
     * Gets the identifier of the action inside its convention, such as {@code action-1}.
     *
     * @return the identifier, never null
     */
    public abstract String id();

    /**
     * Gets the title of the action, as the instrument gives it.
     *
     * @return the non-blank title, never null
     */
    public abstract String title();

    /**
     * Gets what the action is for, as the instrument describes it.
     *
     * @return the description, empty when not recorded, never null
     */
    public abstract Optional<String> description();

    /**
     * Obtains an action.
     *
     * @param id  the identifier, not null
     * @param title  the title, not blank, not null
     * @return the action, never null
     * @throws dev.conventio.validation.ValidationException if the identifier is malformed or the title blank
     * @throws NullPointerException if an argument is null
     */
    public static Action of(String id, String title) {
        return builder().id(id).title(title).build();
    }

    /**
     * Obtains a builder; {@code id} and {@code title} are required.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector().requireIdentifier(id(), "id").requireNonBlank(title(), "title");
        description().ifPresent(text -> violations.requireNonBlank(text, "description"));
        violations.throwIfAny();
    }

    /**
     * Builds {@link Action} values; {@code build()} checks the invariants and throws
     * {@link dev.conventio.validation.ValidationException} when one is broken, or
     * {@link IllegalStateException} when a required attribute was not set.
     */
    public static final class Builder extends ImmutableAction.Builder {
        Builder() {
        }
    }
}
