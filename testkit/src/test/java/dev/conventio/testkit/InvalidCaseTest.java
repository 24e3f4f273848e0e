package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.conventio.amendment.Amendment;
import dev.conventio.history.History;
import dev.conventio.validation.CommonCodes;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link InvalidCase} as a value: its attempt, the rejection it gives or the error when the library
 * accepts it, the history and candidate of a rule's case, its text form and its null checks.
 */
class InvalidCaseTest {

    private static final ValidationException BLANK = new ValidationException(List.of(Violation.of(CommonCodes.TEXT_BLANK,
            "object", "blank")));

    @Test
    void theRejectionIsTheExceptionTheAttemptThrows() {
        InvalidCase rejected = InvalidCase.of(CommonCodes.TEXT_BLANK, "object blanked", () -> {
            throw BLANK;
        });
        assertThat(rejected.rejection()).isSameAs(BLANK);
        assertThatThrownBy(rejected::attempt).isSameAs(BLANK);
        assertThat(rejected.code()).isEqualTo(CommonCodes.TEXT_BLANK);
        assertThat(rejected.mutation()).isEqualTo("object blanked");
        assertThat(rejected.history()).isEmpty();
        assertThat(rejected.candidate()).isEmpty();
        assertThat(rejected).hasToString(CommonCodes.TEXT_BLANK.id() + ": object blanked");
    }

    @Test
    void anAttemptTheLibraryAcceptsIsAnErrorNamingWhatItBuilt() {
        InvalidCase accepted = InvalidCase.of(CommonCodes.TEXT_BLANK, "nothing changed", () -> "a value");
        assertThat(accepted.attempt()).isEqualTo("a value");
        assertThatThrownBy(accepted::rejection).isInstanceOf(AssertionError.class).hasMessage("expected "
                + CommonCodes.TEXT_BLANK.id() + " for " + accepted + ", but the attempt gave a value");
    }

    @Test
    void aRulesCaseAddsItsCandidateToItsHistory() {
        InvalidCase drawn = InvalidCases.invalidNextAmendments(HistoryGen.histories().sample(3, 6)).sample(3, 6);
        History history = drawn.history().orElseThrow();
        Amendment candidate = drawn.candidate().map(Amendment.class::cast).orElseThrow();
        InvalidCase rule = InvalidCase.ofRule(drawn.code(), "a rule", history, candidate);
        assertThat(rule.history()).containsSame(history);
        assertThat(rule.candidate()).containsSame(candidate);
        ValidationException thrown = catchThrowableOfType(ValidationException.class, () -> history.add(candidate));
        assertThat(thrown).as("the candidate is rejected").isNotNull();
        assertThat(rule.rejection().violations()).isEqualTo(thrown.violations());
    }

    @Test
    void everyArgumentIsRequired() {
        History history = History.of(ConventionGen.conventions().sample(1, 5));
        Amendment amendment = AmendmentGen.amendments(history.base()).sample(1, 5);
        assertThatThrownBy(() -> InvalidCase.of(null, "m", () -> 1)).isInstanceOf(NullPointerException.class)
                .hasMessage("code");
        assertThatThrownBy(() -> InvalidCase.of(CommonCodes.TEXT_BLANK, null, () -> 1))
                .isInstanceOf(NullPointerException.class).hasMessage("mutation");
        assertThatThrownBy(() -> InvalidCase.of(CommonCodes.TEXT_BLANK, "m", null))
                .isInstanceOf(NullPointerException.class).hasMessage("attempt");
        assertThatThrownBy(() -> InvalidCase.ofRule(CommonCodes.TEXT_BLANK, "m", null, amendment))
                .isInstanceOf(NullPointerException.class).hasMessage("history");
        assertThatThrownBy(() -> InvalidCase.ofRule(CommonCodes.TEXT_BLANK, "m", history, null))
                .isInstanceOf(NullPointerException.class).hasMessage("candidate");
    }
}
