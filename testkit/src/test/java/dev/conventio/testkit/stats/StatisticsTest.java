package dev.conventio.testkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.change.AddPhase;
import dev.conventio.change.ChangeObject;
import dev.conventio.history.History;
import dev.conventio.testkit.HistoryGen;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Statistics} counts each label once per case, orders them by frequency and renders a table. */
class StatisticsTest {

    @Test
    void countsEachLabelOncePerCaseTheMostFrequentFirst() {
        Statistics<List<String>> statistics = Statistics.of(Classifier.ofMany("letters", Set::copyOf),
                Classifier.of("length", List::size));
        statistics.record(List.of("a", "b", "a"));
        statistics.record(List.of("b"));
        statistics.record(List.of());
        assertThat(statistics.cases()).isEqualTo(3);
        assertThat(statistics.counts("letters")).containsExactly(java.util.Map.entry("b", 2), java.util.Map.entry("a", 1));
        assertThat(statistics.counts("length")).containsOnlyKeys(3, 1, 0);
        assertThat(statistics.missing("letters", List.of("a", "c"), 1)).containsExactly("c");
        assertThat(statistics.missing("letters", List.of("a", "b"), 2)).containsExactly("a");
        assertThat(statistics.classifiers()).containsExactly("letters", "length");

        // The label seen first, and first in any hashing order, is the least frequent.
        Statistics<Integer> sizes = Statistics.of(Classifier.of("size", value -> value));
        for (int value : new int[] {1, 2, 2, 2}) {
            sizes.record(value);
        }
        assertThat(sizes.counts("size")).containsExactly(java.util.Map.entry(2, 3), java.util.Map.entry(1, 1));
    }

    @Test
    void rendersOneTableForEachClassifierWithCountsAndShares() {
        Statistics<List<String>> statistics = Statistics.of(Classifier.of("length", List::size));
        statistics.record(List.of("a"));
        statistics.record(List.of("a"));
        statistics.record(List.of());
        statistics.record(List.of("b"));
        assertThat(statistics.report()).isEqualTo("length, over 4 cases:\n"
                + "  1       3   75.0 %\n"
                + "  0       1   25.0 %\n");
        assertThat(statistics).hasToString(statistics.report());
    }

    @Test
    void theBuiltInClassifiersSortHistoriesByKindOfChangeAndNumberOfAmendments() {
        History history = HistoryGen.histories().sample(4, 10);
        Statistics<History> statistics = Statistics.of(Classifiers.changeKinds(), Classifiers.amendmentCounts());
        statistics.record(history);
        assertThat(statistics.counts("amendments")).containsOnlyKeys(history.amendments().size());
        assertThat(statistics.counts("change kinds").keySet()).allMatch(kind -> kind instanceof Class<?>);
        assertThat(Classifiers.kindOf(ChangeObject.of("1", "un objet"))).isEqualTo(ChangeObject.class);
        assertThat(Classifier.describe(AddPhase.class)).isEqualTo("AddPhase");
    }

    @Test
    void rejectsTwoClassifiersOfTheSameNameAndAnUnknownName() {
        assertThatThrownBy(() -> Statistics.of(Classifier.of("x", v -> v), Classifier.of("x", v -> v)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x'");
        assertThatThrownBy(() -> Statistics.of(Classifier.of("x", v -> v)).counts("y"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'y'");
    }
}
