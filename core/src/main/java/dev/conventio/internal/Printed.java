package dev.conventio.internal;

/**
 * The lenient reading of identifiers as printed: « 385 290 309 », « 385.290.309 », with ordinary,
 * non-breaking or thin spaces between groups of digits. Shared by the {@code parseLenient} of SIREN,
 * SIRET, RNA and NOR numbers.
 *
 * <p>Internal: not part of the API, in a package the module does not export.
 */
public final class Printed {

    private Printed() {
    }

    /**
     * Leaves out the spaces (U+0020, U+00A0, U+2009, U+202F) and dots of a printed identifier, and
     * reads its ASCII letters in upper case.
     *
     * @param text  the identifier as printed, not null
     * @return what remains, never null
     */
    public static String strip(CharSequence text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\u00A0' || c == '\u2009' || c == '\u202F' || c == '.') {
                continue;
            }
            kept.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
        }
        return kept.toString();
    }
}
