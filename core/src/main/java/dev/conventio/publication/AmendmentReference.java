package dev.conventio.publication;

import dev.conventio.date.PartialDate;
import dev.conventio.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An avenant named by another instrument (« modifiée par l'avenant n° 1 du 20 juin 2018 »): its
 * number, when given, and its date as far as it is known.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class AmendmentReference {

    AmendmentReference() {
    }

    /**
     * Gets the number of the avenant, when given.
     *
     * @return the number, from 1, empty when not given, never null
     */
    public abstract Optional<Integer> number();

    /**
     * Gets the date of the avenant.
     *
     * @return the date, possibly unknown, never null
     */
    public abstract PartialDate date();

    /**
     * Obtains a reference to a numbered avenant.
     *
     * @param number  the number, from 1
     * @param date  the date, not null
     * @return the reference, never null
     * @throws dev.conventio.validation.ValidationException if the number is not positive
     * @throws NullPointerException if the date is null
     */
    public static AmendmentReference of(int number, PartialDate date) {
        return ImmutableAmendmentReference.builder().number(number).date(date).build();
    }

    /**
     * Obtains a reference to an avenant known by its date only (« l'avenant du 11 juillet 2019 »).
     *
     * @param date  the date, not null
     * @return the reference, never null
     * @throws NullPointerException if the date is null
     */
    public static AmendmentReference of(PartialDate date) {
        return ImmutableAmendmentReference.builder().date(date).build();
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector();
        number().filter(n -> n < 1).ifPresent(n -> violations.add(PublicationCodes.NUMBER_NOT_POSITIVE, "number",
                "avenants are numbered from 1, was " + n));
        violations.throwIfAny();
    }

    /**
     * Returns the reference as {@code avenant n° 1 of 2018-06-20}.
     *
     * @return a short description, never null
     */
    @Override
    public String toString() {
        return "avenant" + number().map(n -> " n° " + n).orElse("") + " of " + date();
    }
}
