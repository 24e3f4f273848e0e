package dev.conventio.publication;

import dev.conventio.date.PartialDate;
import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * A publication at a web address, such as the page of a deliberation on a council's site.
 *
 * <p>The address is an absolute {@code http} or {@code https} address without white space
 * ({@link PublicationCodes#PUBLICATION_IDENTIFIER_MALFORMED}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class WebPublication implements Publication {

    WebPublication() {
    }

    /**
     * Gets the address.
     *
     * @return the address, never null
     */
    public abstract String address();

    /**
     * Gets the date the text was put online, when known.
     *
     * @return the date, {@linkplain PartialDate#unknown() unknown} when not given, never null
     */
    @Override
    @Value.Default
    public PartialDate date() {
        return PartialDate.unknown();
    }

    /**
     * Obtains a publication at an address, its date unknown.
     *
     * @param address  the address, not null
     * @return the publication, never null
     * @throws dev.conventio.validation.ValidationException if the address is malformed
     * @throws NullPointerException if the address is null
     */
    public static WebPublication of(String address) {
        return ImmutableWebPublication.builder().address(address).build();
    }

    /**
     * Obtains a publication at an address, put online on a date.
     *
     * @param address  the address, not null
     * @param date  the date, not null
     * @return the publication, never null
     * @throws dev.conventio.validation.ValidationException if the address is malformed
     * @throws NullPointerException if an argument is null
     */
    public static WebPublication of(String address, PartialDate date) {
        return ImmutableWebPublication.builder().address(address).date(date).build();
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector();
        Checks.webAddress(address(), "address", violations);
        violations.throwIfAny();
    }

    /**
     * Returns the address.
     *
     * @return the address, never null
     */
    @Override
    public String toString() {
        return address();
    }
}
