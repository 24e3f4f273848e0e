package dev.conventio.testkit;

import static dev.conventio.testkit.PartyGen.pick;

import dev.conventio.action.Action;
import dev.conventio.change.AddContribution;
import dev.conventio.change.SplitContribution;
import dev.conventio.convention.Convention;
import dev.conventio.convention.ConventionCodes;
import dev.conventio.finance.AidFacts;
import dev.conventio.finance.BeneficiaryShare;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.FinanceCodes;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.InstalmentCondition;
import dev.conventio.finance.PaymentConditions;
import dev.conventio.finance.PaymentEvent;
import dev.conventio.finance.Portion;
import dev.conventio.finance.Transfer;
import dev.conventio.finance.TransferEnd;
import dev.conventio.finance.YearlyAmount;
import dev.conventio.history.AmendmentPolicy;
import dev.conventio.history.History;
import dev.conventio.history.HistoryCodes;
import dev.conventio.objective.Quantity;
import dev.conventio.objective.Target;
import dev.conventio.objective.TargetCodes;
import dev.conventio.objective.TargetPeriod;
import dev.conventio.validation.ViolationCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Invalid cases of money in all its forms, actions and targets (issue 14): each one targeted
 * mistake on a valid value, such as yearly amounts out of order, shares that do not make the whole,
 * a target tied to a phase and an action, a split whose parts do not add up.
 */
final class MoneyCases {

