package dev.conventio.party;

import dev.conventio.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who represents a party in an instrument (« représentée par sa présidente … », « le Premier
 * ministre »): an office, held by a named person or not.
 * <pre>{@code
 * Representative presidente = Representative.orDelegate(Person.of("Martine Vassal"), "Présidente");
 * Representative premierMinistre = Representative.office("le Premier ministre");
 * premierMinistre.person();               // Optional.empty(): the office alone represents
 * }</pre>
 *
 * <p>The State is usually represented by offices, unnamed and several at once; an agency by « sa
 * directrice générale ». The person is then empty, never made up from the office.
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
     * Gets the person who holds the office, when the instrument names them.
     *
     * @return the person, empty when the office alone is given, never null
     */
    public abstract Optional<Person> person();

    /**
     * Gets the office or title as written, such as "Présidente", "Directeur-Ordonnateur" or "la
     * ministre chargée des transports".
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

    /**
     * Obtains a representative given by office only, such as « le Premier ministre » or « sa
     * directrice générale ».
     *
     * @param title  the office, not blank, not null
     * @return the representative, without a person, never null
     * @throws dev.conventio.validation.ValidationException if the title is blank
     * @throws NullPointerException if the title is null
     */
    public static Representative office(String title) {
        return ImmutableRepresentative.builder().title(title).build();
    }

    /**
     * Obtains a representative given by office only, whose delegate may act instead.
     *
     * @param title  the office, not blank, not null
     * @return the representative, without a person, never null
     * @throws dev.conventio.validation.ValidationException if the title is blank
     * @throws NullPointerException if the title is null
     */
    public static Representative officeOrDelegate(String title) {
        return ImmutableRepresentative.builder().title(title).orDelegate(true).build();
    }

    @Value.Check
    void check() {
        Violations.collector().requireNonBlank(title(), "title").throwIfAny();
    }

    /**
     * Returns the representative as {@code Présidente Martine Vassal (or delegate)}.
     *
     * @return a short description, never null
     */
    @Override
    public String toString() {
        return title() + person().map(p -> " " + p).orElse("") + (orDelegate() ? " (or delegate)" : "");
    }
}
