package dev.conventio.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How words are found in a text and how a paragraph splits into sentences: the documented,
 * deterministic rules every textual modification follows.
 *
 * <p><b>Matching.</b> Texts and the words sought are compared in a normalised form:
 * <ol>
 *   <li>Unicode NFC, each base character with its combining marks;</li>
 *   <li>every run of white space and space-like characters (any {@link Character#isWhitespace}
 *       character and any space separator, such as U+00A0 no-break space and U+202F narrow no-break
 *       space) is one space;</li>
 *   <li>the typographic apostrophe ’ (U+2019) and the modifier letter apostrophe ʼ (U+02BC) are the
 *       apostrophe ' (U+0027).</li>
 * </ol>
 * The words sought are trimmed. Case and accents count: « Deux » is not « deux ». An occurrence
 * starts and ends on a word boundary: the character before it and the one after it are not letters
 * or digits when the words begin or end with a letter or a digit, so « deux » is not found in
 * « deuxième ». Occurrences are counted from 1, left to right, without overlap.
 *
 * <p><b>Sentences.</b> A sentence ends at a full stop, an exclamation mark or a question mark
 * followed by one or more spaces and then a capital letter (possibly after an opening « , " or (
 * ). A full stop does not end a sentence after one of the {@link #ABBREVIATIONS} (« M. », « art. »,
 * « n° »…) or after a single letter (an initial, « L. 329-1 »). A paragraph whose sentences do not
 * follow this rule records them explicitly ({@link Paragraph#ofSentences(String...)}).
 *
 * <p><b>Deleting words</b> (replacing them by nothing) also removes the spaces before them when
 * spaces or a punctuation mark follow them, so that no double space is left.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TextMatching {

    /** The words after which a full stop does not end a sentence, without their full stop. */
    public static final Set<String> ABBREVIATIONS = Set.of("M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Dr",
            "art", "Art", "al", "cf", "chap", "n°", "no", "p", "pp", "vol", "ex", "min", "av", "bd");

    private TextMatching() {
    }

    /**
     * Gets the normalised form in which texts are compared.
     *
     * @param text  the text, not null
     * @return the normalised text, never null
     * @throws NullPointerException if the text is null
     */
    public static String normalize(String text) {
        return Normalized.of(Objects.requireNonNull(text, "text")).text;
    }

    /**
     * Counts the occurrences of words in a text.
     *
     * @param text  the text searched, not null
     * @param words  the words sought, not blank, not null
     * @return the number of occurrences, possibly zero
     * @throws IllegalArgumentException if the words are blank
     * @throws NullPointerException if an argument is null
     */
    public static int count(String text, String words) {
        return find(text, words).size();
    }

    /**
     * Replaces occurrences of words in a text, leaving every other character as it is.
     *
     * @param text  the text, not null
     * @param words  the words sought, not blank, not null
     * @param replacement  the new words, empty to delete them, not null
     * @param occurrences  the occurrences to replace, counted from 1; empty for all of them, not null
     * @return the new text, never null
     * @throws IllegalArgumentException if the words are blank, absent, or an occurrence does not exist
     * @throws NullPointerException if an argument is null
     */
    public static String replace(String text, String words, String replacement, List<Integer> occurrences) {
        Objects.requireNonNull(replacement, "replacement");
        List<int[]> found = find(text, words);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("'" + words + "' does not occur in '" + text + "'");
        }
        List<int[]> chosen = new ArrayList<>();
        if (occurrences.isEmpty()) {
            chosen.addAll(found);
        } else {
            for (int occurrence : occurrences) {
                if (occurrence < 1 || occurrence > found.size()) {
                    throw new IllegalArgumentException("occurrence " + occurrence + " of '" + words + "' does not exist;"
                            + " it occurs " + found.size() + " times");
                }
                chosen.add(found.get(occurrence - 1));
            }
            chosen.sort((a, b) -> Integer.compare(a[0], b[0]));
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = chosen.size() - 1; i >= 0; i--) {
            int start = chosen.get(i)[0];
            int end = chosen.get(i)[1];
            if (replacement.isEmpty()) {
                boolean spaceOrPunctuationAfter = end == out.length() || isSpaceLike(out.charAt(end))
                        || ",.;:)»".indexOf(out.charAt(end)) >= 0;
                int before = start;
                while (before > 0 && isSpaceLike(out.charAt(before - 1))) {
                    before--;
                }
                if (spaceOrPunctuationAfter && before < start) {
                    start = before;
                } else if (start == 0) {
                    while (end < out.length() && isSpaceLike(out.charAt(end))) {
                        end++;
                    }
                }
            }
            out.replace(start, end, replacement);
        }
        return out.toString();
    }

    /**
     * Splits a text into sentences by the rule of this class.
     *
     * @param text  the text, not null
     * @return the sentences, trimmed, none empty, never null, unmodifiable
     * @throws NullPointerException if the text is null
     */
    public static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (int[] bounds : sentenceBounds(text)) {
            sentences.add(text.substring(bounds[0], bounds[1]));
        }
        return List.copyOf(sentences);
    }

    /**
     * Replaces the n-th sentence of a text split by the rule of this class, leaving the spaces
     * between sentences as they are.
     *
     * @param text  the text, not null
     * @param number  the sentence's position, from 1
     * @param sentence  the new sentence, not null
     * @return the new text, never null
     * @throws IllegalArgumentException if the text has no such sentence
     * @throws NullPointerException if an argument is null
     */
    public static String replaceSentence(String text, int number, String sentence) {
        Objects.requireNonNull(sentence, "sentence");
        List<int[]> bounds = sentenceBounds(text);
        if (number < 1 || number > bounds.size()) {
            throw new IllegalArgumentException("sentence " + number + " does not exist; the text has " + bounds.size()
                    + " sentences");
        }
        int[] replaced = bounds.get(number - 1);
        return text.substring(0, replaced[0]) + sentence + text.substring(replaced[1]);
    }

    /** The bounds, in the text, of each trimmed sentence. */
    static List<int[]> sentenceBounds(String text) {
        List<int[]> bounds = new ArrayList<>();
        int length = text.length();
        int start = skipSpaces(text, 0);
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && i + 1 < length && isSpaceLike(text.charAt(i + 1))) {
                int next = skipSpaces(text, i + 1);
                int capital = next;
                if (capital < length && "«\"(“".indexOf(text.charAt(capital)) >= 0) {
                    capital = skipSpaces(text, capital + 1);
                }
                if (capital < length && Character.isUpperCase(text.codePointAt(capital))
                        && (c != '.' || !abbreviationBefore(text, i))) {
                    bounds.add(new int[] {start, i + 1});
                    start = next;
                }
            }
        }
        int end = length;
        while (end > start && isSpaceLike(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            bounds.add(new int[] {start, end});
        }
        return bounds;
    }

    private static boolean abbreviationBefore(String text, int stop) {
        int from = stop;
        while (from > 0 && !isSpaceLike(text.charAt(from - 1)) && text.charAt(from - 1) != '(') {
            from--;
        }
        String word = text.substring(from, stop);
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isLetter(word.charAt(0)));
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && isSpaceLike(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether a character is white space or a space separator (U+00A0, U+202F, U+2007…). */
    static boolean isSpaceLike(char c) {
        return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** The occurrences of words in a text, as bounds in the text, left to right, without overlap. */
    private static List<int[]> find(String text, String words) {
        Objects.requireNonNull(text, "text");
        String sought = normalize(Objects.requireNonNull(words, "words")).strip();
        if (sought.isEmpty()) {
            throw new IllegalArgumentException("the words sought are blank");
        }
        Normalized normalized = Normalized.of(text);
        String haystack = normalized.text;
        boolean wordStart = Character.isLetterOrDigit(sought.codePointAt(0));
        boolean wordEnd = Character.isLetterOrDigit(sought.codePointBefore(sought.length()));
        List<int[]> found = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = haystack.indexOf(sought, from);
            if (at < 0) {
                break;
            }
            int end = at + sought.length();
            boolean boundaryBefore = !wordStart || at == 0 || !Character.isLetterOrDigit(haystack.codePointBefore(at));
            boolean boundaryAfter = !wordEnd || end == haystack.length()
                    || !Character.isLetterOrDigit(haystack.codePointAt(end));
            if (boundaryBefore && boundaryAfter) {
                found.add(new int[] {normalized.start[at], normalized.end[end - 1]});
                from = end;
            } else {
                from = at + 1;
            }
        }
        return found;
    }

    /** A normalised text, with the bounds in the original text of each of its characters. */
    private static final class Normalized {
        final String text;
        final int[] start;
        final int[] end;

        private Normalized(String text, int[] start, int[] end) {
            this.text = text;
            this.start = start;
            this.end = end;
        }

        static Normalized of(String original) {
            StringBuilder out = new StringBuilder(original.length());
            int[] starts = new int[original.length() * 3 + 1];
            int[] ends = new int[original.length() * 3 + 1];
            int i = 0;
            while (i < original.length()) {
                if (isSpaceLike(original.charAt(i))) {
                    int run = skipSpaces(original, i);
                    starts[out.length()] = i;
                    ends[out.length()] = run;
                    out.append(' ');
                    i = run;
                    continue;
                }
                int j = i + Character.charCount(original.codePointAt(i));
                while (j < original.length() && isMark(original.codePointAt(j))) {
                    j += Character.charCount(original.codePointAt(j));
                }
                String segment = Normalizer.normalize(original.substring(i, j), Normalizer.Form.NFC);
                if (segment.equals("\u2019") || segment.equals("\u02bc")) {
                    segment = "'";
                }
                for (int k = 0; k < segment.length(); k++) {
                    starts[out.length()] = i;
                    ends[out.length()] = j;
                    out.append(segment.charAt(k));
                }
                i = j;
            }
            return new Normalized(out.toString(), starts, ends);
        }

        private static boolean isMark(int codePoint) {
            int type = Character.getType(codePoint);
            return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
        }
    }
}
