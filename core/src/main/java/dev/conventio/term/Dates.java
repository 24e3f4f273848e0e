package dev.conventio.term;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Reads the ISO-8601 calendar dates of the term package's text forms. */
final class Dates {

    private Dates() {
    }

    /** The date written {@code YYYY-MM-DD}, exactly, or null if the text is not one that exists. */
    static LocalDate parse(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
