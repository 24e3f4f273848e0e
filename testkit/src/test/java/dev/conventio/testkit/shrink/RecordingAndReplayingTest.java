package dev.conventio.testkit.shrink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.history.History;
import dev.conventio.testkit.HistoryGen;
import dev.conventio.testkit.InvalidCase;
import dev.conventio.testkit.InvalidCases;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * {@link RecordingRandom} gives exactly what its source gives, {@link ReplayingRandom} gives it again
 * from the recorded choices, and a replay clamps out-of-range offsets and answers the lowest values
 * once its sequence is used up.
 */
class RecordingAndReplayingTest {

    /** Every kind of draw, in one list, so that two sources can be compared draw for draw. */
    private static List<Object> draws(RandomGenerator random) {
        List<Object> draws = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            draws.add(random.nextInt());
            draws.add(random.nextLong());
            draws.add(random.nextInt(7));
            draws.add(random.nextInt(-5, 1000));
            draws.add(random.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE));
            draws.add(random.nextLong(1L << 40));
            draws.add(random.nextLong(-3, 3));
            draws.add(random.nextLong(Long.MIN_VALUE, Long.MAX_VALUE));
            draws.add(random.nextBoolean());
            draws.add(random.nextDouble());
            draws.add(random.nextDouble(2.5, 7.5));
            draws.add(random.nextFloat());
            draws.add(random.nextGaussian());
            byte[] bytes = new byte[3];
            random.nextBytes(bytes);
            draws.add(List.of(bytes[0], bytes[1], bytes[2]));
        }
        return draws;
    }

    @Test
    void recordingGivesWhatTheSourceGives() {
        assertThat(draws(RecordingRandom.of(new SplittableRandom(42)))).isEqualTo(draws(new SplittableRandom(42)));
    }

    @Test
    void replayingTheRecordedChoicesGivesTheSameDrawsAndRecordsThemAgain() {
        RecordingRandom recording = RecordingRandom.of(new SplittableRandom(43));
        List<Object> recorded = draws(recording);
        ReplayingRandom replay = ReplayingRandom.of(recording.choices());
        assertThat(draws(replay)).isEqualTo(recorded);
        assertThat(replay.choices()).isEqualTo(recording.choices());
    }

    @Test
    void aGeneratedHistoryIsRebuiltFromItsChoicesAndEqualsTheSampleOfItsSeed() {
        for (long seed = 0; seed < 30; seed++) {
            RecordingRandom recording = RecordingRandom.of(new SplittableRandom(seed));
            History history = HistoryGen.histories().generate(recording, 10);
            assertThat(history).isEqualTo(HistoryGen.histories().sample(seed, 10));
            assertThat(HistoryGen.histories().generate(ReplayingRandom.of(recording.choices()), 10)).isEqualTo(history);
        }
    }

    @Test
    void clampsOffsetsIntoTheBoundsOfEachDraw() {
        ReplayingRandom replay = ReplayingRandom.of(ChoiceSequence.of(12, 12, 5, 7, 1L << 60));
        assertThat(replay.nextInt(10)).isEqualTo(9);
        assertThat(replay.nextInt(100, 105)).isEqualTo(104);
        assertThat(replay.nextBoolean()).isTrue();
        assertThat(replay.nextLong(-2, 2)).isEqualTo(1);
        assertThat(replay.nextDouble()).isLessThan(1.0).isGreaterThan(0.99);
        assertThat(replay.choices()).isEqualTo(ChoiceSequence.of(9, 4, 1, 3, (1L << 53) - 1));
    }

    @Test
    void answersTheLowestValuesOnceUsedUp() {
        ReplayingRandom replay = ReplayingRandom.of(ChoiceSequence.empty());
        assertThat(replay.nextInt()).isZero();
        assertThat(replay.nextLong()).isZero();
        assertThat(replay.nextInt(-7, 3)).isEqualTo(-7);
        assertThat(replay.nextLong(40, 50)).isEqualTo(40);
        assertThat(replay.nextBoolean()).isFalse();
        assertThat(replay.nextDouble()).isZero();
        assertThat(replay.nextFloat()).isZero();
        assertThat(replay.choices()).isEqualTo(ChoiceSequence.empty());
    }

    @Test
    void decodesUnboundedDrawsFromTheirZigzagEncoding() {
        ReplayingRandom replay = ReplayingRandom.of(ChoiceSequence.of(1, 2, 3, 4, -1L));
        assertThat(replay.nextInt()).isEqualTo(-1);
        assertThat(replay.nextInt()).isEqualTo(1);
        assertThat(replay.nextLong()).isEqualTo(-2);
        assertThat(replay.nextLong()).isEqualTo(2);
        assertThat(replay.nextLong()).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void rejectsTheBoundsTheJdkRejects() {
        ReplayingRandom replay = ReplayingRandom.of(ChoiceSequence.empty());
        assertThatThrownBy(() -> replay.nextInt(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> replay.nextInt(3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> replay.nextLong(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> replay.nextLong(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> replay.nextLong(0)).as("a bound of zero").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> replay.nextLong(4, 4)).as("an empty range").isInstanceOf(IllegalArgumentException.class);
        assertThat(replay.nextLong(1)).as("the smallest bound").isZero();
        assertThat(replay.nextLong(4, 5)).as("the smallest range").isEqualTo(4);
    }

    @Test
    void anExhaustedReplayBuildsValidValuesOfEveryGenerator() {
        InvalidCase invalid = InvalidCases.invalidCases().generate(ReplayingRandom.of(ChoiceSequence.empty()), 10);
        assertThat(invalid.rejection().violations()).isNotEmpty();
        History history = HistoryGen.histories().generate(ReplayingRandom.of(ChoiceSequence.empty()), 10);
        assertThat(History.of(history.base(), history.amendments())).isEqualTo(history);
    }

    @Test
    void keepsTheSpansTheGeneratorsMark() {
        RecordingRandom recording = RecordingRandom.of(new SplittableRandom(1));
        recording.nextInt(5);
        Spans.open(recording);
        recording.nextInt(5);
        Spans.open(recording);
        recording.nextInt(5);
        Spans.close(recording);
        Spans.open(recording);
        Spans.close(recording);
        Spans.close(recording);
        Spans.close(recording);
        assertThat(recording.spans()).containsExactly(2, 3, 1, 1, 3, 0);
        Spans.open(new SplittableRandom(1));
    }

    @Test
    void keepsSpansNestedDeeperThanItsFirstCapacity() {
        RecordingRandom recording = RecordingRandom.of(new SplittableRandom(1));
        int depth = 40;
        for (int i = 0; i < depth; i++) {
            Spans.open(recording);
            recording.nextInt(5);
        }
        for (int i = 0; i < depth; i++) {
            Spans.close(recording);
        }
        int[] spans = recording.spans();
        assertThat(spans).hasSize(3 * depth);
        // Closed innermost first: the span opened at choice k ends after the last choice, at depth k.
        for (int k = 0; k < depth; k++) {
            int at = 3 * (depth - 1 - k);
            assertThat(new int[] {spans[at], spans[at + 1], spans[at + 2]}).as("span opened at %d", k)
                    .containsExactly(k, depth, k);
        }
    }
}
