package dev.conventio.testkit.assertj;

import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.History;
import dev.conventio.testkit.InvalidCase;
import dev.conventio.validation.ValidationException;

/**
 * Entry point of the AssertJ assertions on Conventio values.
 *
 * <pre>{@code
 * import static dev.conventio.testkit.assertj.ConventioAssertions.assertThat;
 *
 * assertThat(history).inForceOn(LocalDate.of(2020, 6, 1))
 *         .hasMoneyCommittedFor(Year.of(2020), Money.of(CurrencyUnit.EUR, 100000));
 * }</pre>
 *
 * <p>The methods overload AssertJ's {@code assertThat}: importing both statically is fine, the
 * compiler picks these for Conventio types.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ConventioAssertions {

    private ConventioAssertions() {
    }

    /**
     * Starts assertions on a history.
     *
     * @param actual  the history, may be null (the assertions then fail)
     * @return the assertions, never null
     */
    public static HistoryAssert assertThat(History actual) {
        return new HistoryAssert(actual);
    }

    /**
     * Starts assertions on a consolidated convention.
     *
     * @param actual  the consolidated convention, may be null (the assertions then fail)
     * @return the assertions, never null
     */
    public static ConsolidatedConventionAssert assertThat(ConsolidatedConvention actual) {
        return new ConsolidatedConventionAssert(actual);
    }

    /**
     * Starts assertions on an invalid case.
     *
     * @param actual  the case, may be null (the assertions then fail)
     * @return the assertions, never null
     */
    public static InvalidCaseAssert assertThat(InvalidCase actual) {
        return new InvalidCaseAssert(actual);
    }

    /**
     * Starts assertions on the violations of a validation exception.
     *
     * @param actual  the exception, may be null (the assertions then fail)
     * @return the assertions, never null
     */
    public static ValidationExceptionAssert assertThat(ValidationException actual) {
        return new ValidationExceptionAssert(actual);
    }
}
