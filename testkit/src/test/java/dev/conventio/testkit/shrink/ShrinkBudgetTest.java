package dev.conventio.testkit.shrink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A shrink budget is a value read from its two system properties, and the shrinker it is given
 * reports it and keeps to it.
 */
class ShrinkBudgetTest {

    @Test
    void isAValueOfItsCandidatesAndTime() {
        ShrinkBudget budget = ShrinkBudget.of(10, Duration.ofSeconds(2));

        assertThat(budget).isEqualTo(ShrinkBudget.of(10, Duration.ofSeconds(2)))
                .hasSameHashCodeAs(ShrinkBudget.of(10, Duration.ofSeconds(2)))
                .isNotEqualTo(ShrinkBudget.of(11, Duration.ofSeconds(2)))
                .isNotEqualTo(ShrinkBudget.of(10, Duration.ofSeconds(3)))
                .isNotEqualTo("10 candidates, PT2S")
                .hasToString("10 candidates, PT2S");
        assertThat(budget.hashCode()).isNotEqualTo(ShrinkBudget.of(11, Duration.ofSeconds(2)).hashCode())
                .isNotEqualTo(ShrinkBudget.of(10, Duration.ofSeconds(3)).hashCode());
        assertThat(Shrinker.of(budget).budget()).isSameAs(budget);
    }

    @Test
    void readsADurationInSecondsOrInIso8601() {
        assertThat(ShrinkBudget.parseDuration("p", "1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(ShrinkBudget.parseDuration("p", " 2 ")).isEqualTo(Duration.ofSeconds(2));
        assertThat(ShrinkBudget.parseDuration("p", "10S")).isEqualTo(Duration.ofSeconds(10));
        assertThat(ShrinkBudget.parseDuration("p", "pt3s")).isEqualTo(Duration.ofSeconds(3));
        assertThatThrownBy(() -> ShrinkBudget.parseDuration("p", "soon")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("p must be a duration such as PT10S or 10s, was 'soon'");
    }

    @Test
    void takesEachLimitFromItsPropertyWhenSetAndNotBlank() {
        String candidates = System.getProperty(ShrinkBudget.CANDIDATES_PROPERTY);
        String time = System.getProperty(ShrinkBudget.TIME_PROPERTY);
        ShrinkBudget given = ShrinkBudget.of(10, Duration.ofSeconds(2));
        try {
            System.setProperty(ShrinkBudget.CANDIDATES_PROPERTY, " 50 ");
            System.setProperty(ShrinkBudget.TIME_PROPERTY, "3s");
            assertThat(ShrinkBudget.fromSystemProperties(given)).isEqualTo(ShrinkBudget.of(50, Duration.ofSeconds(3)));

            System.setProperty(ShrinkBudget.CANDIDATES_PROPERTY, " ");
            System.setProperty(ShrinkBudget.TIME_PROPERTY, "");
            assertThat(ShrinkBudget.fromSystemProperties(given)).as("blank is unset").isEqualTo(given);

            System.clearProperty(ShrinkBudget.CANDIDATES_PROPERTY);
            System.clearProperty(ShrinkBudget.TIME_PROPERTY);
            assertThat(ShrinkBudget.fromSystemProperties(given)).isEqualTo(given);

            System.setProperty(ShrinkBudget.CANDIDATES_PROPERTY, "many");
            assertThatThrownBy(() -> ShrinkBudget.fromSystemProperties(given))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(ShrinkBudget.CANDIDATES_PROPERTY + " must be a whole number, was 'many'");
        } finally {
            restore(ShrinkBudget.CANDIDATES_PROPERTY, candidates);
            restore(ShrinkBudget.TIME_PROPERTY, time);
        }
    }

    private static void restore(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }

    @Test
    void aResultCountsItsStepsAndCandidatesAndTakesTheTimeItTook() {
        ShrinkTarget target = random -> random.nextLong(100) >= 37;
        ShrinkResult result = Shrinker.of(ShrinkBudget.defaults()).shrink(ChoiceSequence.of(90), target);

        assertThat(result.shrunk()).isEqualTo(ChoiceSequence.of(37));
        assertThat(result.original()).isEqualTo(ChoiceSequence.of(90));
        assertThat(result.steps()).isPositive().isLessThan(result.candidates());
        assertThat(result.elapsed()).isPositive().isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void aSequenceAnswersZeroPastItsEndAndHashesItsOffsets() {
        ChoiceSequence sequence = ChoiceSequence.of(4, 5);

        assertThat(sequence.get(1)).isEqualTo(5);
        assertThat(sequence.get(2)).isZero();
        assertThat(sequence).hasSameHashCodeAs(ChoiceSequence.of(4, 5));
        assertThat(sequence.hashCode()).isNotEqualTo(ChoiceSequence.of(4, 6).hashCode())
                .isNotEqualTo(ChoiceSequence.of(5, 4).hashCode());
    }
}
