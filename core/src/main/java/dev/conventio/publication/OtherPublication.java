package dev.conventio.publication;

import dev.conventio.date.PartialDate;
import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * A publication the model has no type for, described in words, such as « annexe 1 de la
 * délibération 2022 DFPE 28, séance du Conseil de Paris de mars 2022 ». A version-1
 * {@code publication}, which was free text, reads as one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class OtherPublication implements Publication {

    OtherPublication() {
    }

    /**
     * Gets the description, as written.
     *
     * @return the non-blank description, never null
     */
    public abstract String description();

    /**
     * Gets the date of the publication, when known.
     *
     * @return the date, {@linkplain PartialDate#unknown() unknown} when not given, never null
     */
    @Override
    @Value.Default
    public PartialDate date() {
        return PartialDate.unknown();
    }

    /**
     * Obtains a publication described in words, its date unknown.
     *
     * @param description  the description, not blank, not null
     * @return the publication, never null
     * @throws dev.conventio.validation.ValidationException if the description is blank
     * @throws NullPointerException if the description is null
     */
    public static OtherPublication of(String description) {
        return ImmutableOtherPublication.builder().description(description).build();
    }

    /**
     * Obtains a publication described in words, on a date.
     *
     * @param description  the description, not blank, not null
     * @param date  the date, not null
     * @return the publication, never null
     * @throws dev.conventio.validation.ValidationException if the description is blank
     * @throws NullPointerException if an argument is null
     */
    public static OtherPublication of(String description, PartialDate date) {
        return ImmutableOtherPublication.builder().description(description).date(date).build();
    }

    @Value.Check
    void check() {
        Violations.collector().requireNonBlank(description(), "description").throwIfAny();
    }

    /**
     * Returns the description.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return description();
    }
}
