package dev.conventio.party;

import dev.conventio.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A natural person named in an instrument: a representative or a signatory.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Person {

    Person() {
    }

    /**
     * Gets the civility, when the instrument gives it ("Mme", "M.").
     *
     * @return the civility, empty when not stated, never null
     */
    public abstract Optional<Civility> civility();

    /**
     * Gets the full name as written, such as "Arlette Fructus".
     *
     * @return the non-blank name, never null
     */
    public abstract String fullName();

    /**
     * Obtains a person with a civility.
     *
     * @param civility  the civility, not null
     * @param fullName  the full name, not blank, not null
     * @return the person, never null
     * @throws dev.conventio.validation.ValidationException if the name is blank
     * @throws NullPointerException if an argument is null
     */
    public static Person of(Civility civility, String fullName) {
        return ImmutablePerson.builder().civility(civility).fullName(fullName).build();
    }

    /**
     * Obtains a person whose civility is not stated.
     *
     * @param fullName  the full name, not blank, not null
     * @return the person, never null
     * @throws dev.conventio.validation.ValidationException if the name is blank
     * @throws NullPointerException if the name is null
     */
    public static Person of(String fullName) {
        return ImmutablePerson.builder().fullName(fullName).build();
    }

    @Value.Check
    void check() {
        Violations.collector().requireNonBlank(fullName(), "fullName").throwIfAny();
    }

    /**
     * Returns the person as written in an instrument: "Mme Arlette Fructus".
     *
     * @return the civility's abbreviation, if any, and the name, never null
     */
    @Override
    public String toString() {
        return civility().map(c -> c.abbreviation() + " ").orElse("") + fullName();
    }
}
