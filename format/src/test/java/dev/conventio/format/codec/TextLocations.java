package dev.conventio.format.codec;

/**
 * The line and column, from 1, at which a marker substring starts in a JSON text: what the tests
 * expect a located value at, derived from the text rather than copied from an output.
 */
final class TextLocations {

    private TextLocations() {
    }

    /** Where the one occurrence of the marker starts; fails if it occurs never or more than once. */
    static Location of(String text, String marker) {
        int at = text.indexOf(marker);
        if (at < 0 || text.indexOf(marker, at + 1) >= 0) {
            throw new IllegalArgumentException("'" + marker + "' does not occur exactly once in " + text);
        }
        return at(text, at);
    }

    /** Where the character at an index of the text is. */
    static Location at(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return Location.of(line, index - lineStart + 1);
    }
}
