package dev.conventio.testkit.fuzz;

import static dev.conventio.testkit.assertj.ConventioAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.history.History;
import dev.conventio.testkit.HistoryGen;
import dev.conventio.testkit.InvalidCase;
import dev.conventio.testkit.InvalidCases;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import dev.conventio.validation.ViolationCode;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Fuzz tests of the amendment rules, driving the testkit's generators from the fuzzer's input: the
 * fuzzer chooses the history, the candidate and the mutation, coverage guiding it towards the
 * rules' branches.
 *
 * <p>In {@code ./mvnw verify} they run in regression mode, on the inputs kept under
 * {@code src/test/resources/dev/conventio/testkit/fuzz/AmendmentRulesFuzzTestInputs}; with
 * {@code JAZZER_FUZZ=1} they fuzz (see docs/testkit.md, Fuzzing).
 */
class AmendmentRulesFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void historyAcceptsItsNextAmendmentAndRejectsEachMutationWithItsCode(FuzzedDataProvider data) {
        RandomGenerator random = new FuzzedRandom(data);
        int size = random.nextInt(0, 11);
        History history;
        AmendmentRecord candidate;
        if (random.nextBoolean()) {
            history = HistoryGen.histories().generate(random, size);
            candidate = HistoryGen.nextAmendments(history).generate(random, size);
            assertThat(history).accepts(candidate);
        } else {
            InvalidCase invalid = InvalidCases.invalidCases(ViolationCode.Kind.RULE, ViolationCode.Kind.POLICY)
                    .generate(random, size);
            assertThat(invalid).isRejectedWithExactlyItsCode();
            history = invalid.history().orElseThrow();
            candidate = invalid.candidate().orElseThrow();
        }
        List<Violation> violations = history.check(candidate);
        if (violations.isEmpty()) {
            assertThat(history.add(candidate).amendments()).endsWith(candidate);
        } else {
            assertThatThrownBy(() -> history.add(candidate)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.violations()).isEqualTo(violations));
        }
    }

    @FuzzTest(maxDuration = "2m")
    void everyInvalidCaseIsRejectedWithExactlyItsCode(FuzzedDataProvider data) {
        RandomGenerator random = new FuzzedRandom(data);
        InvalidCase invalid = InvalidCases.invalidCases().generate(random, random.nextInt(0, 11));
        assertThat(invalid).isRejectedWithExactlyItsCode();
    }
}
