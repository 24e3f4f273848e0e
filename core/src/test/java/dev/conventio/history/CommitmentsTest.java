package dev.conventio.history;

import static dev.conventio.history.Fixtures.BASE_END;
import static dev.conventio.history.Fixtures.COMMUNE;
import static dev.conventio.history.Fixtures.GIP;
import static dev.conventio.history.Fixtures.METROPOLE;
import static dev.conventio.history.Fixtures.base;
import static dev.conventio.history.Fixtures.party;
import static dev.conventio.history.Fixtures.amendment;
import static dev.conventio.history.Fixtures.signature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.conventio.action.Action;
import dev.conventio.change.Change;
import dev.conventio.change.TransferMoney;
import dev.conventio.convention.Convention;
import dev.conventio.finance.BeneficiaryShare;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinanceCodes;
import dev.conventio.finance.Firmness;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Portion;
import dev.conventio.finance.Transfer;
import dev.conventio.finance.TransferEnd;
import dev.conventio.finance.YearlyAmount;
import dev.conventio.party.PartyKind;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The sums of {@link Commitments}, against sums made by hand. */
class CommitmentsTest {

    private static final LocalDate SIGNED = LocalDate.of(2020, 3, 10);
    private static final LocalDate ON = LocalDate.of(2020, 6, 30);

    private static Money eur(String amount) {
        return Money.parse("EUR " + amount);
    }

    private static FinancialContribution.Builder from(String id, String beneficiary) {
        return FinancialContribution.builder().id(id).contributor(METROPOLE).beneficiary(beneficiary);
    }

    /**
     * The base's 50 000 for 2018, plus a multi-year subsidy to the commune (2020: 30 000 firm, 2021:
     * 20 000 forecast, 2022 not known), a « reliquat » whose amount is not known, and an endowment
     * of 90 000 shared in thirds between the GIP and the commune.
     */
    private static Convention convention() {
        return base().toBuilder().addParty(party(COMMUNE, "Commune", PartyKind.COMMUNE))
                .addActions(Action.of("action-1", "Première action"), Action.of("action-2", "Seconde action"))
                .addContribution(from("cpo", COMMUNE).nature(ContributionNature.OPERATING_GRANT).action("action-1")
                        .budget(BudgetPeriod.parse("2020-2022"))
                        .addYearlyAmounts(YearlyAmount.firm(Year.of(2020), eur("30000")),
                                YearlyAmount.forecast(Year.of(2021), eur("20000")),
                                YearlyAmount.unknown(Year.of(2022), Firmness.FORECAST)).build())
                .addContribution(from("reliquat", GIP).action("action-2").build())
                .addContribution(from("dotation", GIP).amount(eur("90000")).budget(BudgetPeriod.ofYear(2020))
                        .nature(ContributionNature.ENDOWMENT).action("action-2")
                        .addShares(BeneficiaryShare.of(GIP, Portion.of(2, 3)), BeneficiaryShare.of(COMMUNE, Portion.of(1, 3)))
                        .build())
                .build();
    }

    private static Commitments commitments(Convention convention) {
        return History.of(convention).asOf(ON).commitments();
    }

    /** Amendment n° 1, signed by the three parties of {@link #convention()}. */
    private static dev.conventio.amendment.Amendment signed(Change... changes) {
        return amendment(1, BASE_END, changes).addSignature(signature(METROPOLE, SIGNED.minusDays(3)))
                .addSignature(signature(GIP, SIGNED)).addSignature(signature(COMMUNE, SIGNED)).build();
    }

    private static Commitments after(Change... changes) {
        return History.of(convention()).add(signed(changes)).asOf(ON).commitments();
    }

    @Nested
    class UnknownAmounts {

        @Test
        void theTotalAddsWhatIsKnownAndNamesWhatIsNot() {
            Committed total = commitments(convention()).total();
            // 50 000 (phase-1) + 30 000 + 20 000 (the years of cpo known... but cpo's total is not) + 90 000
            // cpo has a year not known: its total is not known, and it is left out with the reliquat.
            assertThat(total.amount()).contains(eur("140000"));   // 50 000 + 90 000
            assertThat(total.hasUnknownAmounts()).isTrue();
            assertThat(total.unknownAmounts()).containsExactly("cpo", "reliquat");
            assertThat(total.provenance()).containsExactly(Provenance.base());
            assertThat(total).hasToString("EUR 140000.00 and unknown amounts of [cpo, reliquat]");
        }

        @Test
        void aSumWithoutUnknownAmountsSaysSo() {
            Committed byContributor = History.of(base()).asOf(ON).commitments().byContributor().get(METROPOLE);
            assertThat(byContributor.hasUnknownAmounts()).isFalse();
            assertThat(byContributor.unknownAmounts()).isEmpty();
            assertThat(byContributor.amount()).contains(eur("50000"));
        }

