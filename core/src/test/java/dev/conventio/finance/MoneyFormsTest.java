package dev.conventio.finance;

import static dev.conventio.validation.ValidationAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.publication.ConventionReference;
import dev.conventio.publication.Nor;
import dev.conventio.validation.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The forms of money a contribution takes: amounts by year, unknown amounts, payment, shares, aid. */
class MoneyFormsTest {

    private static Money eur(long amount) {
        return Money.of(CurrencyUnit.EUR, amount);
    }

    private static FinancialContribution.Builder cpo() {
        return FinancialContribution.builder().id("subvention-cpo").contributor("ville").beneficiary("association")
                .nature(ContributionNature.OPERATING_GRANT);
    }

    @Nested
    class Natures {

        @Test
        void eachNatureMapsToTheOpenDataNatureOrToNothing() {
            assertThat(ContributionNature.GRANT.aidForm()).contains(AidForm.CASH);
            assertThat(ContributionNature.FINANCIAL_PARTICIPATION.aidForm()).contains(AidForm.CASH);
            assertThat(ContributionNature.OPERATING_GRANT.aidForm()).contains(AidForm.CASH);
            assertThat(ContributionNature.EARMARKED_GRANT.aidForm()).contains(AidForm.CASH);
            assertThat(ContributionNature.INVESTMENT_GRANT.aidForm()).contains(AidForm.CASH);
            assertThat(ContributionNature.IN_KIND.aidForm()).contains(AidForm.IN_KIND);
            for (ContributionNature outside : List.of(ContributionNature.REMUNERATION, ContributionNature.OTHER,
                    ContributionNature.ENDOWMENT, ContributionNature.EQUITY, ContributionNature.LOAN,
                    ContributionNature.REPAYABLE_ADVANCE)) {
                assertThat(outside.aidForm()).as(outside.name()).isEmpty();
            }
        }
    }

    @Nested
    class AmountsByYear {

        @Test
        void aContributionWithoutAmountHasAnUnknownTotal() {
            FinancialContribution unknown = cpo().build();
            assertThat(unknown.amount()).isEmpty();
            assertThat(unknown.total()).isEmpty();
            assertThat(unknown.isAmountKnown()).isFalse();
            assertThat(unknown.budget()).isEmpty();
        }

        @Test
        void yearsCoveringTheBudgetPeriodMakeTheTotal() {
            FinancialContribution covered = cpo().budget(BudgetPeriod.parse("2022-2024"))
                    .addYearlyAmounts(YearlyAmount.firm(Year.of(2022), eur(87_458)),
                            YearlyAmount.forecast(Year.of(2023), eur(90_000)),
                            YearlyAmount.forecast(Year.of(2024), eur(92_000)))
                    .build();
            assertThat(covered.coversBudget()).isTrue();
            assertThat(covered.total()).contains(eur(269_458));   // 87 458 + 90 000 + 92 000
        }

        @Test
        void yearsWithoutBudgetPeriodOrWithAYearUnknownMakeNoTotal() {
            assertThat(cpo().addYearlyAmounts(YearlyAmount.firm(Year.of(2022), eur(87_458))).build().total()).isEmpty();
            FinancialContribution partly = cpo().budget(BudgetPeriod.parse("2022-2023"))
                    .addYearlyAmounts(YearlyAmount.firm(Year.of(2022), eur(87_458)),
                            YearlyAmount.unknown(Year.of(2023), Firmness.FORECAST)).build();
            assertThat(partly.total()).isEmpty();
            assertThat(partly.yearlyAmount(Year.of(2022)).flatMap(YearlyAmount::amount)).contains(eur(87_458));
            assertThat(partly.yearlyAmount(Year.of(2023)).orElseThrow().isKnown()).isFalse();
            assertThat(partly.yearlyAmount(Year.of(2024))).isEmpty();
        }

        @Test
        void aYearlyAmountIsPositiveAndMayBeLabelledInferred() {
            YearlyAmount inferred = YearlyAmount.firm(Year.of(2022), eur(87_458))
                    .withInferredFrom("le titre de la délibération 2022 DFPE 28");
            assertThat(inferred.inferredFrom()).contains("le titre de la délibération 2022 DFPE 28");
            assertThat(inferred.firmness()).isEqualTo(Firmness.FIRM);
            assertViolation(() -> YearlyAmount.forecast(Year.of(2023), eur(0)),
                    FinanceCodes.CONTRIBUTION_AMOUNT_NOT_POSITIVE, "amount");
            assertViolation(() -> cpo().addYearlyAmounts(YearlyAmount.firm(Year.of(2022), eur(1)).withInferredFrom(" "))
                    .build(), dev.conventio.validation.CommonCodes.TEXT_BLANK, "inferredFrom");
        }

