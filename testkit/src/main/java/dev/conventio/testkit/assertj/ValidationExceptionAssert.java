package dev.conventio.testkit.assertj;

import dev.conventio.validation.ValidationException;
import dev.conventio.validation.ViolationCode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.AbstractThrowableAssert;

/**
 * Assertions on the violations a {@link ValidationException} carries.
 *
 * <p>Instances are not thread-safe: one assertion chain at a time.
 *
 * @since 0.1
 */
public final class ValidationExceptionAssert extends AbstractThrowableAssert<ValidationExceptionAssert, ValidationException> {

    ValidationExceptionAssert(ValidationException actual) {
        super(actual, ValidationExceptionAssert.class);
    }

    /**
     * Verifies that the exception carries these codes, each at least once, and no other.
     *
     * @param codes  the codes expected, not empty, not null
     * @return this, for chaining
     * @throws AssertionError if a code is missing or another one is present
     */
    public ValidationExceptionAssert hasOnlyCodes(ViolationCode... codes) {
        isNotNull();
        Set<ViolationCode> found = new TreeSet<>(actual.codes());
        if (!found.equals(new TreeSet<>(List.of(codes)))) {
            failWithMessage("expected only the codes %s but found %s", List.of(codes), actual.violations());
        }
        return this;
    }
}
