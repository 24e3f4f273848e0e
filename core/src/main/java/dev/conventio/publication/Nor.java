package dev.conventio.publication;

import dev.conventio.internal.Printed;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import java.util.List;
import java.util.Objects;

/**
 * A NOR (numéro d'ordre normalisé): the identifier the Journal officiel gives a text, such as
 * {@code PRMI1426516X}.
 * <pre>{@code
 * Nor nor = Nor.parse("PRMI1426516X");
 * nor.ministry();                          // "PRM"
 * nor.year();                              // 14
 * }</pre>
 *
 * <p>Twelve characters: three letters for the ministry, one for the service, two digits for the
 * year, five for the text's number and one letter for its kind. {@link #toString()} is the exact
 * inverse of {@link #parse(CharSequence)}, which is strict; {@link #parseLenient(CharSequence)}
 * reads a NOR as printed, with spaces and in lower case.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Nor {

    private final String text;

    private Nor(String text) {
        this.text = text;
    }

    /**
     * Obtains a NOR from its twelve characters.
     *
     * @param text  the NOR, such as {@code PRMI1426516X}, not null
     * @return the NOR, never null
     * @throws ValidationException with {@link PublicationCodes#NOR_MALFORMED} if the text is not four
     *     upper-case letters, seven digits and an upper-case letter
     * @throws NullPointerException if the text is null
     */
    public static Nor parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String value = text.toString();
        if (!isNor(value)) {
            throw new ValidationException(List.of(Violation.of(PublicationCodes.NOR_MALFORMED, "", "a NOR is four"
                    + " upper-case letters, seven digits and an upper-case letter (PRMI1426516X), was '" + value + "'")));
        }
        return new Nor(value);
    }

    /**
     * Obtains a NOR as printed: spaces, non-breaking spaces and dots are left out and letters are
     * read in upper case ({@code "prmi 1426516 x"} reads as {@code PRMI1426516X}).
     *
     * @param text  the NOR as printed, not null
     * @return the NOR, never null
     * @throws ValidationException with {@link PublicationCodes#NOR_MALFORMED} if what remains is not a NOR
     * @throws NullPointerException if the text is null
     */
    public static Nor parseLenient(CharSequence text) {
        return parse(Printed.strip(Objects.requireNonNull(text, "text")));
    }

    private static boolean isNor(String value) {
        if (value.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = value.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z';
            boolean digit = c >= '0' && c <= '9';
            if ((i < 4 || i == 11) ? !letter : !digit) {
                return false;
            }
        }
        return true;
    }

    /**
     * Gets the three letters of the ministry, such as {@code PRM} for the Premier ministre.
     *
     * @return the ministry's letters, never null
     */
    public String ministry() {
        return text.substring(0, 3);
    }

    /**
     * Gets the two digits of the year the text was registered, such as 14 for 2014.
     *
     * @return the year's last two digits, 0 to 99
     */
    public int year() {
        return Integer.parseInt(text.substring(4, 6));
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Nor && text.equals(((Nor) other).text));
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /**
     * Returns the twelve characters, the form {@link #parse(CharSequence)} reads.
     *
     * @return the NOR, never null
     */
    @Override
    public String toString() {
        return text;
    }
}
