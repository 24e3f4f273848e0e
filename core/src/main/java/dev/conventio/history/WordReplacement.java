package dev.conventio.history;

import dev.conventio.change.ReplaceWords;
import dev.conventio.text.Paragraph;
import dev.conventio.text.TextMatching;
import dev.conventio.validation.Violations;
import java.util.ArrayList;
import java.util.List;

/**
 * The replacement of words in the passage a {@link ReplaceWords} names, for the {@link TextApplier}:
 * finds the occurrences by the rules of {@link TextMatching}, reports the words or an occurrence
 * absent, and replaces the chosen ones.
 */
final class WordReplacement {

    private WordReplacement() {
    }

    /**
     * Replaces the chosen occurrences in the segments, in place; reports and returns false when the
     * words, or an occurrence, are absent.
     */
    static boolean replace(ReplaceWords operation, List<TextWork.Entry> passage, List<List<String>> segments,
            int sentence, Violations violations, String path, String standing) {
        // Where the passage is one sentence of a paragraph whose sentences follow the rule, the words
        // are sought in that sentence alone: split it out, replace, and put it back.
        List<int[]> places = new ArrayList<>();   // {segment list, segment} of each place searched
        if (sentence > 0) {
            Paragraph paragraph = (Paragraph) passage.get(0).block;
            if (paragraph.hasRecordedSentences()) {
                places.add(new int[] {0, sentence - 1});
            } else {
                segments.set(0, new ArrayList<>(paragraph.sentences()));
                places.add(new int[] {0, sentence - 1});
            }
        } else {
            for (int i = 0; i < segments.size(); i++) {
                for (int j = 0; j < segments.get(i).size(); j++) {
                    places.add(new int[] {i, j});
                }
            }
        }
        int[] counts = new int[places.size()];
        int total = 0;
        for (int p = 0; p < places.size(); p++) {
            counts[p] = TextMatching.count(segments.get(places.get(p)[0]).get(places.get(p)[1]), operation.words());
            total += counts[p];
        }
        String wordsPath = path + ".operation.words";
        if (total == 0) {
            violations.add(HistoryCodes.CHANGE_WORDS_ABSENT, wordsPath, "« " + operation.words() + " » does not"
                    + " occur in " + operation.location() + " as it stands " + standing);
            return false;
        }
        List<Integer> wanted = operation.occurrences();
        if (!wanted.isEmpty() && wanted.get(wanted.size() - 1) > total) {
            violations.add(HistoryCodes.CHANGE_WORDS_ABSENT, path + ".operation.occurrences", "occurrence "
                    + wanted.get(wanted.size() - 1) + " of « " + operation.words() + " » does not exist in "
                    + operation.location() + ", where the words occur " + total + " times, as it stands " + standing);
            return false;
        }
        int before = 0;
        for (int p = 0; p < places.size(); p++) {
            if (counts[p] == 0) {
                continue;
            }
            List<Integer> local = new ArrayList<>();
            for (int occurrence : wanted) {
                if (occurrence > before && occurrence <= before + counts[p]) {
                    local.add(occurrence - before);
                }
            }
            before += counts[p];
            if (wanted.isEmpty() || !local.isEmpty()) {
                List<String> list = segments.get(places.get(p)[0]);
                int at = places.get(p)[1];
                list.set(at, TextMatching.replace(list.get(at), operation.words(),
                        operation.replacement().orElse(""), local));
            }
        }
        if (sentence > 0 && !((Paragraph) passage.get(0).block).hasRecordedSentences()) {
            // Back to one text: the sentences of a paragraph that follows the rule, rejoined as written.
            String original = ((Paragraph) passage.get(0).block).text().get();
            String replaced = segments.get(0).get(sentence - 1);
            segments.set(0, new ArrayList<>(List.of(replaced.isBlank() ? removeSentence(original, sentence)
                    : TextMatching.replaceSentence(original, sentence, replaced))));
        }
        return true;
    }

    private static String removeSentence(String text, int number) {
        List<String> sentences = new ArrayList<>(TextMatching.sentences(text));
        sentences.remove(number - 1);
        return String.join(" ", sentences);
    }
}
