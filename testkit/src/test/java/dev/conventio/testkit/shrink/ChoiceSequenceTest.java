package dev.conventio.testkit.shrink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link ChoiceSequence}: its canonical form, its text form and its shortlex order. */
class ChoiceSequenceTest {

    @Test
    void dropsTrailingZerosWhichAReplayAnswersAnyway() {
        assertThat(ChoiceSequence.of(3, 0, 1, 0, 0)).isEqualTo(ChoiceSequence.of(3, 0, 1));
        assertThat(ChoiceSequence.of(3, 0, 1, 0, 0).size()).isEqualTo(3);
        assertThat(ChoiceSequence.of(0, 0)).isEqualTo(ChoiceSequence.empty());
        assertThat(ChoiceSequence.of(3, 0, 1).get(7)).isZero();
        assertThatThrownBy(() -> ChoiceSequence.of(1).get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void writesATextFormThatParsesBackToTheSameSequence() {
        assertThat(ChoiceSequence.of(3, 0, 1)).hasToString("c1.AwAB");
        assertThat(ChoiceSequence.empty()).hasToString("c1.");
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 200; i++) {
            long[] offsets = new long[random.nextInt(0, 40)];
            for (int k = 0; k < offsets.length; k++) {
                offsets[k] = random.nextBoolean() ? random.nextLong(300) : random.nextLong();
            }
            ChoiceSequence sequence = ChoiceSequence.of(offsets);
            assertThat(ChoiceSequence.parse(sequence.toString())).isEqualTo(sequence);
            assertThat(sequence.toString()).matches("c1\\.[A-Za-z0-9_-]*");
        }
        assertThat(ChoiceSequence.parse(" c1.AwAB ").toArray()).containsExactly(3, 0, 1);
        assertThat(ChoiceSequence.parse(ChoiceSequence.of(-1L).toString()).get(0)).isEqualTo(-1L);
    }

    @Test
    void rejectsTextThatIsNotASequenceQuotingIt() {
        assertThatThrownBy(() -> ChoiceSequence.parse("AwAB")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'AwAB'");
        assertThatThrownBy(() -> ChoiceSequence.parse("c1.*")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'c1.*'");
        assertThatThrownBy(() -> ChoiceSequence.parse("c1.gA")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ends inside an offset");
    }

    @Test
    void ordersShortlexWithOffsetsComparedUnsigned() {
        List<ChoiceSequence> sequences = new ArrayList<>(List.of(ChoiceSequence.of(-1L), ChoiceSequence.of(0, 1),
                ChoiceSequence.of(5), ChoiceSequence.empty(), ChoiceSequence.of(1, 0, 1), ChoiceSequence.of(0, 2)));
        sequences.sort(null);
        assertThat(sequences).containsExactly(ChoiceSequence.empty(), ChoiceSequence.of(5), ChoiceSequence.of(-1L),
                ChoiceSequence.of(0, 1), ChoiceSequence.of(0, 2), ChoiceSequence.of(1, 0, 1));
        assertThat(ChoiceSequence.of(2, 3).compareTo(ChoiceSequence.of(2, 3))).isZero();
    }

    @Test
    void equalSequencesHaveEqualHashCodes() {
        assertThat(ChoiceSequence.of(1, 2)).isEqualTo(ChoiceSequence.of(1, 2, 0)).hasSameHashCodeAs(ChoiceSequence.of(1, 2))
                .isNotEqualTo(ChoiceSequence.of(2, 1)).isNotEqualTo("c1.AQI");
        long[] copy = ChoiceSequence.of(1, 2).toArray();
        copy[0] = 9;
        assertThat(ChoiceSequence.of(1, 2).get(0)).isEqualTo(1);
    }
}
