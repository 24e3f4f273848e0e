package dev.conventio.testkit;

import static dev.conventio.testkit.assertj.ConventioAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.validation.ViolationCode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws a code's invalid cases, checks each is rejected with exactly that code (the testkit's own
 * assertion), and gives their mutations.
 */
final class CaseMutations {

    private CaseMutations() {
    }

    static List<String> of(ViolationCode code, long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> mutations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            InvalidCase invalid = InvalidCases.invalidCases(code).generate(random, 10);
            assertThat(invalid.code()).isEqualTo(code);
            assertThat(invalid).isRejectedWithExactlyItsCode();
            mutations.add(invalid.mutation());
        }
        return mutations;
    }
}