        @Test
        void yearsAreAscendingEachOnce() {
            assertViolation(() -> cpo().addYearlyAmounts(YearlyAmount.firm(Year.of(2023), eur(1)),
                    YearlyAmount.firm(Year.of(2022), eur(1))).build(), FinanceCodes.YEARS_NOT_ASCENDING,
                    "yearlyAmounts[1].year");
            assertViolation(() -> cpo().addYearlyAmounts(YearlyAmount.firm(Year.of(2022), eur(1)),
                    YearlyAmount.unknown(Year.of(2022), Firmness.FIRM)).build(), FinanceCodes.YEARS_NOT_ASCENDING,
                    "yearlyAmounts[1].year");
            assertThat(cpo().addYearlyAmounts(YearlyAmount.firm(Year.of(2022), eur(1)),
                    YearlyAmount.firm(Year.of(2023), eur(1))).build().yearlyAmounts()).hasSize(2);
        }

        @Test
        void yearsAreWithinTheBudgetPeriod() {
            assertViolation(() -> cpo().budget(BudgetPeriod.parse("2022-2024"))
                    .addYearlyAmounts(YearlyAmount.firm(Year.of(2025), eur(1))).build(),
                    FinanceCodes.YEARS_OUTSIDE_BUDGET, "yearlyAmounts[0].year");
            assertThat(cpo().budget(BudgetPeriod.parse("2022-2024"))
                    .addYearlyAmounts(YearlyAmount.firm(Year.of(2024), eur(1))).build().yearlyAmounts()).hasSize(1);
        }

        @Test
        void yearsAreInTheContributionsCurrency() {
            assertViolation(() -> cpo().amount(eur(10)).addYearlyAmounts(YearlyAmount.firm(Year.of(2022),
                    Money.of(CurrencyUnit.USD, 1))).build(), FinanceCodes.YEARS_CURRENCY_MISMATCH,
                    "yearlyAmounts[0].amount");
            assertViolation(() -> cpo().addYearlyAmounts(YearlyAmount.firm(Year.of(2022), eur(1)),
                    YearlyAmount.firm(Year.of(2023), Money.of(CurrencyUnit.USD, 1))).build(),
                    FinanceCodes.YEARS_CURRENCY_MISMATCH, "yearlyAmounts[1].amount");
        }

        @Test
        void yearsAddUpToTheAmountExactlyWhenTheyCoverTheBudgetPeriod() {
            FinancialContribution.Builder covered = cpo().budget(BudgetPeriod.parse("2022-2023"))
                    .addYearlyAmounts(YearlyAmount.firm(Year.of(2022), eur(100)), YearlyAmount.forecast(Year.of(2023), eur(50)));
            assertThat(assertViolation(() -> covered.amount(eur(151)).build(), FinanceCodes.YEARS_SUM_MISMATCH,
                    "yearlyAmounts").message()).isEqualTo("the yearly amounts add up to EUR 150.00, not to the amount"
                    + " EUR 151.00");
            assertThat(covered.amount(eur(150)).build().total()).contains(eur(150));
        }

        @Test
        void yearsNotCoveringTheBudgetPeriodAddUpToAtMostTheAmount() {
            FinancialContribution.Builder some = cpo().addYearlyAmounts(YearlyAmount.firm(Year.of(2022), eur(100)));
            assertThat(assertViolation(() -> some.amount(eur(99)).build(), FinanceCodes.YEARS_SUM_MISMATCH,
                    "yearlyAmounts").message()).isEqualTo("the yearly amounts add up to EUR 100.00, more than the"
                    + " amount EUR 99.00");
            assertThat(some.amount(eur(100)).build().total()).contains(eur(100));
            assertThat(some.amount(eur(300)).build().total()).contains(eur(300));
        }

