package dev.conventio.testkit.assertj;

import dev.conventio.testkit.InvalidCase;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import java.util.List;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on an {@link InvalidCase}: that the library rejects it exactly as labelled.
 *
 * <p>Instances are not thread-safe: one assertion chain at a time.
 *
 * @since 0.1
 */
public final class InvalidCaseAssert extends AbstractObjectAssert<InvalidCaseAssert, InvalidCase> {

    InvalidCaseAssert(InvalidCase actual) {
        super(actual, InvalidCaseAssert.class);
    }

    /**
     * Verifies that the attempt throws a {@link ValidationException} whose codes are all the case's
     * code and, for a rule or a policy, that the history's check reports the same violations.
     *
     * @return this, for chaining
     * @throws AssertionError if the attempt succeeds, throws anything else, reports another code,
     *     or the check and the attempt disagree
     */
    public InvalidCaseAssert isRejectedWithExactlyItsCode() {
        isNotNull();
        ValidationException rejection;
        try {
            actual.attempt();
            failWithMessage("expected %s to be rejected, but it was accepted", actual);
            return this;
        } catch (ValidationException e) {
            rejection = e;
        } catch (RuntimeException e) {
            throw new AssertionError("expected " + actual + " to be rejected with a ValidationException, but it threw "
                    + e, e);
        }
        if (rejection.codes().stream().anyMatch(code -> code != actual.code())) {
            failWithMessage("expected %s to be rejected with %s only, but found %s", actual, actual.code().id(),
                    rejection.violations());
        }
        if (actual.history().isPresent()) {
            List<Violation> checked = Violation.certainOf(actual.history().get().check(actual.candidate().orElseThrow()));
            if (!checked.equals(rejection.violations())) {
                failWithMessage("expected check() to report what add() threw for %s, but check gave %s and add threw %s",
                        actual, checked, rejection.violations());
            }
        }
        return this;
    }
}
