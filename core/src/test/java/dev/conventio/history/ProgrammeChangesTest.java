package dev.conventio.history;

import static dev.conventio.history.Fixtures.BASE_END;
import static dev.conventio.history.Fixtures.GIP;
import static dev.conventio.history.Fixtures.METROPOLE;
import static dev.conventio.history.Fixtures.after;
import static dev.conventio.history.Fixtures.base;
import static dev.conventio.history.Fixtures.check;
import static dev.conventio.history.Fixtures.contribution;
import static dev.conventio.history.Fixtures.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.conventio.action.Action;
import dev.conventio.change.AddAction;
import dev.conventio.change.AddTarget;
import dev.conventio.change.RemoveAction;
import dev.conventio.change.RemoveTarget;
import dev.conventio.change.ReplaceAction;
import dev.conventio.change.ReplaceTarget;
import dev.conventio.change.SetYearlyAmount;
import dev.conventio.change.SplitContribution;
import dev.conventio.change.ChangeCodes;
import dev.conventio.convention.ConventionCodes;
import dev.conventio.finance.FinanceCodes;
import dev.conventio.convention.Convention;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.Firmness;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.YearlyAmount;
import dev.conventio.objective.Quantity;
import dev.conventio.objective.Target;
import dev.conventio.objective.TargetPeriod;
import dev.conventio.validation.ValidationAssertions;
import dev.conventio.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Amendments that add, change and remove actions and targets, set yearly amounts and split money. */
class ProgrammeChangesTest {

    private static final LocalDate SIGNED = Fixtures.FIRST_SIGNED;
    private static final Provenance ARTICLE_2 = Provenance.of(Instrument.amendment(1), "2");
    private static final Action ACTION_1 = Action.of("action-1", "Modernisation");
    private static final Action ACTION_2 = Action.of("action-2", "Hébergement");

    private static Target housing(String quantity) {
        return Target.builder().id("logements").title("Logements supplémentaires").action("action-2")
                .quantity(Quantity.of(new BigDecimal(quantity), "logements")).period(TargetPeriod.programme()).build();
    }

    private static Convention programme() {
        return base().toBuilder().addActions(ACTION_1, ACTION_2)
                .addContribution(FinancialContribution.builder().from(contribution("dotation-2", "EUR 250", 2018))
                        .action("action-2").build())
                .addTargets(housing("15000")).build();
    }


    @Nested
    class Actions {

        @Test
        void anAmendmentAddsAnActionWithItsProvenance() {
            ConsolidatedConvention view = after(base(), AddAction.of("2", ACTION_1));
            assertThat(view.action("action-1").orElseThrow().provenance()).isEqualTo(ARTICLE_2);
            assertThat(view.actions()).extracting(Sourced::value).containsExactly(ACTION_1);
            assertThat(History.of(base()).add(signed(1, SIGNED, BASE_END, AddAction.of("2", ACTION_1)))
                    .asOf(SIGNED.minusDays(1)).actions()).isEmpty();
        }

        @Test
        void anActionAddedTwiceIsRejected() {
            assertThat(check(programme(), AddAction.of("2", ACTION_1))).extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(HistoryCodes.CHANGE_TARGET_EXISTS, "changes[0]"));
        }

