package dev.conventio.testkit;

import static dev.conventio.testkit.PartyGen.pick;

import dev.conventio.amendment.Amendment;
import dev.conventio.change.Change;
import dev.conventio.change.ModifyText;
import dev.conventio.change.ReplaceSentence;
import dev.conventio.change.ReplaceWords;
import dev.conventio.history.HistoryCodes;
import dev.conventio.text.TextCodes;
import dev.conventio.text.TextLocation;
import dev.conventio.validation.ViolationCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Invalid cases of texts and textual modifications: a position counted from 0 or less, a location
 * that does not fit its operation, and words a recorded passage does not hold.
 */
final class TextCases {

    private TextCases() {
    }

    /** Adds a generator of cases for each code of texts and textual modifications. */
    static void addTo(Map<ViolationCode, Gen<InvalidCase>> cases) {
        cases.put(TextCodes.POSITION_NOT_POSITIVE, (random, size) -> {
            int position = -random.nextInt(3);
            return InvalidCase.of(TextCodes.POSITION_NOT_POSITIVE, "paragraph " + position + " of article 1",
                    () -> TextLocation.article("1").withParagraph(position));
        });
        cases.put(TextCodes.LOCATION_UNFIT, (random, size) -> {
            TextLocation paragraph = TextLocation.preamble().withParagraph(1 + random.nextInt(4));
            return random.nextBoolean()
                    ? InvalidCase.of(TextCodes.LOCATION_UNFIT, "a sentence named without its paragraph",
                            () -> TextLocation.article("2").withSentence(1 + random.nextInt(3)))
                    : InvalidCase.of(TextCodes.LOCATION_UNFIT, "a sentence replaced at " + paragraph + ", no sentence named",
                            () -> ReplaceSentence.of(paragraph, "Nouvelle phrase."));
        });
        cases.put(HistoryCodes.CHANGE_WORDS_ABSENT, HistoryGen.historiesWithText().flatMap(h ->
                HistoryGen.nextAmendments(h).flatMap(a -> (random, size) -> {
                    String words = pick(random, List.of("mots introuvables", "deux cent mille", "Tableau 9"));
                    List<Change> changes = new ArrayList<>(a.changes());
                    changes.add(0, ModifyText.of("1", ReplaceWords.of(TextLocation.preamble().withParagraph(1), words,
                            "autres mots")));
                    return InvalidCase.ofRule(HistoryCodes.CHANGE_WORDS_ABSENT, "words « " + words + " », which the"
                            + " recorded preamble does not hold, replaced first", h,
                            Amendment.builder().from(a).changes(changes).build());
                })));
    }
}
