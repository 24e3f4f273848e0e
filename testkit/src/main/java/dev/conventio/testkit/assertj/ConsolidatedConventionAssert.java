package dev.conventio.testkit.assertj;

import dev.conventio.history.ConsolidatedConvention;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractObjectAssert;
import org.joda.money.Money;

/**
 * Assertions on a {@link ConsolidatedConvention}: the convention as in force on a date.
 *
 * <p>Amounts are compared with {@link Money#isEqual(org.joda.money.BigMoneyProvider)}: the same
 * currency and the same amount, whatever the scale.
 *
 * <p>Instances are not thread-safe: one assertion chain at a time.
 *
 * @since 0.1
 */
public final class ConsolidatedConventionAssert
        extends AbstractObjectAssert<ConsolidatedConventionAssert, ConsolidatedConvention> {

    ConsolidatedConventionAssert(ConsolidatedConvention actual) {
        super(actual, ConsolidatedConventionAssert.class);
    }

    /**
     * Verifies the money committed for one budget year, as
     * {@link dev.conventio.history.Commitments#forBudgetYear(Year)} gives it.
     *
     * @param year  the budget year, not null
     * @param expected  the amount expected, not null
     * @return this, for chaining
     * @throws AssertionError if nothing or another amount is committed for that year
     */
    public ConsolidatedConventionAssert hasMoneyCommittedFor(Year year, Money expected) {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        Optional<Money> committed = actual.commitments().forBudgetYear(year).amount();
        if (committed.isEmpty() || !sameMoney(committed.get(), expected)) {
            failWithMessage("expected %s committed for %s in %s but found %s", expected, year, actual,
                    committed.map(Money::toString).orElse("nothing"));
        }
        return this;
    }

    /**
     * Verifies that no money is committed for one budget year: no contribution is charged to it, or
     * the convention is not in force on the date.
     *
     * @param year  the budget year, not null
     * @return this, for chaining
     * @throws AssertionError if money is committed for that year
     */
    public ConsolidatedConventionAssert hasNoMoneyCommittedFor(Year year) {
        Objects.requireNonNull(year, "year");
        isNotNull();
        actual.commitments().forBudgetYear(year).amount().filter(money -> !money.isZero()).ifPresent(money ->
                failWithMessage("expected nothing committed for %s in %s but found %s", year, actual, money));
        return this;
    }

    /**
     * Verifies the total money committed by every contribution in force.
     *
     * @param expected  the total expected, not null
     * @return this, for chaining
     * @throws AssertionError if nothing or another total is committed
     */
    public ConsolidatedConventionAssert hasTotalCommitted(Money expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        Optional<Money> total = actual.commitments().total().amount();
        if (total.isEmpty() || !sameMoney(total.get(), expected)) {
            failWithMessage("expected a total of %s committed in %s but found %s", expected, actual,
                    total.map(Money::toString).orElse("nothing"));
        }
        return this;
    }

    /**
     * Verifies the numbers of the amendments in force, in order.
     *
     * @param numbers  the amendment numbers expected, none for the base convention alone
     * @return this, for chaining
     * @throws AssertionError if other amendments are in force
     */
    public ConsolidatedConventionAssert hasAmendmentsInForce(Integer... numbers) {
        isNotNull();
        if (!actual.amendmentsInForce().equals(List.of(numbers))) {
            failWithMessage("expected amendments %s in force in %s but found %s", List.of(numbers), actual,
                    actual.amendmentsInForce());
        }
        return this;
    }

    /**
     * Verifies that a party of that identifier is a party of the convention in force.
     *
     * @param id  the identifier, not null
     * @return this, for chaining
     * @throws AssertionError if there is no such party
     */
    public ConsolidatedConventionAssert hasParty(String id) {
        Objects.requireNonNull(id, "id");
        isNotNull();
        if (actual.party(id).isEmpty()) {
            failWithMessage("expected party '%s' in %s but the parties are %s", id, actual,
                    actual.convention().partyIds());
        }
        return this;
    }

    private static boolean sameMoney(Money actual, Money expected) {
        return actual.getCurrencyUnit().equals(expected.getCurrencyUnit()) && actual.isEqual(expected);
    }
}
