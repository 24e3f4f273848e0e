package dev.conventio.party;

import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violations;
import java.util.Objects;

/**
 * A SIREN number: the nine-digit identifier of a legal unit in the French Sirene register.
 *
 * <p>The last digit is a Luhn check digit, which {@link #parse(CharSequence)} verifies.
 * {@link #toString()} is the exact inverse of {@code parse}: the nine digits without spaces.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Siren {

    /** The SIREN of La Poste, whose establishments' SIRETs follow a digit-sum rule instead of Luhn. */
    static final String LA_POSTE = "356000000";

    private final String digits;

    private Siren(String digits) {
        this.digits = digits;
    }

    /**
     * Obtains a SIREN from its nine digits, verifying its check digit.
     *
     * <p>Spaces are not accepted: {@code "356 000 000"} is malformed, {@code "356000000"} is not.
     *
     * @param text  the nine digits, not null
     * @return the SIREN, never null
     * @throws ValidationException with {@link dev.conventio.party.PartyCodes#SIREN_MALFORMED} if the text is not
     *     nine ASCII digits, or {@link dev.conventio.party.PartyCodes#SIREN_CHECKSUM} if the check digit is wrong
     * @throws NullPointerException if the text is null
     */
    public static Siren parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String digits = text.toString();
        Violations violations = Violations.collector();
        if (!Luhn.isDigits(digits, 9)) {
            violations.add(PartyCodes.SIREN_MALFORMED, "", "a SIREN is nine digits, was '" + digits + "'");
        } else if (!Luhn.isValid(digits)) {
            violations.add(PartyCodes.SIREN_CHECKSUM, "", "SIREN '" + digits + "' fails its Luhn check digit");
        }
        violations.throwIfAny();
        return new Siren(digits);
    }

    /**
     * Tells whether this is the SIREN of La Poste (356 000 000).
     *
     * @return true for La Poste
     */
    public boolean isLaPoste() {
        return LA_POSTE.equals(digits);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Siren && digits.equals(((Siren) other).digits));
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /**
     * Returns the nine digits, the form {@link #parse(CharSequence)} reads.
     *
     * @return the nine digits, never null
     */
    @Override
    public String toString() {
        return digits;
    }
}
