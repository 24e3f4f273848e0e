package dev.conventio.testkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.change.AddPhase;
import dev.conventio.change.RemoveParty;
import dev.conventio.history.History;
import dev.conventio.testkit.AmendmentGen;
import dev.conventio.testkit.Gen;
import dev.conventio.testkit.HistoryGen;
import dev.conventio.testkit.InvalidCases;
import dev.conventio.testkit.MoneyGen;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Coverage assertions fail naming what was never produced; the generators produce every kind of
 * change and every violation code within a stated number of cases.
 */
class CoverageTest {

    /**
     * The number of histories within which every kind of change is produced: histories of programmes
     * that record their text, the only ones whose amendments modify it and change their money forms.
     */
    static final int CASES_FOR_EVERY_KIND = 200;

    @Test
    void everyKindOfChangeIsProducedWithinTheStatedNumberOfHistories() {
        Statistics<History> statistics = Coverage.requireEvery(AmendmentGen.changeKinds()).atLeastOnce()
                .within(CASES_FOR_EVERY_KIND).of(MoneyGen.historiesWithMoney(), Classifiers.changeKinds());
        assertThat(statistics.cases()).isEqualTo(CASES_FOR_EVERY_KIND);
        assertThat(statistics.counts("change kinds"))
                .hasSize(dev.conventio.change.Change.class.getPermittedSubclasses().length);
    }

    @Test
    void everyViolationCodeIsProducedByTheInvalidCases() {
        // Twelve cases per code on average: the draw is uniform over the codes, so their number sets the budget.
        Coverage.requireEvery(InvalidCases.coveredCodes()).atLeast(3).within(12 * InvalidCases.coveredCodes().size())
                .of(InvalidCases.invalidCases(), Classifiers.violationCodes());
    }

    @Test
    void failsNamingEveryLabelNeverProducedWithItsCount() {
        Gen<History> noAmendment = HistoryGen.histories().map(history -> History.of(history.base()));
        assertThatThrownBy(() -> Coverage.requireEvery(List.of(AddPhase.class, RemoveParty.class)).atLeastOnce()
                .within(20).of(noAmendment, Classifiers.changeKinds()))
                .isInstanceOf(AssertionError.class)
                .hasMessage("within 20 cases of change kinds, never produced at least once: AddPhase (0), RemoveParty (0)");
        Gen<Integer> digits = Gen.integers(0, 9);
        assertThatThrownBy(() -> Coverage.requireEvery(List.of(0, 1, 10)).atLeast(2).within(100)
                .of(digits, Classifier.of("digit", d -> d)))
                .hasMessageStartingWith("within 100 cases of digit, never produced at least 2 times: 10 (0)");
    }

    @Test
    void isDeterministicUnderItsRunSeed() {
        Classifier<Integer> digit = Classifier.of("digit", d -> d);
        Coverage coverage = Coverage.requireEvery(List.of(0)).within(50).seed(12);
        Map<Object, Integer> first = coverage.of(Gen.integers(0, 9), digit).counts("digit");
        assertThat(coverage.of(Gen.integers(0, 9), digit).counts("digit")).isEqualTo(first);
        assertThat(coverage.toString()).contains("within 50 cases").contains("run seed 12");
    }

    @Test
    void rejectsAssertionsThatCannotMeanAnything() {
        assertThatThrownBy(() -> Coverage.requireEvery(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Coverage.requireEvery(List.of(1)).atLeast(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Coverage.requireEvery(List.of(1)).within(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Coverage.requireEvery(List.of(1)).atSize(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void drawsItsCasesAtTheSizeItStatesAndSaysHowOftenEachLabelIsRequired() {
        Gen<Integer> sizes = (random, size) -> size;
        Classifier<Integer> bySize = Classifier.of("size", size -> size);
        assertThat(bySize.toString()).isEqualTo("size");
        Coverage once = Coverage.requireEvery(List.of(0)).within(1).atSize(0).seed(3);
        assertThat(once.of(sizes, bySize).counts("size")).isEqualTo(Map.of(0, 1));
        assertThat(once.toString()).isEqualTo("every one of 1 labels at least once within 1 cases of size 0, run seed 3");
        Coverage twice = Coverage.requireEvery(List.of(7)).atLeast(2).within(5).atSize(7).seed(4);
        assertThat(twice.of(sizes, bySize).counts("size")).isEqualTo(Map.of(7, 5));
        assertThat(twice.toString()).isEqualTo("every one of 1 labels at least 2 times within 5 cases of size 7, run seed 4");
        assertThatThrownBy(() -> Coverage.requireEvery(List.of(3)).within(5).atSize(7).of(sizes, bySize))
                .isInstanceOf(AssertionError.class).hasMessageEndingWith("never produced at least once: 3 (0)");
    }
}
