package dev.conventio.examples.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.history.History;
import dev.conventio.testkit.AmendmentGen;
import dev.conventio.testkit.HistoryGen;
import dev.conventio.testkit.InvalidCases;
import dev.conventio.testkit.MoneyGen;
import dev.conventio.testkit.property.Property;
import dev.conventio.testkit.property.PropertyResult;
import dev.conventio.testkit.stats.Classifier;
import dev.conventio.testkit.stats.Classifiers;
import dev.conventio.testkit.stats.Coverage;
import dev.conventio.testkit.stats.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Statistics and coverage: how the generated cases were distributed, and an assertion that fails
 * when a generator silently stops producing something a test relies on.
 */
class CoverageExampleTest {

    @Test
    void everyKindOfChangeIsGeneratedWithinTwoHundredHistories() {
        // Fails naming the kinds never produced, such as "never produced at least once: RemoveParty (0)".
        Coverage.requireEvery(AmendmentGen.changeKinds()).atLeastOnce().within(200)
                .of(MoneyGen.historiesWithMoney(), Classifiers.changeKinds());
    }

    @Test
    void everyViolationCodeHasInvalidCases() {
        // Twelve cases per code on average: the draw is uniform over the codes, so their number sets the budget.
        Coverage.requireEvery(InvalidCases.coveredCodes()).atLeast(3).within(12 * InvalidCases.coveredCodes().size())
                .of(InvalidCases.invalidCases(), Classifiers.violationCodes());
    }

    @Test
    void aPropertyRunReportsItsDistribution() {
        Classifier<History> drafts = Classifier.of("ends with a draft", history -> history.amendments().stream()
                .anyMatch(record -> record instanceof dev.conventio.amendment.Amendment a && a.isDraft()));
        PropertyResult result = Property.forAll(HistoryGen.histories()).runSeed(3).cases(300)
                .classify(Classifiers.amendmentCounts(), drafts)
                .run(history -> assertThat(history.amendments()).hasSizeLessThanOrEqualTo(9));

        Statistics<?> statistics = result.statistics().orElseThrow();
        assertThat(statistics.counts("ends with a draft")).containsKeys(true, false);
        assertThat(result.report()).contains("amendments, over 300 cases:");
    }
}
