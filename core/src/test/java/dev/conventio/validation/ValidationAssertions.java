package dev.conventio.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that building a value fails with given violations. */
public final class ValidationAssertions {

    private ValidationAssertions() {
    }

    /**
     * Asserts that the call throws a {@link ValidationException} holding exactly one violation,
     * with the given code and path.
     */
    public static Violation assertViolation(ThrowingCallable call, ViolationCode code, String path) {
        ValidationException thrown = catchThrowableOfType(ValidationException.class, call);
        assertThat(thrown).as("expected a ValidationException with " + code.id()).isNotNull();
        assertThat(thrown.violations()).hasSize(1);
        Violation violation = thrown.violations().get(0);
        assertThat(violation.code()).isEqualTo(code);
        assertThat(violation.path()).isEqualTo(path);
        assertThat(violation.message()).isNotBlank();
        assertThat(thrown.getMessage()).contains(code.id());
        return violation;
    }

    /** Asserts that the call throws a {@link ValidationException} and returns it. */
    public static ValidationException assertInvalid(ThrowingCallable call) {
        ValidationException thrown = catchThrowableOfType(ValidationException.class, call);
        assertThat(thrown).as("expected a ValidationException").isNotNull();
        return thrown;
    }
}