        @Test
        void aYearNotKnownLeavesPartOfTheAmountForIt() {
            FinancialContribution.Builder reliquat = cpo().addYearlyAmounts(YearlyAmount.firm(Year.of(2022), eur(100)),
                    YearlyAmount.unknown(Year.of(2023), Firmness.FORECAST));
            assertThat(assertViolation(() -> reliquat.amount(eur(100)).build(), FinanceCodes.YEARS_SUM_MISMATCH,
                    "yearlyAmounts").message()).isEqualTo("the known yearly amounts add up to EUR 100.00, leaving"
                    + " nothing of the amount EUR 100.00 for the years not known");
            assertThat(reliquat.amount(eur(101)).build().total()).contains(eur(101));
        }

        @Test
        void aCeilingIsRecordedAsSuch() {
            FinancialContribution upTo = cpo().amount(eur(43_000_000)).ceiling(true).build();
            assertThat(upTo.ceiling()).isTrue();
            assertThat(cpo().build().ceiling()).isFalse();
        }
    }

    @Nested
    class Payment {

        private final Instalment advance = Instalment.of(LocalDate.of(2022, 3, 1), eur(70));
        private final Instalment balance = Instalment.on(InstalmentCondition.of(PaymentEvent.FINANCIAL_REPORT), eur(30));

        @Test
        void anInstalmentMayWaitForAnEventWithoutADate() {
            FinancialContribution paid = cpo().amount(eur(100)).payment(PaymentConditions.inInstalments())
                    .addSchedule(advance, balance).build();
            assertThat(paid.schedule().get(1).dueOn()).isEmpty();
            assertThat(paid.schedule().get(1).condition().orElseThrow().event()).isEqualTo(PaymentEvent.FINANCIAL_REPORT);
            Instalment both = Instalment.of(LocalDate.of(2022, 7, 1), InstalmentCondition.of(PaymentEvent.ACTIVITY_REPORT),
                    eur(30));
            assertThat(both.dueOn()).contains(LocalDate.of(2022, 7, 1));
        }

        @Test
        void datedInstalmentsAreInDateOrderAroundUndatedOnes() {
            Instalment later = Instalment.of(LocalDate.of(2022, 9, 1), eur(10));
            Instalment earlier = Instalment.of(LocalDate.of(2022, 5, 1), eur(20));
            Instalment onCompletion = Instalment.on(InstalmentCondition.of(PaymentEvent.COMPLETION), eur(10));
            assertViolation(() -> cpo().amount(eur(110)).addSchedule(advance, later, onCompletion, earlier).build(),
                    FinanceCodes.SCHEDULE_DATES_OUT_OF_ORDER, "schedule[3].dueOn");
            assertThat(cpo().amount(eur(110)).addSchedule(advance, earlier, onCompletion, later).build().schedule())
                    .hasSize(4);
        }

        @Test
        void aScheduleAddsUpOnlyToAKnownTotal() {
            assertViolation(() -> cpo().amount(eur(101)).addSchedule(advance, balance).build(),
                    FinanceCodes.SCHEDULE_SUM_MISMATCH, "schedule");
            assertThat(cpo().addSchedule(advance).build().schedule()).hasSize(1);
        }

        @Test
        void paymentConditionsAgreeWithTheSchedule() {
            assertViolation(() -> cpo().amount(eur(100)).payment(PaymentConditions.single()).addSchedule(advance, balance)
                    .build(), FinanceCodes.PAYMENT_SCHEDULE_MISMATCH, "payment");
            assertViolation(() -> cpo().amount(eur(70)).payment(PaymentConditions.inInstalments()).addSchedule(advance)
                    .build(), FinanceCodes.PAYMENT_SCHEDULE_MISMATCH, "payment");
            assertThat(cpo().amount(eur(70)).payment(PaymentConditions.single()).addSchedule(advance).build().payment())
                    .contains(PaymentConditions.single());
            assertThat(cpo().payment(PaymentConditions.inInstalments()).build().payment().orElseThrow().kind())
                    .isEqualTo(PaymentConditions.Kind.INSTALMENTS);
        }

        @Test
        void conditionsOfAnotherKindAreDescribed() {
            assertViolation(() -> PaymentConditions.of(PaymentConditions.Kind.OTHER, java.util.Optional.empty()),
                    FinanceCodes.CONDITION_UNDESCRIBED, "description");
            assertViolation(() -> InstalmentCondition.of(PaymentEvent.OTHER), FinanceCodes.CONDITION_UNDESCRIBED,
                    "description");
            assertThat(PaymentConditions.other("versement trimestriel").description()).contains("versement trimestriel");
            assertThat(InstalmentCondition.of(PaymentEvent.OTHER, "après l'avis du comité").description()).isPresent();
        }
    }

