package dev.conventio.party;

import dev.conventio.internal.Printed;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import java.util.List;
import java.util.Objects;

/**
 * The number of an association in the Répertoire national des associations (RNA), such as
 * {@code W751004076}: a {@code W} and nine digits, the first three of which are the département of
 * the prefecture that registered it ({@code 2A} or {@code 2B} for Corsica).
 * <pre>{@code
 * Rna croixRouge = Rna.parse("W751004076");
 * Rna.parseLenient("w 751 004 076");      // the same, as printed
 * }</pre>
 *
 * <p>{@link #toString()} is the exact inverse of {@link #parse(CharSequence)}, which is strict;
 * {@link #parseLenient(CharSequence)} reads the number as printed. This class is immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class Rna {

    private final String text;

    private Rna(String text) {
        this.text = text;
    }

    /**
     * Obtains an RNA number from its ten characters.
     *
     * @param text  the number, such as {@code W751004076}, not null
     * @return the number, never null
     * @throws ValidationException with {@link PartyCodes#RNA_MALFORMED} if the text is not an upper-case
     *     {@code W} and nine digits (or {@code 2A}, {@code 2B} and seven digits)
     * @throws NullPointerException if the text is null
     */
    public static Rna parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String value = text.toString();
        if (!isRna(value)) {
            throw new ValidationException(List.of(Violation.of(PartyCodes.RNA_MALFORMED, "", "an RNA number is W and"
                    + " nine digits (W751004076; 2A or 2B first in Corsica), was '" + value + "'")));
        }
        return new Rna(value);
    }

    /**
     * Obtains an RNA number as printed: spaces, non-breaking and thin spaces and dots are left out and
     * letters read in upper case.
     *
     * @param text  the number as printed, not null
     * @return the number, never null
     * @throws ValidationException with {@link PartyCodes#RNA_MALFORMED} if what remains is not an RNA number
     * @throws NullPointerException if the text is null
     */
    public static Rna parseLenient(CharSequence text) {
        return parse(Printed.strip(Objects.requireNonNull(text, "text")));
    }

    private static boolean isRna(String value) {
        if (value.length() != 10 || value.charAt(0) != 'W') {
            return false;
        }
        boolean corsica = value.charAt(1) == '2' && (value.charAt(2) == 'A' || value.charAt(2) == 'B');
        return Luhn.isDigits(corsica ? value.substring(3) : value.substring(1), corsica ? 7 : 9);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Rna && text.equals(((Rna) other).text));
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /**
     * Returns the ten characters, the form {@link #parse(CharSequence)} reads.
     *
     * @return the number, never null
     */
    @Override
    public String toString() {
        return text;
    }
}
