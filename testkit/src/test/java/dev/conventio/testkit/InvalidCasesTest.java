package dev.conventio.testkit;

import static dev.conventio.testkit.assertj.ConventioAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.testkit.junit.GeneratedSource;
import dev.conventio.validation.CodeCatalog;
import dev.conventio.validation.ViolationCode;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every invalid case is rejected with exactly its code, and the cases cover every code of the model,
 * of the amendment rules, of the policies and of the queries.
 */
class InvalidCasesTest {

    private static final List<ViolationCode> CORE_CODES = CodeCatalog.named("conventio-core").orElseThrow().codes();

    static Stream<ViolationCode> coreCodes() {
        return CORE_CODES.stream();
    }

    static Gen<InvalidCase> invalidCases() {
        return InvalidCases.invalidCases();
    }

    @Test
    void everyViolationCodeHasInvalidCases() {
        assertThat(InvalidCases.coveredCodes()).containsExactlyInAnyOrderElementsOf(CORE_CODES);
    }

    @ParameterizedTest
    @GeneratedSource(value = "invalidCases", count = 1000)
    void invalidCaseIsRejectedWithExactlyItsCode(InvalidCase invalid) {
        assertThat(invalid).isRejectedWithExactlyItsCode();
    }

    @ParameterizedTest
    @MethodSource("coreCodes")
    void casesOfEachCodeAreRejectedWithThatCode(ViolationCode code) {
        SplittableRandom random = new SplittableRandom(CORE_CODES.indexOf(code));
        for (int i = 0; i < 20; i++) {
            InvalidCase invalid = InvalidCases.invalidCases(code).generate(random, 8);
            assertThat(invalid.code()).isEqualTo(code);
            assertThat(invalid).isRejectedWithExactlyItsCode();
            assertThat(invalid.rejection().codes()).isNotEmpty().containsOnly(code);
        }
    }

    @Test
    void casesOfTheKindsAskedForOnly() {
        SplittableRandom random = new SplittableRandom(5);
        java.util.Set<ViolationCode> seen = new java.util.HashSet<>();
        for (int i = 0; i < 300; i++) {
            seen.add(InvalidCases.invalidCases(ViolationCode.Kind.QUERY, ViolationCode.Kind.POLICY).generate(random, 3).code());
        }
        assertThat(seen).containsExactlyInAnyOrder(CORE_CODES.stream()
                .filter(code -> code.kind() == ViolationCode.Kind.QUERY || code.kind() == ViolationCode.Kind.POLICY)
                .toArray(ViolationCode[]::new));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InvalidCases.invalidCases(new ViolationCode.Kind[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rulesAndPoliciesComeWithTheirHistoryAndCandidate() {
        SplittableRandom random = new SplittableRandom(3);
        for (ViolationCode code : CORE_CODES) {
            InvalidCase invalid = InvalidCases.invalidCases(code).generate(random, 5);
            boolean amendmentRule = code.kind() == ViolationCode.Kind.RULE || code.kind() == ViolationCode.Kind.POLICY;
            assertThat(invalid.history().isPresent()).as("%s has a history", code).isEqualTo(amendmentRule);
            assertThat(invalid.candidate().isPresent()).as("%s has a candidate", code).isEqualTo(amendmentRule);
            assertThat(invalid.toString()).startsWith(code.id() + ": ").isEqualTo(code.id() + ": " + invalid.mutation());
        }
    }
}
