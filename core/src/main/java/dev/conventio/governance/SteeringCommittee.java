package dev.conventio.governance;

import dev.conventio.validation.Violations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body that steers a convention (comité de pilotage, instance de pilotage).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class SteeringCommittee {

    SteeringCommittee() {
    }

    /**
     * Gets the name of the committee, such as "Comité de pilotage".
     *
     * @return the non-blank name, never null
     */
    public abstract String name();

    /**
     * Gets what the committee does, as the instrument states it
     * (« validera l'ensemble de cette démarche »).
     *
     * @return the mission, empty when not stated, never null
     */
    public abstract Optional<String> mission();

    /**
     * Gets the identifiers of the parties that sit on the committee.
     *
     * @return the members' identifiers, empty when the instrument does not list them, never null
     */
    public abstract List<String> members();

    /**
     * Obtains a builder of committees. {@code name} is required.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a committee with a mission and no listed members.
     *
     * @param name  the name, not blank, not null
     * @param mission  the mission, not blank, not null
     * @return the committee, never null
     * @throws dev.conventio.validation.ValidationException if a text is blank
     * @throws NullPointerException if an argument is null
     */
    public static SteeringCommittee of(String name, String mission) {
        return builder().name(name).mission(mission).build();
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector().requireNonBlank(name(), "name");
        mission().ifPresent(text -> violations.requireNonBlank(text, "mission"));
        for (int i = 0; i < members().size(); i++) {
            violations.requireIdentifier(members().get(i), "members[" + i + "]");
        }
        violations.throwIfAny();
    }

    /**
     * Builds {@link SteeringCommittee} values; {@code build()} checks the invariants and throws
     * {@link dev.conventio.validation.ValidationException} when one is broken, or
     * {@link IllegalStateException} when a required attribute was not set.
     */
    public static final class Builder extends ImmutableSteeringCommittee.Builder {
        Builder() {
        }
    }
}
