package dev.conventio.finance;

import static dev.conventio.validation.ValidationAssertions.assertInvalid;
import static dev.conventio.validation.ValidationAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.validation.CommonCodes;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.ViolationCode;
import dev.conventio.validation.Violation;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class FinancialContributionTest {

    private static final Money HUNDRED_THOUSAND = Money.of(CurrencyUnit.EUR, 100_000);

    static FinancialContribution.Builder participation() {
        return FinancialContribution.builder().id("participation-2020").contributor("metropole-amp")
                .beneficiary("gip-crpv-paca").amount(HUNDRED_THOUSAND).budget(BudgetPeriod.ofYear(2020));
    }

    @Test
    void contributionWithAScheduleThatAddsUp() {
        FinancialContribution contribution = participation()
                .addSchedule(Instalment.of(LocalDate.of(2020, 3, 1), Money.of(CurrencyUnit.EUR, 60_000)),
                        Instalment.of(LocalDate.of(2020, 9, 1), Money.of(CurrencyUnit.EUR, 40_000)))
                .build();
        assertThat(contribution.schedule()).hasSize(2);
        assertThat(contribution.nature()).isEqualTo(ContributionNature.FINANCIAL_PARTICIPATION);
    }

    @Test
    void amountMustBePositive() {
        assertViolation(() -> participation().amount(Money.zero(CurrencyUnit.EUR)).build(),
                FinanceCodes.CONTRIBUTION_AMOUNT_NOT_POSITIVE, "amount");
        assertViolation(() -> participation().amount(Money.of(CurrencyUnit.EUR, -1)).build(),
                FinanceCodes.CONTRIBUTION_AMOUNT_NOT_POSITIVE, "amount");
    }

    @Test
    void beneficiaryMustNotBeTheContributor() {
        assertViolation(() -> participation().beneficiary("metropole-amp").build(),
                FinanceCodes.CONTRIBUTION_BENEFICIARY_IS_CONTRIBUTOR, "beneficiary");
    }

    @Test
    void identifiersMustBeWellFormed() {
        assertViolation(() -> participation().id("Participation 2020").build(), CommonCodes.IDENTIFIER_MALFORMED,
                "id");
        assertViolation(() -> participation().contributor("").build(), CommonCodes.IDENTIFIER_MALFORMED,
                "contributor");
    }

    @Test
    void instalmentsMustBePositive() {
        assertViolation(() -> Instalment.of(LocalDate.of(2020, 1, 1), Money.zero(CurrencyUnit.EUR)),
                FinanceCodes.INSTALMENT_AMOUNT_NOT_POSITIVE, "amount");
    }

    @Test
    void instalmentsMustAddUpExactly() {
        assertViolation(() -> participation()
                        .addSchedule(Instalment.of(LocalDate.of(2020, 3, 1), Money.of(CurrencyUnit.EUR, 60_000)),
                                Instalment.of(LocalDate.of(2020, 9, 1), Money.of(CurrencyUnit.EUR, 39_999.99)))
                        .build(),
                FinanceCodes.SCHEDULE_SUM_MISMATCH, "schedule");
    }

    @Test
    void instalmentsMustBeInTheContributionsCurrency() {
        ValidationException thrown = assertInvalid(() -> participation()
                .addSchedule(Instalment.of(LocalDate.of(2020, 3, 1), Money.of(CurrencyUnit.EUR, 60_000)),
                        Instalment.of(LocalDate.of(2020, 9, 1), Money.of(CurrencyUnit.USD, 40_000)))
                .build());
        // The sum is not computed across currencies: the mismatch is the only violation.
        assertThat(thrown.codes()).containsExactly(FinanceCodes.SCHEDULE_CURRENCY_MISMATCH);
        assertThat(thrown.violations().get(0).path()).isEqualTo("schedule[1].amount");
    }

    @Test
    void instalmentsMustBeInDateOrder() {
        assertViolation(() -> participation()
                        .addSchedule(Instalment.of(LocalDate.of(2020, 9, 1), Money.of(CurrencyUnit.EUR, 60_000)),
                                Instalment.of(LocalDate.of(2020, 3, 1), Money.of(CurrencyUnit.EUR, 40_000)))
                        .build(),
                FinanceCodes.SCHEDULE_DATES_OUT_OF_ORDER, "schedule[1].dueOn");
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        ValidationException thrown = assertInvalid(() -> participation().id("X").beneficiary("metropole-amp")
                .amount(Money.zero(CurrencyUnit.EUR)).build());
        assertThat(thrown.codes()).containsExactlyInAnyOrder(CommonCodes.IDENTIFIER_MALFORMED,
                FinanceCodes.CONTRIBUTION_AMOUNT_NOT_POSITIVE, FinanceCodes.CONTRIBUTION_BENEFICIARY_IS_CONTRIBUTOR);
    }

    @Test
    void withAmountChecksTheScheduleAgain() {
        FinancialContribution scheduled = participation()
                .addSchedule(Instalment.of(LocalDate.of(2020, 3, 1), HUNDRED_THOUSAND)).build();
        assertViolation(() -> scheduled.withAmount(Money.of(CurrencyUnit.EUR, 120_000)),
                FinanceCodes.SCHEDULE_SUM_MISMATCH, "schedule");
        assertThat(scheduled.withSchedule(List.of()).withAmount(Money.of(CurrencyUnit.EUR, 120_000)).amount())
                .contains(Money.of(CurrencyUnit.EUR, 120_000));
    }

    @Test
    void budgetPeriodTextFormRoundTrips() {
        assertThat(BudgetPeriod.parse("2020")).isEqualTo(BudgetPeriod.ofYear(2020)).hasToString("2020");
        BudgetPeriod period = BudgetPeriod.parse("2020-2022");
        assertThat(period).hasToString("2020-2022");
        assertThat(period.contains(Year.of(2021))).isTrue();
        assertThat(period.contains(Year.of(2023))).isFalse();
        assertThat(period.isSingleYear()).isFalse();
        assertThat(BudgetPeriod.ofYear(2020)).isLessThan(period.of(Year.of(2020), Year.of(2021)));
        for (String bad : new String[] {"20-21", "202", "20201", "2020-202", "2020/2021", "２020", "2020-２021", ""}) {
            Violation violation = assertViolation(() -> BudgetPeriod.parse(bad), FinanceCodes.BUDGET_PERIOD_MALFORMED, "");
            assertThat(violation.message()).as(bad).contains("'" + bad + "'");
        }
    }

    @Test
    void budgetYearsHaveFourDigitsInTheTextForm() {
        // A fuzzing finding: year 42 was written "42", which parse() rejects.
        assertThat(BudgetPeriod.ofYear(42)).hasToString("0042").isEqualTo(BudgetPeriod.parse("0042"));
        assertThat(BudgetPeriod.parse("0042-2019")).hasToString("0042-2019");
        assertThat(BudgetPeriod.ofYear(0)).hasToString("0000");
        assertThat(BudgetPeriod.ofYear(9999)).hasToString("9999");
        assertThatThrownBy(() -> BudgetPeriod.ofYear(10_000)).isInstanceOf(java.time.DateTimeException.class)
                .hasMessageContaining("10000");
        assertThatThrownBy(() -> BudgetPeriod.ofYear(-1)).isInstanceOf(java.time.DateTimeException.class);
        assertThatThrownBy(() -> BudgetPeriod.of(Year.of(2020), Year.of(12_020)))
                .isInstanceOf(java.time.DateTimeException.class).hasMessageContaining("last");
    }

    @Test
    void budgetPeriodMustNotEndBeforeItStarts() {
        assertViolation(() -> BudgetPeriod.of(Year.of(2021), Year.of(2020)), FinanceCodes.BUDGET_PERIOD_REVERSED, "");
        assertViolation(() -> BudgetPeriod.parse("2021-2020"), FinanceCodes.BUDGET_PERIOD_REVERSED, "");
    }

    @Test
    void optionalTextsAreNeverBlankAndOptionalIdentifiersWellFormed() {
        assertViolation(() -> participation().purpose(" ").build(), CommonCodes.TEXT_BLANK, "purpose");
        assertViolation(() -> participation().inferredFrom("").build(), CommonCodes.TEXT_BLANK, "inferredFrom");
        assertViolation(() -> participation().action("action 1").build(), CommonCodes.IDENTIFIER_MALFORMED, "action");
        assertViolation(() -> participation().origin("Origine!").build(), CommonCodes.IDENTIFIER_MALFORMED, "origin");
        FinancialContribution described = participation().purpose("fonctionnement").inferredFrom("article 4")
                .action("action-1").origin("appel-2020").build();
        assertThat(described.purpose()).contains("fonctionnement");
        assertThat(described.inferredFrom()).contains("article 4");
        assertThat(described.action()).contains("action-1");
        assertThat(described.origin()).contains("appel-2020");
    }
}
