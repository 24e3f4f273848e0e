package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The combinators of {@link Gen}: bounds, sizes, reproducibility and argument checks. */
class GenTest {

    @Test
    void integersStayWithinTheirBoundsAndReachBoth() {
        SplittableRandom random = new SplittableRandom(1);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            seen.add(Gen.integers(-2, 2).generate(random, 0));
        }
        assertThat(seen).containsExactlyInAnyOrder(-2, -1, 0, 1, 2);
        assertThat(Gen.integers(Integer.MAX_VALUE, Integer.MAX_VALUE).generate(random, 0)).isEqualTo(Integer.MAX_VALUE);
        assertThatThrownBy(() -> Gen.integers(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listLengthGrowsWithTheSizeWithinItsBounds() {
        SplittableRandom random = new SplittableRandom(2);
        Gen<List<Integer>> lists = Gen.constant(7).list(1, 5);
        Set<Integer> lengths = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            lengths.add(lists.generate(random, 100).size());
            assertThat(lists.generate(random, 0)).containsExactly(7);
            assertThat(lists.generate(random, 2).size()).isBetween(1, 3);
        }
        assertThat(lengths).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertThatThrownBy(() -> Gen.constant(1).list(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gen.constant(1).list(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void optionalIsSometimesEmptyAndSometimesPresent() {
        SplittableRandom random = new SplittableRandom(3);
        Set<Optional<String>> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            seen.add(Gen.constant("x").optional().generate(random, 1));
        }
        assertThat(seen).containsExactlyInAnyOrder(Optional.empty(), Optional.of("x"));
    }

    @Test
    void combinatorsComposeValuesOfTheSameSource() {
        Gen<String> words = Gen.elements("a", "b").zip(Gen.integers(1, 3), (word, count) -> word.repeat(count));
        Gen<Integer> sized = (random, size) -> size;
        assertThat(words.sample(9, 0)).isEqualTo(words.sample(9, 0)).matches("(a{1,3})|(b{1,3})");
        assertThat(sized.withSize(4).generate(new SplittableRandom(), 99)).isEqualTo(4);
        assertThat(sized.map(size -> size * 2).generate(new SplittableRandom(), 5)).isEqualTo(10);
        assertThat(Gen.integers(1, 1).flatMap(n -> Gen.constant("n" + n)).sample(0, 0)).isEqualTo("n1");
        assertThat(Gen.oneOf(List.of(Gen.constant(1), Gen.constant(2))).sample(4, 0)).isIn(1, 2);
        assertThatThrownBy(() -> Gen.elements(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gen.oneOf(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sized.withSize(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gen.constant(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void pickDistinctPicksEachPositionOnceInOrder() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 100; i++) {
            List<Integer> picked = Gen.pickDistinct(random, 10, 4);
            assertThat(picked).hasSize(4).doesNotHaveDuplicates().isSorted().allMatch(p -> p >= 0 && p < 10);
        }
        assertThat(Gen.pickDistinct(random, 3, 3)).containsExactly(0, 1, 2);
        assertThatThrownBy(() -> Gen.pickDistinct(random, 2, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBoundariesOfEachCombinatorAreAcceptedAndTheirRefusalsSayWhy() {
        SplittableRandom random = new SplittableRandom(6);
        Set<Integer> extremes = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            extremes.add(Integer.signum(Gen.integers(Integer.MIN_VALUE, Integer.MAX_VALUE).generate(random, 0)));
        }
        assertThat(extremes).as("the whole range, without overflow").contains(-1, 1);
        assertThatThrownBy(() -> Gen.integers(1, 0)).hasMessage("max 0 is less than min 1");
        assertThat(Gen.constant(1).list(0, 0).sample(1, 10)).isEmpty();
        assertThat(Gen.constant(1).list(2, 2).sample(1, 0)).containsExactly(1, 1);
        assertThatThrownBy(() -> Gen.constant(1).list(3, 2)).hasMessage("list lengths must satisfy 0 <= min <= max, were 3, 2");
        Gen<Integer> sized = (r, size) -> size;
        assertThat(sized.withSize(0).sample(1, 50)).isZero();
        assertThatThrownBy(() -> sized.withSize(-1)).hasMessage("a size is zero or positive, was -1");
        assertThatThrownBy(() -> Gen.elements(List.of())).hasMessage("there must be at least one value to pick from");
        assertThatThrownBy(() -> Gen.oneOf(List.of())).hasMessage("there must be at least one generator to pick from");
        assertThat(Gen.pickDistinct(random, 3, 0)).isEmpty();
        assertThatThrownBy(() -> Gen.pickDistinct(random, 3, -1)).hasMessage("cannot pick -1 of 3 positions");
        assertThatThrownBy(() -> Gen.pickDistinct(random, 2, 3)).hasMessage("cannot pick 3 of 2 positions");
    }

    @Test
    void optionalIsEmptyOneTimeInFourAndEachChoiceIsDrawnEvenly() {
        SplittableRandom random = new SplittableRandom(7);
        int empty = 0;
        int[] elements = new int[3];
        int[] generators = new int[3];
        Gen<Integer> oneOfThree = Gen.oneOf(List.of(Gen.constant(0), Gen.constant(1), Gen.constant(2)));
        for (int i = 0; i < 3_000; i++) {
            empty += Gen.constant("x").optional().generate(random, 1).isEmpty() ? 1 : 0;
            elements[Gen.elements(0, 1, 2).generate(random, 1)]++;
            generators[oneOfThree.generate(random, 1)]++;
        }
        assertThat(empty).isBetween(650, 850);
        for (int k = 0; k < 3; k++) {
            assertThat(elements[k]).as("element %d", k).isBetween(850, 1_150);
            assertThat(generators[k]).as("generator %d", k).isBetween(850, 1_150);
        }
    }

    @Test
    void checkDigitsFollowLuhnAndLaPosteItsDigitSum() {
        assertThat(PartyGen.withCheckDigit("35600000")).isEqualTo("356000000");
        assertThat(PartyGen.withCheckDigit("73282932")).isEqualTo("732829320");
        SplittableRandom random = new SplittableRandom(6);
        boolean laPosteDigitSum = false;
        for (int i = 0; i < 200; i++) {
            String siret = PartyGen.siretOf(random, PartyGen.LA_POSTE).toString();
            int sum = siret.chars().map(c -> c - '0').sum();
            laPosteDigitSum |= sum % 5 == 0 && !PartyGen.withCheckDigit(siret.substring(0, 13)).equals(siret);
        }
        assertThat(laPosteDigitSum).as("a La Poste SIRET valid by its digit sum only").isTrue();
    }
}