        @Test
        void anAmendmentChangesAnActionThatExists() {
            Action renamed = Action.builder().from(ACTION_1).title("Modernisation de l'appareil de formation").build();
            assertThat(after(programme(), ReplaceAction.of("2", renamed)).action("action-1").orElseThrow().value())
                    .isEqualTo(renamed);
            assertThat(check(base(), ReplaceAction.of("2", renamed))).extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(HistoryCodes.CHANGE_TARGET_MISSING, "changes[0]"));
        }

        @Test
        void anActionIsRemovedOnlyOnceNothingNamesIt() {
            assertThat(after(programme(), RemoveAction.of("2", "action-1")).actions()).extracting(a -> a.value().id())
                    .containsExactly("action-2");
            List<Violation> funded = check(programme(), RemoveAction.of("2", "action-2"));
            assertThat(funded).extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(HistoryCodes.CHANGE_RESULT_INVALID, "changes[0]"));
            assertThat(funded.get(0).message()).contains("dotation-2");
            assertThat(check(programme(), RemoveAction.of("2", "action-3"))).extracting(Violation::code)
                    .containsExactly(HistoryCodes.CHANGE_TARGET_MISSING);
        }
    }

    @Nested
    class Targets {

        @Test
        void theTargetOnADateIsTheOneTheInstrumentsInForceSet() {
            History history = History.of(programme()).add(signed(1, SIGNED, BASE_END,
                    ReplaceTarget.of("2", housing("12000"))));
            Sourced<Target> before = history.asOf(SIGNED.minusDays(1)).target("logements").orElseThrow();
            Sourced<Target> after = history.asOf(SIGNED).target("logements").orElseThrow();
            assertThat(before.value().quantity().value()).isEqualByComparingTo("15000");
            assertThat(before.provenance()).isEqualTo(Provenance.base());
            assertThat(after.value().quantity().value()).isEqualByComparingTo("12000");
            assertThat(after.provenance()).isEqualTo(ARTICLE_2);
        }

        @Test
        void targetsAreAddedOnceAndChangedOrRemovedWhenTheyExist() {
            Target projects = Target.builder().id("projets").title("Projets d'investissement").action("action-1")
                    .quantity(Quantity.about(new BigDecimal("50"), "projets")).period(TargetPeriod.programme()).build();
            assertThat(after(programme(), AddTarget.of("2", projects)).targets()).hasSize(2);
            assertThat(after(programme(), RemoveTarget.of("2", "logements")).targets()).isEmpty();
            assertThat(check(programme(), AddTarget.of("2", housing("1")))).extracting(Violation::code)
                    .containsExactly(HistoryCodes.CHANGE_TARGET_EXISTS);
            assertThat(check(base(), ReplaceTarget.of("2", housing("1")))).extracting(Violation::code)
                    .containsExactly(HistoryCodes.CHANGE_TARGET_MISSING);
            assertThat(check(base(), RemoveTarget.of("2", "logements"))).extracting(Violation::code)
                    .containsExactly(HistoryCodes.CHANGE_TARGET_MISSING);
        }

        @Test
        void aTargetOfAnActionThatDoesNotExistBreaksTheResult() {
            assertThat(check(base(), AddTarget.of("2", housing("1")))).extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(ConventionCodes.TARGET_ACTION_UNKNOWN, "changes[0].target.action"));
        }
    }

    @Nested
    class YearlyAmounts {

        private final FinancialContribution unknown = FinancialContribution.builder().id("subvention")
                .contributor(METROPOLE).beneficiary(GIP).nature(ContributionNature.OPERATING_GRANT).build();

        @Test
        void anAmendmentFixesTheAmountOfOneYear() {
            YearlyAmount year2022 = YearlyAmount.firm(Year.of(2022), Money.parse("EUR 87458"))
                    .withInferredFrom("le titre de la délibération");
            ConsolidatedConvention view = after(base().toBuilder().addContribution(unknown).build(),
                    SetYearlyAmount.of("2", "subvention", year2022));
            Sourced<FinancialContribution> set = view.contribution("subvention").orElseThrow();
            assertThat(set.value().yearlyAmounts()).containsExactly(year2022);
            assertThat(set.value().total()).isEmpty();
            assertThat(set.provenance()).isEqualTo(ARTICLE_2);
        }

        @Test
        void aYearIsReplacedInPlaceAndOthersKeepTheirOrder() {
            FinancialContribution years = FinancialContribution.builder().from(unknown)
                    .addYearlyAmounts(YearlyAmount.firm(Year.of(2021), Money.parse("EUR 10")),
                            YearlyAmount.unknown(Year.of(2023), Firmness.FORECAST)).build();
            ConsolidatedConvention view = after(base().toBuilder().addContribution(years).build(),
                    SetYearlyAmount.of("2", "subvention", YearlyAmount.forecast(Year.of(2022), Money.parse("EUR 20"))),
                    SetYearlyAmount.of("2", "subvention", YearlyAmount.forecast(Year.of(2023), Money.parse("EUR 30"))));
            assertThat(view.contribution("subvention").orElseThrow().value().yearlyAmounts())
                    .extracting(YearlyAmount::year, y -> y.amount().orElseThrow())
                    .containsExactly(tuple(Year.of(2021), Money.parse("EUR 10")), tuple(Year.of(2022), Money.parse("EUR 20")),
                            tuple(Year.of(2023), Money.parse("EUR 30")));
        }

        @Test
        void aYearOutsideTheBudgetPeriodBreaksTheResult() {
            assertThat(check(base(), SetYearlyAmount.of("2", "phase-1", YearlyAmount.firm(Year.of(2019),
                    Money.parse("EUR 1"))))).extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(FinanceCodes.YEARS_OUTSIDE_BUDGET, "changes[0].amount"));
            assertThat(check(base(), SetYearlyAmount.of("2", "inconnue", YearlyAmount.firm(Year.of(2019),
                    Money.parse("EUR 1"))))).extracting(Violation::code).containsExactly(HistoryCodes.CHANGE_TARGET_MISSING);
        }
    }

    @Nested
    class Splits {

        private final FinancialContribution half = FinancialContribution.builder().id("fonctionnement")
                .contributor(METROPOLE).beneficiary(GIP).amount(Money.parse("EUR 30000"))
                .budget(BudgetPeriod.ofYear(2018)).nature(ContributionNature.OPERATING_GRANT).build();
        private final FinancialContribution rest = FinancialContribution.builder().id("investissement")
                .contributor(METROPOLE).beneficiary(GIP).amount(Money.parse("EUR 20000"))
                .budget(BudgetPeriod.ofYear(2018)).nature(ContributionNature.INVESTMENT_GRANT).build();

        @Test
        void thePartsReplaceTheContributionAndKnowTheirOrigin() {
            ConsolidatedConvention view = after(base(), SplitContribution.of("2", "phase-1", List.of(half, rest)));
            assertThat(view.contributions()).extracting(c -> c.value().id(), c -> c.value().origin().orElseThrow(),
                    Sourced::provenance).containsExactly(tuple("fonctionnement", "phase-1", ARTICLE_2),
                    tuple("investissement", "phase-1", ARTICLE_2));
            // 30 000 + 20 000 = the 50 000 split
            assertThat(view.commitments().total().amount()).contains(Money.parse("EUR 50000"));
            assertThat(view.commitments().byNature().get(ContributionNature.OPERATING_GRANT).amount())
                    .contains(Money.parse("EUR 30000"));
            assertThat(view.commitments().byNature().get(ContributionNature.INVESTMENT_GRANT).amount())
                    .contains(Money.parse("EUR 20000"));
        }

        @Test
        void thePartsAddUpToTheContributionSplit() {
            FinancialContribution more = FinancialContribution.builder().from(rest).amount(Money.parse("EUR 20000.01"))
                    .build();
            List<Violation> violations = check(base(), SplitContribution.of("2", "phase-1", List.of(half, more)));
            assertThat(violations).extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(HistoryCodes.CHANGE_SPLIT_SUM_MISMATCH, "changes[0].parts"));
            assertThat(violations.get(0).message()).contains("EUR 50000.01").contains("EUR 50000.00");
        }

        @Test
        void aPartNotKnownLeavesSomethingForIt() {
            FinancialContribution unknownPart = FinancialContribution.builder().from(rest).amount(java.util.Optional.empty())
                    .build();
            assertThat(check(base(), SplitContribution.of("2", "phase-1", List.of(half, unknownPart)))).isEmpty();
            FinancialContribution whole = FinancialContribution.builder().from(half).amount(Money.parse("EUR 50000"))
                    .build();
            assertThat(check(base(), SplitContribution.of("2", "phase-1", List.of(whole, unknownPart))))
                    .extracting(Violation::code).containsExactly(HistoryCodes.CHANGE_SPLIT_SUM_MISMATCH);
        }

        @Test
        void aPartMayKeepTheIdentifierButNoOtherThatExists() {
            FinancialContribution kept = FinancialContribution.builder().from(half).id("phase-1").build();
            assertThat(after(base(), SplitContribution.of("2", "phase-1", List.of(kept, rest))).contributions())
                    .extracting(c -> c.value().id()).containsExactly("phase-1", "investissement");
            Convention two = base().toBuilder().addContribution(contribution("investissement", "EUR 1", 2018)).build();
            assertThat(check(two, SplitContribution.of("2", "phase-1", List.of(half, rest)))).extracting(Violation::code)
                    .containsExactly(HistoryCodes.CHANGE_TARGET_EXISTS);
        }

        @Test
        void aSplitMakesAtLeastTwoParts() {
            ValidationAssertions.assertViolation(() -> SplitContribution.of("2", "phase-1", List.of(half)),
                    ChangeCodes.SPLIT_PARTS_TOO_FEW, "parts");
        }
    }
}
