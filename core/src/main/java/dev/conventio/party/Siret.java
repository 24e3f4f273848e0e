package dev.conventio.party;

import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violations;
import java.util.Objects;

/**
 * A SIRET number: the fourteen-digit identifier of an establishment, its SIREN followed by a
 * five-digit establishment number (NIC).
 *
 * <p>The number passes the Luhn check, except for the establishments of La Poste (SIREN
 * 356 000 000), whose numbers are valid when the sum of their digits is a multiple of 5.
 * {@link #toString()} is the exact inverse of {@link #parse(CharSequence)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Siret {

    private final String digits;

    private Siret(String digits) {
        this.digits = digits;
    }

    /**
     * Obtains a SIRET from its fourteen digits, verifying its checksum.
     *
     * @param text  the fourteen digits, without spaces, not null
     * @return the SIRET, never null
     * @throws ValidationException with {@link dev.conventio.party.PartyCodes#SIRET_MALFORMED} if the text is not
     *     fourteen ASCII digits, or {@link dev.conventio.party.PartyCodes#SIRET_CHECKSUM} if the checksum fails
     * @throws NullPointerException if the text is null
     */
    public static Siret parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String digits = text.toString();
        Violations violations = Violations.collector();
        if (!Luhn.isDigits(digits, 14)) {
            violations.add(PartyCodes.SIRET_MALFORMED, "", "a SIRET is fourteen digits, was '" + digits + "'");
        } else if (!isValidChecksum(digits)) {
            violations.add(PartyCodes.SIRET_CHECKSUM, "", "SIRET '" + digits + "' fails its checksum");
        }
        violations.throwIfAny();
        return new Siret(digits);
    }

    private static boolean isValidChecksum(String digits) {
        if (digits.startsWith(Siren.LA_POSTE)) {
            return Luhn.isValid(digits) || Luhn.digitSum(digits) % 5 == 0;
        }
        return Luhn.isValid(digits);
    }

    /**
     * Gets the SIREN of the legal unit this establishment belongs to: the first nine digits.
     *
     * @return the SIREN, never null
     */
    public Siren siren() {
        return Siren.parse(digits.substring(0, 9));
    }

    /**
     * Gets the establishment number (NIC): the last five digits.
     *
     * @return the five digits, never null
     */
    public String nic() {
        return digits.substring(9);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Siret && digits.equals(((Siret) other).digits));
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /**
     * Returns the fourteen digits, the form {@link #parse(CharSequence)} reads.
     *
     * @return the fourteen digits, never null
     */
    @Override
    public String toString() {
        return digits;
    }
}