    @Nested
    class Shares {

        private FinancialContribution.Builder shared() {
            return cpo().beneficiary("a").amount(eur(900));
        }

        @Test
        void sharesNameEveryBeneficiaryOnceAndMakeTheWhole() {
            FinancialContribution thirds = shared().addShares(BeneficiaryShare.of("a", Portion.of(1, 3)),
                    BeneficiaryShare.of("b", Portion.of(1, 3)), BeneficiaryShare.of("c", Portion.of(1, 3))).build();
            assertThat(thirds.shares()).hasSize(3);
            assertThat(thirds.shares().get(1).portion().of(eur(900))).contains(eur(300));
        }

        @Test
        void sharesMustAddUpToTheWhole() {
            assertViolation(() -> shared().addShares(BeneficiaryShare.of("a", Portion.of(45, 100)),
                    BeneficiaryShare.of("b", Portion.of(1, 2))).build(), FinanceCodes.SHARES_SUM_MISMATCH, "shares");
        }

        @Test
        void sharesNameEachPartyOnce() {
            assertViolation(() -> shared().addShares(BeneficiaryShare.of("a", Portion.of(1, 2)),
                    BeneficiaryShare.of("a", Portion.of(1, 2))).build(), FinanceCodes.SHARES_DUPLICATE_PARTY,
                    "shares[1].party");
        }

        @Test
        void sharesIncludeTheBeneficiary() {
            assertViolation(() -> shared().addShares(BeneficiaryShare.of("b", Portion.of(1, 2)),
                    BeneficiaryShare.of("c", Portion.of(1, 2))).build(), FinanceCodes.SHARES_BENEFICIARY_MISSING,
                    "shares");
        }

        @Test
        void theContributorHasNoShare() {
            assertViolation(() -> shared().addShares(BeneficiaryShare.of("a", Portion.of(1, 2)),
                    BeneficiaryShare.of("ville", Portion.of(1, 2))).build(),
                    FinanceCodes.CONTRIBUTION_BENEFICIARY_IS_CONTRIBUTOR, "shares[1].party");
        }

        @Test
        void portionsAreMoreThanNothingAndAtMostTheWhole() {
            assertViolation(() -> Portion.of(0, 3), FinanceCodes.PORTION_OUT_OF_RANGE, "");
            assertViolation(() -> Portion.of(4, 3), FinanceCodes.PORTION_OUT_OF_RANGE, "");
            assertViolation(() -> Portion.parse("4/3"), FinanceCodes.PORTION_OUT_OF_RANGE, "");
            assertThat(Portion.of(3, 3).isWhole()).isTrue();
            assertThat(Portion.of(2, 3).isWhole()).isFalse();
            assertThat(Portion.of(2, 3)).returns(2, Portion::numerator).returns(3, Portion::denominator);
        }

        @Test
        void portionsReadTheirTextForm() {
            assertThat(Portion.parse("45/100")).isEqualTo(Portion.of(45, 100)).hasToString("45/100");
            assertThat(Portion.of(45, 100)).isNotEqualTo(Portion.of(9, 20)).isEqualByComparingTo(Portion.of(9, 20));
            assertThat(Portion.of(1, 3).toDecimal(2)).isEqualByComparingTo(new BigDecimal("0.33"));
            assertThat(Portion.of(2, 3).toDecimal(0)).isEqualByComparingTo(BigDecimal.ONE);
            assertThatThrownBy(() -> Portion.of(2, 3).toDecimal(-1)).isInstanceOf(ArithmeticException.class);
            assertThat(Portion.of(1, 3)).isLessThan(Portion.of(1, 2));
            assertThat(Portion.of(1, 2)).isGreaterThan(Portion.of(1, 3));
            // Nine digits on either side, zeros after the first digit.
            assertThat(Portion.parse("10/20")).isEqualTo(Portion.of(10, 20));
            assertThat(Portion.parse("1/123456789")).isEqualTo(Portion.of(1, 123_456_789));
            assertThat(Portion.parse("123456789/999999999")).isEqualTo(Portion.of(123_456_789, 999_999_999));
            for (String bad : List.of("1/", "/3", "0/3", "01/3", "1 / 3", "0.45", "45%", "-1/3", "1/0", "1234567890/1")) {
                assertViolation(() -> Portion.parse(bad), FinanceCodes.PORTION_MALFORMED, "");
            }
        }

