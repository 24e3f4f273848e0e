package dev.conventio.publication;

import dev.conventio.validation.Violations;
import java.util.Optional;

/** The checks that the publications of this package share. */
final class Checks {

    private Checks() {
    }

    /** Reports a number that is not positive (a text number, a page). */
    static void positive(Optional<Integer> number, String path, Violations violations) {
        number.filter(value -> value < 1).ifPresent(value -> violations.add(PublicationCodes.NUMBER_NOT_POSITIVE,
                path, path + " is counted from 1, was " + value));
    }

    /** Reports an address that is not an absolute http or https address without white space. */
    static void webAddress(String address, String path, Violations violations) {
        boolean scheme = address.startsWith("https://") || address.startsWith("http://");
        boolean host = scheme && address.length() > address.indexOf("//") + 2;
        boolean blanks = address.chars().anyMatch(Character::isWhitespace);
        if (!scheme || !host || blanks) {
            violations.add(PublicationCodes.PUBLICATION_IDENTIFIER_MALFORMED, path, path
                    + " is an http or https address without spaces, was '" + address + "'");
        }
    }

    /** Reports a text that is not made of ASCII digits only. */
    static void digits(String text, String path, Violations violations) {
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            violations.add(PublicationCodes.PUBLICATION_IDENTIFIER_MALFORMED, path, path
                    + " is made of digits, was '" + text + "'");
        }
    }
}