        @Test
        void aSumOfUnknownAmountsOnlyHasNoAmount() {
            Committed reliquat = commitments(convention()).byAction().get("action-2");
            assertThat(reliquat.amount()).contains(eur("90000"));
            assertThat(reliquat.unknownAmounts()).containsExactly("reliquat");
            Convention onlyUnknown = base().toBuilder().contributions(List.of(from("reliquat", GIP).build())).build();
            Committed nothing = commitments(onlyUnknown).total();
            assertThat(nothing.amount()).isEmpty();
            assertThat(nothing.hasUnknownAmounts()).isTrue();
        }

        @Test
        void byBudgetYearCountsEachYearAndLeavesOutTheYearNotKnown() {
            Map<Year, Committed> byYear = commitments(convention()).byBudgetYear();
            assertThat(byYear).containsOnlyKeys(Year.of(2018), Year.of(2020), Year.of(2021), Year.of(2022));
            assertThat(byYear.get(Year.of(2018)).amount()).contains(eur("50000"));
            assertThat(byYear.get(Year.of(2020)).amount()).contains(eur("120000"));   // 30 000 + 90 000
            assertThat(byYear.get(Year.of(2020)).forecast()).isEmpty();
            assertThat(byYear.get(Year.of(2021)).amount()).contains(eur("20000"));
            assertThat(byYear.get(Year.of(2021)).forecast()).contains(eur("20000"));
            assertThat(byYear.get(Year.of(2022)).amount()).isEmpty();
            assertThat(byYear.get(Year.of(2022)).unknownAmounts()).containsExactly("cpo");
            assertThat(commitments(convention()).forBudgetYear(Year.of(2020))).isEqualTo(byYear.get(Year.of(2020)));
            assertThat(commitments(convention()).forBudgetYear(Year.of(2019)).amount()).isEmpty();
        }

        @Test
        void byBudgetPeriodKeepsAMultiYearPeriodWhole() {
            Map<BudgetPeriod, Committed> byPeriod = commitments(convention()).byBudgetPeriod();
            assertThat(byPeriod).containsOnlyKeys(BudgetPeriod.ofYear(2018), BudgetPeriod.ofYear(2020),
                    BudgetPeriod.parse("2020-2022"));   // the reliquat states no period
            assertThat(byPeriod.get(BudgetPeriod.parse("2020-2022")).unknownAmounts()).containsExactly("cpo");
            assertThat(byPeriod.get(BudgetPeriod.ofYear(2020)).amount()).contains(eur("90000"));
        }

        @Test
        void byNatureAndByAction() {
            Commitments money = commitments(convention());
            assertThat(money.byNature()).containsOnlyKeys(ContributionNature.FINANCIAL_PARTICIPATION,
                    ContributionNature.OPERATING_GRANT, ContributionNature.ENDOWMENT);
            assertThat(money.byNature().get(ContributionNature.FINANCIAL_PARTICIPATION).amount()).contains(eur("50000"));
            assertThat(money.byNature().get(ContributionNature.FINANCIAL_PARTICIPATION).unknownAmounts())
                    .containsExactly("reliquat");
            assertThat(money.byAction()).containsOnlyKeys("action-1", "action-2");
            assertThat(money.byAction().get("action-1").amount()).isEmpty();
            assertThat(money.byAction().get("action-1").unknownAmounts()).containsExactly("cpo");
        }

        @Test
        void aSharedSubsidyCountsForEachBeneficiaryByItsPortion() {
            Map<String, Committed> byBeneficiary = commitments(convention()).byBeneficiary();
            // GIP: 50 000 + 2/3 of 90 000 = 110 000; the commune: 1/3 of 90 000 = 30 000, and cpo not known.
            assertThat(byBeneficiary.get(GIP).amount()).contains(eur("110000"));
            assertThat(byBeneficiary.get(GIP).unknownAmounts()).containsExactly("reliquat");
            assertThat(byBeneficiary.get(COMMUNE).amount()).contains(eur("30000"));
            assertThat(byBeneficiary.get(COMMUNE).unknownAmounts()).containsExactly("cpo");
        }

        @Test
        void aPortionThatIsNotAWholeNumberOfCentsIsNotRounded() {
            Convention odd = convention().toBuilder().contributions(List.of(from("dotation", GIP).amount(eur("100"))
                    .addShares(BeneficiaryShare.of(GIP, Portion.of(2, 3)), BeneficiaryShare.of(COMMUNE, Portion.of(1, 3)))
                    .build())).build();
            Map<String, Committed> byBeneficiary = commitments(odd).byBeneficiary();
            assertThat(byBeneficiary.get(GIP).amount()).isEmpty();
            assertThat(byBeneficiary.get(GIP).unknownAmounts()).containsExactly("dotation");
            assertThat(commitments(odd).total().amount()).contains(eur("100"));
        }

