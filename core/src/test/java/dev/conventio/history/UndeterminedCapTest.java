package dev.conventio.history;

import static dev.conventio.history.Fixtures.BASE_END;
import static dev.conventio.history.Fixtures.GIP;
import static dev.conventio.history.Fixtures.METROPOLE;
import static dev.conventio.history.Fixtures.base;
import static dev.conventio.history.Fixtures.contribution;
import static dev.conventio.history.Fixtures.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.conventio.change.AddContribution;
import dev.conventio.change.ChangeContributionAmount;
import dev.conventio.change.SetYearlyAmount;
import dev.conventio.convention.Convention;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.YearlyAmount;
import dev.conventio.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The money caps meet amounts that are not known: undetermined, never guessed. */
class UndeterminedCapTest {

    private static final LocalDate FIRST = LocalDate.of(2019, 5, 2);
    private static final FinancialContribution UNKNOWN = FinancialContribution.builder().id("reliquat")
            .contributor(METROPOLE).beneficiary(GIP).build();

    private static History capped(Convention base, boolean cumulative) {
        BigDecimal fifty = new BigDecimal("50");
        return History.of(base).withPolicies(cumulative ? AmendmentPolicy.maxCumulativeIncrease(fifty)
                : AmendmentPolicy.maxIncreasePerAmendment(fifty));
    }

    @Test
    void anAmendmentThatGivesAnUnknownAmountIsUndetermined() {
        Convention base = base().toBuilder().addContribution(UNKNOWN).build();
        List<Violation> violations = capped(base, false).check(signed(1, FIRST, BASE_END,
                SetYearlyAmount.of("2", "reliquat", YearlyAmount.firm(Year.of(2019), Money.parse("EUR 10"))))
        );
        assertThat(violations).extracting(Violation::code, Violation::path)
                .containsExactly(tuple(HistoryCodes.POLICY_INCREASE_CAP_UNDETERMINED, "changes"));
        assertThat(violations.get(0).message()).contains("[reliquat]");
        assertThat(capped(base, true).check(signed(1, FIRST, BASE_END, ChangeContributionAmount.of("2", "reliquat",
                Money.parse("EUR 10"), List.of())))).extracting(Violation::code)
                .containsExactly(HistoryCodes.POLICY_CUMULATIVE_CAP_UNDETERMINED);
    }

    @Test
    void anUndeterminedCapIsAcceptedAndKeptUnlessTheHistoryRejectsUndeterminedOutcomes() {
        Convention base = base().toBuilder().addContribution(UNKNOWN).build();
        var avenant = signed(1, FIRST, BASE_END, ChangeContributionAmount.of("2", "reliquat", Money.parse("EUR 10"),
                List.of()));

        History kept = capped(base, false).add(avenant);
        History strict = capped(base, false).withPolicies(AmendmentPolicy.maxIncreasePerAmendment(new BigDecimal("50")),
                AmendmentPolicy.undeterminedRejected());

        assertThat(kept.undetermined()).extracting(Violation::code, Violation::path, Violation::isUndetermined)
                .containsExactly(tuple(HistoryCodes.POLICY_INCREASE_CAP_UNDETERMINED, "amendments[0].changes", true));
        assertThat(strict.check(avenant)).extracting(Violation::code, Violation::isUndetermined)
                .containsExactly(tuple(HistoryCodes.POLICY_INCREASE_CAP_UNDETERMINED, false));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> strict.add(avenant))
                .isInstanceOf(dev.conventio.validation.ValidationException.class)
                .hasMessageContaining("policy.increase-cap.undetermined at changes");
    }

    @Test
    void anUndeterminedIncreaseIsNoIncreaseOfTheHistory() {
        Convention base = base().toBuilder().addContribution(UNKNOWN).build();
        History history = History.of(base).add(signed(1, FIRST, BASE_END, ChangeContributionAmount.of("2", "reliquat",
                Money.parse("EUR 10"), List.of())));
        assertThat(history.committedIncrease(1)).isEmpty();
        assertThat(MoneyTotals.increase(history.chronicle(), 1).isDetermined()).isFalse();
        assertThat(MoneyTotals.increase(history.chronicle(), 1).undeterminedBy()).containsExactly("reliquat");
    }
}
