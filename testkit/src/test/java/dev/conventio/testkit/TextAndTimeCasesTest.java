package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.history.HistoryCodes;
import dev.conventio.text.TextCodes;
import dev.conventio.validation.ViolationCode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The invalid cases of texts ({@link TextCases}) and of the convention's time ({@link TimeCases}):
 * each targeted mistake is drawn over a seeded sample and rejected with its code.
 */
class TextAndTimeCasesTest {

    private static List<String> mutations(ViolationCode code, int count) {
        return CaseMutations.of(code, 0x7e7bL, count);
    }

    @Test
    void aPositionIsCountedFromZeroOrBelow() {
        assertThat(new TreeSet<>(mutations(TextCodes.POSITION_NOT_POSITIVE, 60))).containsExactlyInAnyOrder(
                "paragraph 0 of article 1", "paragraph -1 of article 1", "paragraph -2 of article 1");
    }

    @Test
    void aLocationNamesASentenceWithoutItsParagraphOrASentenceReplacementNamesNone() {
        Set<String> mutations = new TreeSet<>(mutations(TextCodes.LOCATION_UNFIT, 80));
        assertThat(mutations).contains("a sentence named without its paragraph");
        Set<String> paragraphs = new TreeSet<>();
        for (String mutation : mutations) {
            if (!mutation.equals("a sentence named without its paragraph")) {
                assertThat(mutation).matches("a sentence replaced at .+, no sentence named");
                paragraphs.add(mutation);
            }
        }
        assertThat(paragraphs).as("the preamble's paragraphs 1 to 4").hasSize(4);
    }

    @Test
    void wordsTheRecordedPreambleDoesNotHoldAreReplacedFirst() {
        Set<String> words = new TreeSet<>();
        for (String mutation : mutations(HistoryCodes.CHANGE_WORDS_ABSENT, 40)) {
            assertThat(mutation).matches("words « .+ », which the recorded preamble does not hold, replaced first");
            words.add(mutation.substring("words « ".length(), mutation.indexOf(" »")));
        }
        assertThat(words).containsExactlyInAnyOrder("mots introuvables", "deux cent mille", "Tableau 9");
    }

    @Test
    void aProlongationStatesATotalOneToElevenMonthsLongerThanTheSumGives() {
        Set<Integer> extraMonths = new TreeSet<>();
        for (String mutation : mutations(HistoryCodes.PROLONGATION_TOTAL_MISMATCH, 120)) {
            assertThat(mutation).matches("a prolongation by one year stating a total of P\\S+ where the sum gives P\\S+");
            java.time.Period stated = java.time.Period.parse(mutation.replaceAll(".*a total of (P\\S+) where.*", "$1"));
            java.time.Period sum = java.time.Period.parse(mutation.replaceAll(".*the sum gives (P\\S+)$", "$1"));
            extraMonths.add((int) (stated.toTotalMonths() - sum.toTotalMonths()));
        }
        assertThat(extraMonths).containsExactlyElementsOf(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
    }
}