    private static final List<String> PARTIES = List.of("metropole-amp", "gip-crpv-paca");
    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);

    private MoneyCases() {
    }

    /** Adds a generator of cases for each code of money, actions and targets. */
    static void addTo(Map<ViolationCode, Gen<InvalidCase>> cases) {
        contributions(cases);
        parts(cases);
        programmes(cases);
        rules(cases);
    }

    private static void contributions(Map<ViolationCode, Gen<InvalidCase>> cases) {
        put(cases, FinanceCodes.YEARS_NOT_ASCENDING, (random, c) -> InvalidCase.of(FinanceCodes.YEARS_NOT_ASCENDING,
                "yearly amounts of 2021 then 2020", () -> years(c, "2020-2021", YearlyAmount.firm(Year.of(2021), eur(random)),
                        YearlyAmount.firm(Year.of(2020), eur(random)))));
        put(cases, FinanceCodes.YEARS_OUTSIDE_BUDGET, (random, c) -> InvalidCase.of(FinanceCodes.YEARS_OUTSIDE_BUDGET,
                "an amount of 2021 for a budget of 2020", () -> years(c, "2020", YearlyAmount.forecast(Year.of(2021),
                        eur(random)))));
        put(cases, FinanceCodes.YEARS_CURRENCY_MISMATCH, (random, c) -> InvalidCase.of(FinanceCodes.YEARS_CURRENCY_MISMATCH,
                "the amount of 2021 in USD", () -> years(c, "2020-2021", YearlyAmount.firm(Year.of(2020), eur(random)),
                        YearlyAmount.firm(Year.of(2021), Money.ofMinor(CurrencyUnit.USD, 100_00)))));
        put(cases, FinanceCodes.YEARS_SUM_MISMATCH, (random, c) -> {
            Money amount = c.amount().orElseThrow();
            return InvalidCase.of(FinanceCodes.YEARS_SUM_MISMATCH, "two years of " + amount + " for a total of " + amount,
                    () -> FinancialContribution.builder().from(c).budget(BudgetPeriod.parse("2020-2021"))
                            .addYearlyAmounts(YearlyAmount.firm(Year.of(2020), amount), YearlyAmount.forecast(Year.of(2021),
                                    amount)).build());
        });
        put(cases, FinanceCodes.PAYMENT_SCHEDULE_MISMATCH, (random, c) -> {
            // At least two cents, so that the schedule has two instalments.
            Money amount = MoneyGen.splittable(c.amount().orElseThrow()) ? c.amount().orElseThrow()
                    : c.amount().orElseThrow().plusMinor(1);
            return InvalidCase.of(FinanceCodes.PAYMENT_SCHEDULE_MISMATCH, "paid once, by a schedule of several instalments",
                    () -> FinancialContribution.builder().from(c).amount(amount).payment(PaymentConditions.single())
                            .schedule(Amounts.schedule(random, amount, FROM, 2)).build());
        });
        cases.put(FinanceCodes.CONDITION_UNDESCRIBED, (random, size) -> random.nextBoolean()
                ? InvalidCase.of(FinanceCodes.CONDITION_UNDESCRIBED, "payment of another kind, not described",
                        () -> PaymentConditions.of(PaymentConditions.Kind.OTHER, java.util.Optional.empty()))
                : InvalidCase.of(FinanceCodes.CONDITION_UNDESCRIBED, "an instalment on another event, not described",
                        () -> InstalmentCondition.of(PaymentEvent.OTHER)));
        put(cases, FinanceCodes.SHARES_DUPLICATE_PARTY, (random, c) -> InvalidCase.of(FinanceCodes.SHARES_DUPLICATE_PARTY,
                "two halves to the beneficiary", () -> shares(c, c.beneficiary(), c.beneficiary(), Portion.of(1, 2),
                        Portion.of(1, 2))));
        put(cases, FinanceCodes.SHARES_BENEFICIARY_MISSING, (random, c) -> InvalidCase.of(
                FinanceCodes.SHARES_BENEFICIARY_MISSING, "two halves to two other parties", () -> shares(c, "commune-a",
                        "commune-b", Portion.of(1, 2), Portion.of(1, 2))));
        put(cases, FinanceCodes.SHARES_SUM_MISMATCH, (random, c) -> {
            int third = random.nextBoolean() ? 1 : 3;   // 1/3 + 1/3 or 1/3 + 3/3: never the whole
            return InvalidCase.of(FinanceCodes.SHARES_SUM_MISMATCH, "shares of 1/3 and " + third + "/3", () -> shares(c,
                    c.beneficiary(), "commune-a", Portion.of(1, 3), Portion.of(third, 3)));
        });
    }

    private static void parts(Map<ViolationCode, Gen<InvalidCase>> cases) {
        cases.put(FinanceCodes.PORTION_OUT_OF_RANGE, (random, size) -> {
            int denominator = 1 + random.nextInt(9);
            int numerator = random.nextBoolean() ? 0 : denominator + 1 + random.nextInt(9);
            return InvalidCase.of(FinanceCodes.PORTION_OUT_OF_RANGE, "portion " + numerator + "/" + denominator,
                    () -> Portion.of(numerator, denominator));
        });
        cases.put(FinanceCodes.PORTION_MALFORMED, (random, size) -> {
            String text = pick(random, List.of("45%", "0,45", "1 / 3", "01/3", "1/", "un tiers"));
            return InvalidCase.of(FinanceCodes.PORTION_MALFORMED, "portion '" + text + "'", () -> Portion.parse(text));
        });
        cases.put(FinanceCodes.AID_RAE_MALFORMED, (random, size) -> {
            String text = pick(random, List.of("RAE-123", "123456", "12 345", "", "n°12"));
            return InvalidCase.of(FinanceCodes.AID_RAE_MALFORMED, "RAE number '" + text + "'",
                    () -> AidFacts.builder().raeNumber(text).build());
        });
        cases.put(FinanceCodes.TRANSFER_AMOUNT_NOT_POSITIVE, (random, size) -> InvalidCase.of(
                FinanceCodes.TRANSFER_AMOUNT_NOT_POSITIVE, "a transfer of nothing", () -> transfer(
                        Money.zero(CurrencyUnit.EUR), TransferEnd.otherConvention("ANRU-2019"),
                        TransferEnd.contribution("participation-1"))));
        cases.put(FinanceCodes.TRANSFER_ENDS_OUTSIDE, (random, size) -> InvalidCase.of(FinanceCodes.TRANSFER_ENDS_OUTSIDE,
                "from another convention to somewhere unstated", () -> transfer(eur(random),
                        TransferEnd.otherConvention("ANRU-2019"), TransferEnd.unstated())));
        cases.put(FinanceCodes.TRANSFER_ENDS_SAME, (random, size) -> InvalidCase.of(FinanceCodes.TRANSFER_ENDS_SAME,
                "from a contribution to itself", () -> transfer(eur(random), TransferEnd.contribution("participation-1"),
                        TransferEnd.contribution("participation-1"))));
        cases.put(TargetCodes.QUANTITY_NOT_POSITIVE, (random, size) -> {
            BigDecimal value = BigDecimal.valueOf(-random.nextInt(100));
            return InvalidCase.of(TargetCodes.QUANTITY_NOT_POSITIVE, "a quantity of " + value,
                    () -> Quantity.of(value, "logements"));
        });
        cases.put(TargetCodes.TARGET_ATTACHMENT_AMBIGUOUS, (random, size) -> InvalidCase.of(
                TargetCodes.TARGET_ATTACHMENT_AMBIGUOUS, "a target of phase 1 and of action 'action-1'",
                () -> Target.builder().from(MoneyGen.target(random, "objectif-1", 0, List.of()))
                        .phase(OptionalInt.of(1)).action("action-1").build()));
        cases.put(TargetCodes.TARGET_PERIOD_MALFORMED, (random, size) -> {
            String text = pick(random, List.of("PER_YEAR", "annuel", "by 2020-13", "over 2020", "over 2020-21", "by  2020"));
            return InvalidCase.of(TargetCodes.TARGET_PERIOD_MALFORMED, "target period '" + text + "'",
                    () -> TargetPeriod.parse(text));
        });
        cases.put(TargetCodes.TARGET_PERIOD_REVERSED, (random, size) -> {
            int last = 2015 + random.nextInt(10);
            return InvalidCase.of(TargetCodes.TARGET_PERIOD_REVERSED, "over " + (last + 1) + "-" + last,
                    () -> TargetPeriod.over(Year.of(last + 1 + random.nextInt(3)), Year.of(last)));
        });
        cases.put(dev.conventio.change.ChangeCodes.SPLIT_PARTS_TOO_FEW, contribution((random, c) -> InvalidCase.of(
                dev.conventio.change.ChangeCodes.SPLIT_PARTS_TOO_FEW, "a split into one part",
                () -> SplitContribution.of("1", c.id(), List.of(FinancialContribution.builder().from(c).id("part-1")
                        .build())))));
    }

    private static void programmes(Map<ViolationCode, Gen<InvalidCase>> cases) {
        cases.put(ConventionCodes.CONVENTION_ACTIONS_DUPLICATE, programme((random, c) -> InvalidCase.of(
                ConventionCodes.CONVENTION_ACTIONS_DUPLICATE, "action '" + c.actions().get(0).id() + "' listed twice",
                () -> c.toBuilder().addActions(Action.of(c.actions().get(0).id(), "Action en double")).build())));
        cases.put(ConventionCodes.CONVENTION_TARGETS_DUPLICATE, programme((random, c) -> {
            Target target = MoneyGen.target(random, "objectif-double", 0, List.of());
            return InvalidCase.of(ConventionCodes.CONVENTION_TARGETS_DUPLICATE, "target 'objectif-double' listed twice",
                    () -> c.toBuilder().addTargets(target, target).build());
        }));
        cases.put(ConventionCodes.CONTRIBUTION_ACTION_UNKNOWN, programme((random, c) -> {
            FinancialContribution first = c.contributions().get(0);
            return InvalidCase.of(ConventionCodes.CONTRIBUTION_ACTION_UNKNOWN, "contribution '" + first.id()
                    + "' of action 'action-inconnue'", () -> c.toBuilder().contributions(List.of(FinancialContribution
                    .builder().from(first).action("action-inconnue").build())).build());
        }));
        cases.put(ConventionCodes.TARGET_ACTION_UNKNOWN, programme((random, c) -> InvalidCase.of(
                ConventionCodes.TARGET_ACTION_UNKNOWN, "a target of action 'action-inconnue'", () -> c.toBuilder()
                        .addTargets(Target.builder().from(MoneyGen.target(random, "objectif-inconnu", 0, List.of()))
                                .action("action-inconnue").build()).build())));
        cases.put(ConventionCodes.TARGET_PHASE_UNKNOWN, programme((random, c) -> {
            int phase = c.phases().size() + 1 + random.nextInt(3);
            return InvalidCase.of(ConventionCodes.TARGET_PHASE_UNKNOWN, "a target of phase " + phase, () -> c.toBuilder()
                    .addTargets(Target.builder().from(MoneyGen.target(random, "objectif-inconnu", 0, List.of()))
                            .phase(OptionalInt.of(phase)).build()).build());
        }));
    }

    private static void rules(Map<ViolationCode, Gen<InvalidCase>> cases) {
        cases.put(HistoryCodes.CHANGE_SPLIT_SUM_MISMATCH, InvalidCases.next((random, h, a) -> {
            FinancialContribution added = added(random, h, a);
            Money amount = added.amount().orElseThrow();
            Money more = amount.plusMinor(1 + random.nextInt(100));
            List<FinancialContribution> parts = List.of(
                    FinancialContribution.builder().from(added).id("enveloppe-part-1").amount(amount).build(),
                    FinancialContribution.builder().from(added).id("enveloppe-part-2").amount(more.minus(amount)).build());
            return InvalidCase.ofRule(HistoryCodes.CHANGE_SPLIT_SUM_MISMATCH, "a contribution of " + amount
                    + " added, then split into parts of " + more, h, InvalidCases.appended(InvalidCases.appended(a,
                    AddContribution.of("1", added)), SplitContribution.of("1", added.id(), parts)));
        }));
        // An undetermined outcome rejects only under undeterminedRejected(); a history without it keeps it.
        cases.put(HistoryCodes.POLICY_INCREASE_CAP_UNDETERMINED, InvalidCases.next((random, h, a) -> InvalidCase.ofRule(
                HistoryCodes.POLICY_INCREASE_CAP_UNDETERMINED, "a contribution of unknown amount appended, under"
                        + " maxIncreasePerAmendment(50) and undeterminedRejected()", h.withPolicies(
                        AmendmentPolicy.maxIncreasePerAmendment(BigDecimal.valueOf(50)),
                        AmendmentPolicy.undeterminedRejected()),
                InvalidCases.appended(a, AddContribution.of("1", unknown(random, h, a))))));
        cases.put(HistoryCodes.POLICY_CUMULATIVE_CAP_UNDETERMINED, InvalidCases.next((random, h, a) -> InvalidCase.ofRule(
                HistoryCodes.POLICY_CUMULATIVE_CAP_UNDETERMINED, "a contribution of unknown amount appended, under"
                        + " maxCumulativeIncrease(50) and undeterminedRejected()", h.withPolicies(
                        AmendmentPolicy.maxCumulativeIncrease(BigDecimal.valueOf(50)),
                        AmendmentPolicy.undeterminedRejected()),
                InvalidCases.appended(a, AddContribution.of("1", unknown(random, h, a))))));
    }

    /** A contribution between two parties of the convention as the amendment leaves it, with an amount alone. */
    private static FinancialContribution added(RandomGenerator random, History h, dev.conventio.amendment.Amendment a) {
        List<String> parties = List.copyOf(h.standingAfter(a).convention().partyIds());
        return FinancialContribution.builder().from(ConventionGen.contribution(random, "enveloppe-ajoutee", parties,
                Conclusions.from(h.base()))).schedule(List.of()).build();
    }

    private static FinancialContribution unknown(RandomGenerator random, History h, dev.conventio.amendment.Amendment a) {
        return FinancialContribution.builder().from(added(random, h, a)).amount(java.util.Optional.empty()).build();
    }

    private static Money eur(RandomGenerator random) {
        return Money.ofMinor(CurrencyUnit.EUR, 100 * (1 + random.nextInt(100_000)));
    }

    private static FinancialContribution years(FinancialContribution c, String budget, YearlyAmount... years) {
        return FinancialContribution.builder().from(c).amount(java.util.Optional.empty()).budget(BudgetPeriod.parse(budget))
                .addYearlyAmounts(years).build();
    }

    private static FinancialContribution shares(FinancialContribution c, String first, String second, Portion one,
            Portion two) {
        return FinancialContribution.builder().from(c).addShares(BeneficiaryShare.of(first, one),
                BeneficiaryShare.of(second, two)).build();
    }

    private static Transfer transfer(Money amount, TransferEnd from, TransferEnd to) {
        return Transfer.builder().amount(amount).from(from).to(to).build();
    }

    /** A valid contribution between two parties, without schedule. */
    private static Gen<InvalidCase> contribution(BiFunction<RandomGenerator, FinancialContribution, InvalidCase> mutation) {
        return (random, size) -> mutation.apply(random, ConventionGen.contribution(random, "participation-1", PARTIES, FROM)
                .withSchedule(List.of()));
    }

    private static void put(Map<ViolationCode, Gen<InvalidCase>> cases, ViolationCode code,
            BiFunction<RandomGenerator, FinancialContribution, InvalidCase> mutation) {
        cases.put(code, contribution(mutation));
    }

    private static Gen<InvalidCase> programme(BiFunction<RandomGenerator, Convention, InvalidCase> mutation) {
        return MoneyGen.conventionsWithMoney().flatMap(c -> (random, size) -> mutation.apply(random, c));
    }
}
