package dev.conventio.testkit.shrink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each pass of the shrinker, alone, on a target small enough to follow by hand: the sequence it
 * leaves, and whether it says it made progress. The targets draw with {@code nextLong(100)}, whose
 * value is the choice itself, and mark parts with {@link Spans}; a sequence ends at its last
 * non-zero choice, the draws after it reading zeros.
 */
class ShrinkPassesTest {

    /** A search whose current sequence is {@code failing}, replayed once as {@link Shrinker} does. */
    private static Search search(ShrinkTarget target, long... failing) {
        Search search = new Search(target, ShrinkBudget.defaults(), ChoiceSequence.of(failing));
        assertThat(search.reproduce()).as("the starting sequence fails").isTrue();
        return search;
    }

    private static long[] draw(RandomGenerator random, int count) {
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = random.nextLong(100);
        }
        return values;
    }

    /** A list of {@code length} elements, each one draw in its own part. */
    private static List<Long> list(RandomGenerator random, int length) {
        List<Long> elements = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            Spans.open(random);
            elements.add(random.nextLong(100));
            Spans.close(random);
        }
        return elements;
    }

    private static boolean contains(long[] values, long value) {
        for (long each : values) {
            if (each == value) {
                return true;
            }
        }
        return false;
    }

    @Nested
    class Truncate {
        @Test
        void cutsToTheShortestFailingPrefixByBinarySearch() {
            Search search = search(random -> draw(random, 8)[3] > 0, 5, 5, 5, 7, 5, 5, 5, 5);

            assertThat(ShrinkPasses.truncate(search)).isTrue();
            assertThat(search.offsets()).containsExactly(5, 5, 5, 7);
            assertThat(ShrinkPasses.truncate(search)).as("no shorter prefix fails").isFalse();
            assertThat(search.offsets()).containsExactly(5, 5, 5, 7);
        }

        @Test
        void keepsASequenceWhoseEveryChoiceCounts() {
            Search search = search(random -> draw(random, 2)[1] > 0, 3, 4);

            assertThat(ShrinkPasses.truncate(search)).isFalse();
            assertThat(search.offsets()).containsExactly(3, 4);
        }
    }

    @Nested
    class Blocks {
        private final ShrinkTarget hasSeven = random -> contains(draw(random, 6), 7);
        private final ShrinkTarget secondOrFourth = random -> {
            long[] values = draw(random, 4);
            return values[1] + values[3] > 0;
        };

        @Test
        void deletesSingleChoicesFromTheEnd() {
            Search search = search(hasSeven, 1, 2, 7, 3, 4, 5);

            assertThat(ShrinkPasses.deleteBlocks(search, 1)).isTrue();
            assertThat(search.offsets()).containsExactly(7);
            assertThat(ShrinkPasses.deleteBlocks(search, 1)).isFalse();
        }

        @Test
        void deletesPairsAndStartsAgainFromTheNewEnd() {
            // [1,2,7,3,4,5] → without 4,5 → [1,2,7,3]; the next pair would run past the end, so it is
            // the last pair, 7,3, which must stay; then 2,7 must stay; then 1,2 go.
            Search search = search(hasSeven, 1, 2, 7, 3, 4, 5);

            assertThat(ShrinkPasses.deleteBlocks(search, 2)).isTrue();
            assertThat(search.offsets()).containsExactly(7, 3);
        }

        @Test
        void zeroesSingleChoicesFromTheEnd() {
            Search search = search(secondOrFourth, 3, 4, 5, 6);

            assertThat(ShrinkPasses.zeroBlocks(search, 1)).isTrue();
            assertThat(search.offsets()).containsExactly(0, 4);
            assertThat(ShrinkPasses.zeroBlocks(search, 1)).isFalse();
        }

        @Test
        void zeroesPairsAndStartsAgainFromTheNewEnd() {
            // [3,4,5,6] → 5,6 zeroed → [3,4]; the next pair would run past the end, so it is 3,4,
            // which must not all be zero.
            Search search = search(secondOrFourth, 3, 4, 5, 6);

            assertThat(ShrinkPasses.zeroBlocks(search, 2)).isTrue();
            assertThat(search.offsets()).containsExactly(3, 4);
        }

        @Test
        void goesBackToTheStartWhenADeletionShortensTheSequence() {
            // Each block of two deleted from the end leaves a sequence that still fails, down to none.
            ShrinkTarget fourDraws = random -> draw(random, 4).length == 4;
            Search deleted = search(fourDraws, 1, 1, 1, 1);
            assertThat(ShrinkPasses.deleteBlocks(deleted, 2)).isTrue();
            assertThat(deleted.offsets()).isEmpty();

            // Zeroing the last block shortens the sequence too, which ends at its last non-zero choice.
            Search zeroed = search(fourDraws, 1, 1, 1, 1);
            assertThat(ShrinkPasses.zeroBlocks(zeroed, 2)).isTrue();
            assertThat(zeroed.offsets()).isEmpty();
        }

        @Test
        void aBlockLongerThanTheSequenceIsNotTried() {
            Search search = search(hasSeven, 7, 3);

            assertThat(ShrinkPasses.deleteBlocks(search, 4)).isFalse();
            assertThat(ShrinkPasses.zeroBlocks(search, 4)).isFalse();
            assertThat(search.offsets()).containsExactly(7, 3);
        }
    }

    @Nested
    class LowerValues {
        @Test
        void lowersEachChoiceToZeroOrToTheLowestThatFails() {
            Search search = search(random -> draw(random, 2)[0] >= 37, 90, 50);

            assertThat(ShrinkPasses.lowerValues(search)).isTrue();
            assertThat(search.offsets()).containsExactly(37);
            assertThat(ShrinkPasses.lowerValues(search)).isFalse();
        }

        @Test
        void leavesChoicesAlreadyAtTheirLowest() {
            Search search = search(random -> {
                long[] values = draw(random, 3);
                return values[0] == 0 && values[1] >= 1 && values[2] >= 4;
            }, 0, 1, 4);

            assertThat(ShrinkPasses.lowerValues(search)).isFalse();
            assertThat(search.offsets()).containsExactly(0, 1, 4);
        }
    }

    @Nested
    class Lists {
        /** A list of length drawn first, failing when it holds a 9. */
        private final ShrinkTarget holdsNine = random -> list(random, random.nextInt(5)).contains(9L);

        @Test
        void deletesElementsAndLowersTheLength() {
            // [3; 1, 9, 2]: deleting the last element gives [2; 1, 9], which fails; deleting 9 does
            // not; deleting 1 gives [1; 9].
            Search search = search(holdsNine, 3, 1, 9, 2);

            assertThat(ShrinkPasses.deleteListElements(search)).isTrue();
            assertThat(search.offsets()).containsExactly(1, 9);
            assertThat(ShrinkPasses.deleteListElements(search)).isFalse();
        }

        @Test
        void deletesTheSameElementOfListsDrawnInParallel() {
            // n, then n elements, a choice of nothing, then n more: it fails when element k is 9 in
            // the first list and 8 in the second. Deleting one element of one list misaligns them.
            ShrinkTarget aligned = random -> {
                int length = random.nextInt(5);
                List<Long> first = list(random, length);
                random.nextInt(5);
                List<Long> second = list(random, length);
                for (int k = 0; k < length; k++) {
                    if (first.get(k) == 9 && second.get(k) == 8) {
                        return true;
                    }
                }
                return false;
            };
            Search search = search(aligned, 2, 1, 9, 0, 3, 8);

            assertThat(ShrinkPasses.deleteParallelElements(search)).isTrue();
            assertThat(search.offsets()).containsExactly(1, 9, 0, 8);
            assertThat(ShrinkPasses.deleteParallelElements(search)).isFalse();
        }

        @Test
        void aListWhoseLengthIsZeroHasNoElementToDelete() {
            Search search = search(random -> {
                random.nextInt(5);
                return list(random, 2).contains(9L);
            }, 0, 9, 1);

            assertThat(ShrinkPasses.deleteListElements(search)).isFalse();
            assertThat(ShrinkPasses.deleteParallelElements(search)).isFalse();
            assertThat(search.offsets()).containsExactly(0, 9, 1);
        }
    }

    @Nested
    class Parts {
        @Test
        void deletesAPartWhenTheRestStillFails() {
            // Two parts then one more choice, failing on a 7 anywhere: [3, 4, 7] without its first
            // part is [4, 7], which fails; without its first part again, [7].
            Search search = search(random -> {
                List<Long> parts = list(random, 2);
                long last = random.nextLong(100);
                return parts.contains(7L) || last == 7;
            }, 3, 4, 7);

            assertThat(ShrinkPasses.deleteSpans(search)).isTrue();
            assertThat(search.offsets()).containsExactly(7);
            assertThat(ShrinkPasses.deleteSpans(search)).isFalse();
        }

        @Test
        void triesTheOuterOfTwoPartsThatStartTogetherFirst() {
            // An outer part of two choices whose first is a part of its own, then one more choice,
            // failing on a 7 anywhere: without the outer part, [3, 4, 7] is [7] in one step; the
            // inner part first would take two.
            Search search = search(random -> {
                Spans.open(random);
                Spans.open(random);
                long first = random.nextLong(100);
                Spans.close(random);
                long second = random.nextLong(100);
                Spans.close(random);
                return first == 7 || second == 7 || random.nextLong(100) == 7;
            }, 3, 4, 7);

            assertThat(ShrinkPasses.deleteSpans(search)).isTrue();
            assertThat(search.offsets()).containsExactly(7);
            assertThat(search.steps()).isEqualTo(1);
        }

        @Test
        void replacesAPartWithItsSimplestFormKeepingWhatFollows() {
            Search search = search(random -> {
                Spans.open(random);
                draw(random, 2);
                Spans.close(random);
                return random.nextLong(100) == 7;
            }, 5, 6, 7);

            assertThat(ShrinkPasses.simplifySpans(search)).isTrue();
            assertThat(search.offsets()).containsExactly(0, 0, 7);
            assertThat(ShrinkPasses.simplifySpans(search)).as("a part all zeros is left").isFalse();
        }

        @Test
        void swapsAdjacentPartsWhenTheSecondIsSimpler() {
            ShrinkTarget fiveAndThree = random -> {
                List<Long> pair = list(random, 2);
                return pair.contains(5L) && pair.contains(3L);
            };
            Search search = search(fiveAndThree, 5, 3);

            assertThat(ShrinkPasses.swapSpans(search)).isTrue();
            assertThat(search.offsets()).containsExactly(3, 5);
            assertThat(ShrinkPasses.swapSpans(search)).as("the first is now the simpler").isFalse();
        }

        @Test
        void comparesPartsOfSeveralChoicesChoiceByChoiceWhereverTheyStart() {
            // One choice, then two parts of two choices: (3, 9) and (3, 1) are equal on their first
            // choice, and the second part is the simpler on the next.
            ShrinkTarget pairsAfterOne = random -> {
                long first = random.nextLong(100);
                List<List<Long>> parts = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    Spans.open(random);
                    parts.add(List.of(random.nextLong(100), random.nextLong(100)));
                    Spans.close(random);
                }
                return first == 1 && parts.contains(List.of(3L, 9L)) && parts.contains(List.of(3L, 1L));
            };
            Search search = search(pairsAfterOne, 1, 3, 9, 3, 1);

            assertThat(ShrinkPasses.swapSpans(search)).isTrue();
            assertThat(search.offsets()).containsExactly(1, 3, 1, 3, 9);
        }

        @Test
        void triesTheNextPairWhenASwapDoesNotFail() {
            // Swapping 9 and 5 changes the first element, which must stay 9; swapping 5 and 3 fails.
            ShrinkTarget nineFirst = random -> {
                List<Long> three = list(random, 3);
                return three.get(0) == 9 && three.contains(5L) && three.contains(3L);
            };
            Search search = search(nineFirst, 9, 5, 3);

            assertThat(ShrinkPasses.swapSpans(search)).isTrue();
            assertThat(search.offsets()).containsExactly(9, 3, 5);
        }

        @Test
        void doesNotSwapWhenTheSwappedSequenceDoesNotFailOrThePartsAreEqual() {
            Search ordered = search(random -> list(random, 2).equals(List.of(5L, 3L)), 5, 3);
            assertThat(ShrinkPasses.swapSpans(ordered)).isFalse();
            assertThat(ordered.offsets()).containsExactly(5, 3);

            Search equal = search(random -> list(random, 2).equals(List.of(4L, 4L)), 4, 4);
            assertThat(ShrinkPasses.swapSpans(equal)).isFalse();
        }
    }

    @Nested
    class Run {
        @Test
        void runsThePassesUntilNoneSimplifies() {
            ShrinkTarget target = random -> list(random, random.nextInt(5)).stream().anyMatch(x -> x >= 37);
            Search search = search(target, 4, 12, 80, 90, 3);

            assertThat(ShrinkPasses.run(search)).isEqualTo(ShrinkResult.Stop.CONVERGED);
            assertThat(search.offsets()).containsExactly(1, 37);
        }

        @Test
        void stopsWhenTheBudgetIsUsedUp() {
            ShrinkTarget target = random -> draw(random, 2)[0] >= 37;
            Search search = new Search(target, ShrinkBudget.of(2, Duration.ofMinutes(1)), ChoiceSequence.of(90, 50));
            assertThat(search.reproduce()).isTrue();

            assertThat(ShrinkPasses.run(search)).isEqualTo(ShrinkResult.Stop.CANDIDATES);
            // The replay was the first candidate; the second, truncate's [90], was kept.
            assertThat(search.offsets()).containsExactly(90);
        }
    }
}
