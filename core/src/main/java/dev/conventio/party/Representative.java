package dev.conventio.party;

import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Who represents a party in an instrument (« représentée par sa présidente … »).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Representative {

    Representative() {
    }

    /**
     * Gets the person who represents the party.
     *
     * @return the person, never null
     */
    public abstract Person person();

    /**
     * Gets the person's title as written, such as "Présidente" or "Directeur-Ordonnateur".
     *
     * @return the non-blank title, never null
     */
    public abstract String title();

    /**
     * Tells whether the instrument lets the representative's delegate act instead
     * (« ou son représentant »).
     *
     * @return true when a delegate may act
     */
    @Value.Default
    public boolean orDelegate() {
        return false;
    }

    /**
     * Obtains a representative who acts in person.
     *
     * @param person  the person, not null
     * @param title  the title, not blank, not null
     * @return the representative, never null
     * @throws dev.conventio.validation.ValidationException if the title is blank
     * @throws NullPointerException if an argument is null
     */
    public static Representative of(Person person, String title) {
        return ImmutableRepresentative.builder().person(person).title(title).build();
    }

    /**
     * Obtains a representative whose delegate may act instead (« ou son représentant »).
     *
     * @param person  the person, not null
     * @param title  the title, not blank, not null
     * @return the representative, never null
     * @throws dev.conventio.validation.ValidationException if the title is blank
     * @throws NullPointerException if an argument is null
     */
    public static Representative orDelegate(Person person, String title) {
        return ImmutableRepresentative.builder().person(person).title(title).orDelegate(true).build();
    }

    @Value.Check
    void check() {
        Violations.collector().requireNonBlank(title(), "title").throwIfAny();
    }
}
