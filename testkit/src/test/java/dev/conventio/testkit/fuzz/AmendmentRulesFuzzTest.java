package dev.conventio.testkit.fuzz;

import static dev.conventio.testkit.assertj.ConventioAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.history.History;
import dev.conventio.testkit.Gen;
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
 * rules' branches. Histories grow by up to eight more amendments than the generator plans, and a
 * short input still builds whole cases, its last draws made from a seed it holds
 * ({@link FuzzedRandom}), so that the fuzzer reaches the rules deep in long histories.
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
            history = deeper(HistoryGen.histories().generate(random, size), random, size);
            candidate = HistoryGen.nextAmendments(history).generate(random, size);
            assertThat(history).accepts(candidate);
        } else {
            InvalidCase invalid = InvalidCases.invalidCases(ViolationCode.Kind.RULE, ViolationCode.Kind.POLICY)
                    .generate(random, size);
            assertThat(invalid).isRejectedWithExactlyItsCode();
            history = invalid.history().orElseThrow();
            candidate = invalid.candidate().orElseThrow();
        }
        List<Violation> violations = Violation.certainOf(history.check(candidate));
        if (violations.isEmpty()) {
            assertThat(history.add(candidate).amendments()).endsWith(candidate);
        } else {
            assertThatThrownBy(() -> history.add(candidate)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.violations()).isEqualTo(violations));
        }
    }

    /**
     * Grows a history by up to eight more valid amendments, each accepted in turn, so that the
     * rules are reached on histories longer than the generator's six signed amendments; stops when
     * no day is left for one.
     */
    private static History deeper(History history, RandomGenerator random, int size) {
        History grown = history;
        for (int i = random.nextInt(0, 9); i > 0; i--) {
            Gen<Amendment> next;
            try {
                next = HistoryGen.nextAmendments(grown);
            } catch (IllegalArgumentException noDayLeft) {
                break;
            }
            Amendment amendment = next.generate(random, size);
            assertThat(grown).accepts(amendment);
            grown = grown.add(amendment);
        }
        return grown;
    }

    @FuzzTest(maxDuration = "2m")
    void everyInvalidCaseIsRejectedWithExactlyItsCode(FuzzedDataProvider data) {
        RandomGenerator random = new FuzzedRandom(data);
        InvalidCase invalid = InvalidCases.invalidCases().generate(random, random.nextInt(0, 11));
        assertThat(invalid).isRejectedWithExactlyItsCode();
    }
}