        @Test
        void mixingCurrenciesInAYearNamesTheYearlyAmount() {
            Convention mixed = convention().toBuilder().addContribution(from("usd", GIP)
                    .addYearlyAmounts(YearlyAmount.firm(Year.of(2021), Money.parse("USD 5"))).build()).build();
            assertThatThrownBy(() -> commitments(mixed).byBudgetYear()).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.violations()).extracting(Violation::code, Violation::path).containsExactly(
                            tuple(HistoryCodes.MONEY_CURRENCY_MIXED, "contributions[4].yearlyAmounts[0].amount")));
        }
    }

    @Nested
    class Transfers {

        private Transfer.Builder moving(String amount) {
            return Transfer.builder().amount(eur(amount));
        }

        @Test
        void aTransferBetweenContributionsOfTwoActionsKeepsTheTotal() {
            Transfer transfer = moving("10000").from(TransferEnd.contribution("dotation"))
                    .to(TransferEnd.contribution("phase-1")).build();
            Commitments money = after(TransferMoney.of("2", transfer));
            // 50 000 + 10 000 and 90 000 - 10 000: the total stays 140 000.
            assertThat(money.total().amount()).contains(eur("140000"));
            assertThat(money.byAction().get("action-2").amount()).contains(eur("80000"));
            assertThat(money.transfers()).extracting(Sourced::value, Sourced::provenance)
                    .containsExactly(tuple(transfer, Provenance.of(Instrument.amendment(1), "2")));
        }

        @Test
        void aRedeploymentOutOfTheConventionLowersTheTotal() {
            Transfer out = moving("20000").from(TransferEnd.contribution("dotation")).to(TransferEnd.unstated())
                    .kind(Transfer.Kind.REDEPLOYMENT).reason("décision du Premier ministre").build();
            Commitments money = after(TransferMoney.of("2", out));
            assertThat(money.total().amount()).contains(eur("120000"));   // 140 000 - 20 000
            Transfer in = moving("5000").from(TransferEnd.otherConvention("PRMI1736187X"))
                    .to(TransferEnd.contribution("phase-1")).build();
            assertThat(after(TransferMoney.of("2", out), TransferMoney.of("2", in)).total().amount())
                    .contains(eur("125000"));   // 120 000 + 5 000
        }

        @Test
        void aTransferMovesTheAmountOfItsYear() {
            Transfer year = moving("5000").from(TransferEnd.contribution("cpo")).to(TransferEnd.unstated())
                    .year(Year.of(2021)).build();
            Commitments money = after(TransferMoney.of("2", year));
            assertThat(money.forBudgetYear(Year.of(2021)).amount()).contains(eur("15000"));   // 20 000 - 5 000
            assertThat(money.forBudgetYear(Year.of(2020)).amount()).contains(eur("120000"));  // 30 000 + 90 000, untouched
            assertThat(money.forBudgetYear(Year.of(2018)).amount()).contains(eur("50000"));
        }

        @Test
        void anUnknownAmountStaysUnknown() {
            Transfer toReliquat = moving("5000").from(TransferEnd.contribution("phase-1"))
                    .to(TransferEnd.contribution("reliquat")).build();
            Commitments money = after(TransferMoney.of("2", toReliquat));
            assertThat(money.total().amount()).contains(eur("135000"));   // 45 000 + 90 000, the reliquat unknown
            assertThat(money.total().unknownAmounts()).containsExactly("cpo", "reliquat");
        }

        private List<Violation> check(Transfer transfer) {
            return History.of(convention()).check(signed(TransferMoney.of("2", transfer)));
        }

        @Test
        void aTransferThatCannotApplyIsReported() {
            assertThat(check(moving("1").from(TransferEnd.contribution("inconnue")).to(TransferEnd.unstated()).build()))
                    .extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(HistoryCodes.CHANGE_TARGET_MISSING, "changes[0]"));
            assertThat(check(moving("1").from(TransferEnd.contribution("cpo")).to(TransferEnd.unstated()).build()))
                    .extracting(Violation::code).containsExactly(HistoryCodes.CHANGE_RESULT_INVALID);
            assertThat(check(moving("1").from(TransferEnd.contribution("cpo")).to(TransferEnd.unstated())
                    .year(Year.of(2025)).build())).extracting(Violation::code)
                    .containsExactly(HistoryCodes.CHANGE_TARGET_MISSING);
            assertThat(check(moving("90000").from(TransferEnd.contribution("dotation")).to(TransferEnd.unstated())
                    .build())).extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(FinanceCodes.CONTRIBUTION_AMOUNT_NOT_POSITIVE, "changes[0].transfer"));
            assertThat(check(Transfer.builder().amount(Money.parse("USD 1")).from(TransferEnd.contribution("dotation"))
                    .to(TransferEnd.unstated()).build())).extracting(Violation::code)
                    .containsExactly(HistoryCodes.CHANGE_RESULT_INVALID);
            assertThat(check(moving("1").from(TransferEnd.contribution("phase-1")).to(TransferEnd.unstated())
                    .year(Year.of(2019)).build())).extracting(Violation::code)
                    .containsExactly(HistoryCodes.CHANGE_RESULT_INVALID);
        }
    }
}
