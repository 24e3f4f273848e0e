package dev.conventio.history;

import static dev.conventio.history.Fixtures.BASE_END;
import static dev.conventio.history.Fixtures.GIP;
import static dev.conventio.history.Fixtures.METROPOLE;
import static dev.conventio.history.Fixtures.base;
import static dev.conventio.history.Fixtures.contribution;
import static dev.conventio.history.Fixtures.draft;
import static dev.conventio.history.Fixtures.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.conventio.amendment.Amendment;
import dev.conventio.change.AddContribution;
import dev.conventio.change.ChangeContributionAmount;
import dev.conventio.change.ChangeObject;
import dev.conventio.change.RemoveContribution;
import dev.conventio.change.SetOrientations;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.validation.CommonCodes;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import dev.conventio.validation.ViolationCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AmendmentPolicyTest {

    // The base convention commits EUR 50 000.
    private static final LocalDate FIRST = LocalDate.of(2019, 5, 2);
    private static final LocalDate SECOND = LocalDate.of(2020, 3, 10);

    private static Amendment adding(int number, LocalDate signedOn, String id, String amount) {
        return signed(number, signedOn, BASE_END, AddContribution.of("2", contribution(id, amount, 2020)));
    }

    @Nested
    class IncreasePerAmendment {

        private final History history = History.of(base()).withPolicies(
                AmendmentPolicy.maxIncreasePerAmendment(new BigDecimal("50")));

        @Test
        void anIncreaseAboveTheCapIsRejected() {
            List<Violation> violations = history.check(adding(1, FIRST, "more", "EUR 25000.01"));
            assertThat(violations).extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(HistoryCodes.POLICY_INCREASE_CAP_EXCEEDED, "changes"));
            assertThat(violations.get(0).message()).contains("EUR 25000.01").contains("50 %");
        }

        @Test
        void anIncreaseUpToTheCapIsAccepted() {
            assertThat(history.check(adding(1, FIRST, "more", "EUR 25000"))).isEmpty();
        }

        @Test
        void eachAmendmentIsCappedOnItsOwn() {
            History once = history.add(adding(1, FIRST, "more", "EUR 25000"));
            assertThat(once.check(adding(2, SECOND, "again", "EUR 25000"))).isEmpty();
        }

        @Test
        void theIncreaseIsTheNetChange() {
            Amendment swap = signed(1, FIRST, BASE_END, RemoveContribution.of("2", "phase-1"),
                    AddContribution.of("2", contribution("phase-2", "EUR 75000", 2020)));
            assertThat(history.check(swap)).isEmpty();
            Amendment raise = signed(1, FIRST, BASE_END,
                    ChangeContributionAmount.of("2", "phase-1", Money.parse("EUR 80000"), List.of()));
            assertThat(history.check(raise)).extracting(Violation::code)
                    .containsExactly(HistoryCodes.POLICY_INCREASE_CAP_EXCEEDED);
        }

        @Test
        void aDecreaseIsNeverCapped() {
            assertThat(history.check(signed(1, FIRST, BASE_END, RemoveContribution.of("2", "phase-1")))).isEmpty();
        }

        @Test
        void aDraftIsCheckedToo() {
            assertThat(history.check(draft(1, AddContribution.of("2", contribution("x", "EUR 30000", 2020)))))
                    .extracting(Violation::code).containsExactly(HistoryCodes.POLICY_INCREASE_CAP_EXCEEDED);
        }

        @Test
        void anotherCurrencyIsAReportedError() {
            FinancialContribution dollars = FinancialContribution.builder().id("usd").contributor(METROPOLE)
                    .beneficiary(GIP).amount(Money.parse("USD 1")).budget(BudgetPeriod.ofYear(2020)).build();
            assertThat(history.check(signed(1, FIRST, BASE_END, AddContribution.of("2", dollars))))
                    .extracting(Violation::code).containsExactly(HistoryCodes.MONEY_CURRENCY_MIXED);
        }

        @Test
        void withoutInitialMoneyAnyIncreaseExceeds() {
            History noMoney = History.of(base().toBuilder().contributions(List.of()).build())
                    .withPolicies(AmendmentPolicy.maxIncreasePerAmendment(new BigDecimal("50")));
            assertThat(noMoney.check(adding(1, FIRST, "x", "EUR 1"))).extracting(Violation::code)
                    .containsExactly(HistoryCodes.POLICY_INCREASE_CAP_EXCEEDED);
        }

        @Test
        void aNegativeCapIsRefused() {
            assertThatThrownBy(() -> AmendmentPolicy.maxIncreasePerAmendment(new BigDecimal("-1")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> AmendmentPolicy.maxCumulativeIncrease(null))
                    .isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class CumulativeIncrease {

        private final History history = History.of(base()).withPolicies(
                AmendmentPolicy.maxCumulativeIncrease(BigDecimal.TEN));

        @Test
        void theSumOfIncreasesAboveTheCapIsRejected() {
            History once = history.add(adding(1, FIRST, "a", "EUR 3000"));
            List<Violation> violations = once.check(adding(2, SECOND, "b", "EUR 2000.01"));
            assertThat(violations).extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(HistoryCodes.POLICY_CUMULATIVE_CAP_EXCEEDED, "changes"));
            assertThat(violations.get(0).message()).contains("EUR 5000.01");
        }

        @Test
        void theSumOfIncreasesUpToTheCapIsAccepted() {
            History once = history.add(adding(1, FIRST, "a", "EUR 3000"));
            assertThat(once.check(adding(2, SECOND, "b", "EUR 2000"))).isEmpty();
        }

        @Test
        void aDecreaseOffsetsAnEarlierIncrease() {
            History twice = history.add(adding(1, FIRST, "a", "EUR 5000"))
                    .add(signed(2, SECOND.minusMonths(6), BASE_END, RemoveContribution.of("2", "a")));
            assertThat(twice.check(adding(3, SECOND, "b", "EUR 5000"))).isEmpty();
        }

        @Test
        void aDraftDoesNotCountForLaterAmendments() {
            History withDraft = History.of(base(), List.of(draft(1, AddContribution.of("2",
                    contribution("a", "EUR 5000", 2020))))).withPolicies(AmendmentPolicy.maxCumulativeIncrease(BigDecimal.TEN));
            assertThat(withDraft.check(adding(2, SECOND, "b", "EUR 5000"))).isEmpty();
        }
    }

    @Nested
    class ObjectUnchanged {

        private final History history = History.of(base()).withPolicies(AmendmentPolicy.objectUnchanged());

        @Test
        void changingTheObjectIsRejectedAtTheChange() {
            Amendment amendment = signed(1, FIRST, BASE_END,
                    SetOrientations.of("1", 1, List.of()), ChangeObject.of("1", "Autre chose"));
            assertThat(history.check(amendment)).extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(HistoryCodes.POLICY_OBJECT_CHANGED, "changes[1]"));
            assertThatThrownBy(() -> history.add(amendment)).isInstanceOf(ValidationException.class);
        }

        @Test
        void otherChangesAreAccepted() {
            assertThat(history.check(signed(1, FIRST, BASE_END, SetOrientations.of("1", 1, List.of())))).isEmpty();
        }

        @Test
        void withoutThePolicyTheObjectMayChange() {
            assertThat(History.of(base()).check(signed(1, FIRST, BASE_END, ChangeObject.of("1", "Autre chose"))))
                    .isEmpty();
        }
    }

    @Nested
    class Running {

        @Test
        void policiesRunOnlyOnceTheChangesApply() {
            History history = History.of(base()).withPolicies(AmendmentPolicy.objectUnchanged());
            Amendment amendment = signed(1, FIRST, BASE_END,
                    SetOrientations.of("1", 9, List.of()), ChangeObject.of("1", "Autre chose"));
            assertThat(history.check(amendment)).extracting(Violation::code)
                    .containsExactly(HistoryCodes.CHANGE_TARGET_MISSING);
        }

        @Test
        void aUserPolicyReportsLikeARule() {
            AmendmentPolicy titled = (history, candidate) -> candidate.title().isPresent() ? List.of()
                    : List.of(Violation.of(CommonCodes.TEXT_BLANK, "title", "an amendment needs a title here"));
            History history = History.of(base()).withPolicies(titled);
            assertThat(history.check(signed(1, FIRST, BASE_END))).extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(CommonCodes.TEXT_BLANK, "title"));
            assertThat(history.policies()).containsExactly(titled);
        }

        @Test
        void policiesApplyFromWhenTheyAreSetAndAreKeptByAdd() {
            History unchecked = History.of(base(), List.of(signed(1, FIRST, BASE_END, ChangeObject.of("1", "Autre"))));
            History checked = unchecked.withPolicies(AmendmentPolicy.objectUnchanged());
            assertThat(checked.amendments()).hasSize(1);
            History added = checked.add(signed(2, SECOND, BASE_END));
            assertThat(added.policies()).isEqualTo(checked.policies());
            assertThat(added.check(signed(3, SECOND.plusDays(10), BASE_END, ChangeObject.of("1", "Encore"))))
                    .extracting(Violation::code).containsExactly(HistoryCodes.POLICY_OBJECT_CHANGED);
        }
    }
}