        @Test
        void aPortionOfAnAmountIsNeverRounded() {
            assertThat(Portion.of(1, 3).of(eur(100))).isEmpty();
            assertThat(Portion.of(45, 100).of(Money.parse("EUR 1000.10"))).isEmpty();   // 450.045: not in cents
            assertThat(Portion.of(45, 100).of(Money.parse("EUR 1000.20"))).contains(Money.parse("EUR 450.09"));
            assertThat(Portion.addUpToWhole(List.of(Portion.of(1, 3), Portion.of(2, 6)))).isFalse();
            assertThat(Portion.addUpToWhole(List.of(Portion.of(1, 3), Portion.of(4, 6)))).isTrue();
        }
    }

    @Nested
    class Aid {

        @Test
        void aidFactsAreEachOptional() {
            AidFacts facts = AidFacts.builder().basis(StateAidBasis.DE_MINIMIS).raeNumber("12345")
                    .scheme("65d5b6c7-102c-4440-ac3b-768f708edc0a").build();
            assertThat(cpo().aid(facts).build().aid()).contains(facts);
            assertThat(AidFacts.builder().build().basis()).isEmpty();
        }

        @Test
        void anRaeNumberIsOneToFiveDigits() {
            for (String bad : List.of("", "123456", "12a45", " 1234")) {
                assertViolation(() -> AidFacts.builder().raeNumber(bad).build(), FinanceCodes.AID_RAE_MALFORMED,
                        "raeNumber");
            }
            assertThat(AidFacts.builder().raeNumber("7").build().raeNumber()).contains("7");
        }
    }

    @Nested
    class Transfers {

        private Transfer.Builder transfer() {
            return Transfer.builder().from(TransferEnd.contribution("action-1")).to(TransferEnd.contribution("action-2"))
                    .amount(eur(1_000));
        }

        @Test
        void aTransferMovesAPositiveAmount() {
            assertViolation(() -> transfer().amount(eur(0)).build(), FinanceCodes.TRANSFER_AMOUNT_NOT_POSITIVE, "amount");
            assertThat(transfer().build().kind()).isEqualTo(Transfer.Kind.TRANSFER);
        }

        @Test
        void aTransferTouchesTheConvention() {
            assertViolation(() -> transfer().from(TransferEnd.unstated())
                    .to(TransferEnd.otherConvention("PRMI1736187X")).build(), FinanceCodes.TRANSFER_ENDS_OUTSIDE, "to");
            Transfer redeployed = transfer().to(TransferEnd.unstated()).kind(Transfer.Kind.REDEPLOYMENT).build();
            assertThat(redeployed.to().kind()).isEqualTo(TransferEnd.Kind.UNSTATED);
            assertThat(transfer().from(TransferEnd.otherConvention("PRMI1736187X")).build().from().otherConvention())
                    .contains(ConventionReference.of("PRMI1736187X"));
        }

        @Test
        void anotherConventionIsNamedAsALinkNamesIt() {
            ConventionReference byNor = ConventionReference.of(Nor.parse("PRMI1736187X"));
            TransferEnd end = TransferEnd.otherConvention(byNor);
            assertThat(end.kind()).isEqualTo(TransferEnd.Kind.OTHER_CONVENTION);
            assertThat(end.otherConvention()).contains(byNor);
            assertThat(end.contribution()).isEmpty();
            assertThat(end).isEqualTo(TransferEnd.otherConvention(byNor)).hasSameHashCodeAs(TransferEnd.otherConvention(byNor))
                    .isNotEqualTo(TransferEnd.otherConvention("PRMI1736187X"));
            assertThat(end).hasToString("convention NOR PRMI1736187X");
            assertThat(TransferEnd.contribution("action-1").otherConvention()).isEmpty();
            assertThatThrownBy(() -> TransferEnd.otherConvention(" ")).isInstanceOf(ValidationException.class);
        }

        @Test
        void aTransferGoesSomewhereElse() {
            assertViolation(() -> transfer().to(TransferEnd.contribution("action-1")).build(),
                    FinanceCodes.TRANSFER_ENDS_SAME, "to");
        }
    }
}
