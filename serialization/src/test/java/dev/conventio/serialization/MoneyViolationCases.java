package dev.conventio.serialization;

import dev.conventio.action.Action;
import dev.conventio.change.ChangeCodes;
import dev.conventio.convention.Convention;
import dev.conventio.convention.ConventionCodes;
import dev.conventio.finance.AidFacts;
import dev.conventio.finance.BeneficiaryShare;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinanceCodes;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Instalment;
import dev.conventio.finance.InstalmentCondition;
import dev.conventio.finance.PaymentConditions;
import dev.conventio.finance.PaymentEvent;
import dev.conventio.finance.Portion;
import dev.conventio.finance.YearlyAmount;
import dev.conventio.history.HistoryCodes;
import dev.conventio.objective.Quantity;
import dev.conventio.objective.Target;
import dev.conventio.objective.TargetCodes;
import dev.conventio.objective.TargetPeriod;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.validation.ViolationCode;
import java.math.BigDecimal;
import java.time.Year;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.joda.money.Money;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The cases of {@link DomainViolationCorpusTest} for money, actions and targets (issue 14): each
 * breaks one invariant or rule in a well-formed document of format version 2.
 */
final class MoneyViolationCases {

    private static final ConventioJson V2 = ConventioJson.compact().writing(2);
    /** The sample convention with a programme's actions and targets and money in its version-2 forms. */
    static final String CONVENTION = V2.write(JsonDocument.CONVENTION, convention());
    private static final String HISTORY = V2.write(JsonDocument.HISTORY, Samples.history());
    private static final String FIRST_CHANGE = "\"changes\":[{\"type\":\"change-contribution-amount\"";
    private static final String CPO = "/contributions/2";

    private MoneyViolationCases() {
    }

    static Convention convention() {
        Convention sample = Samples.convention();
        return sample.toBuilder()
                .addParty(Party.builder().id("commune").name("Commune").kind(PartyKind.COMMUNE).build())
                .addParty(Party.builder().id("association").name("Association").kind(PartyKind.ASSOCIATION).build())
                .addActions(Action.of("action-1", "Évaluation"), Action.of("action-2", "Animation"))
                .addTargets(Target.builder().id("objectif-1").title("Quartiers").quantity(Quantity.of(BigDecimal.valueOf(12),
                                "quartiers")).period(TargetPeriod.perYear()).phase(OptionalInt.of(1)).build(),
                        Target.builder().id("objectif-2").title("Ateliers").quantity(Quantity.of(BigDecimal.valueOf(7),
                                "ateliers")).period(TargetPeriod.programme()).action("action-2").build())
                .addContribution(FinancialContribution.builder().id("cpo").contributor("metropole-amp")
                        .beneficiary("gip-crpv-paca").amount(Money.parse("EUR 60000.00"))
                        .budget(BudgetPeriod.parse("2020-2021"))
                        .addYearlyAmounts(YearlyAmount.firm(Year.of(2020), Money.parse("EUR 20000.00")),
                                YearlyAmount.forecast(Year.of(2021), Money.parse("EUR 40000.00")))
                        .nature(ContributionNature.OPERATING_GRANT).action("action-1")
                        .payment(PaymentConditions.other("à la demande"))
                        .addShares(BeneficiaryShare.of("gip-crpv-paca", Portion.of(2, 3)),
                                BeneficiaryShare.of("commune", Portion.of(1, 3)))
                        .aid(AidFacts.builder().raeNumber("12345").build()).build())
                .addContribution(FinancialContribution.builder().id("solde").contributor("metropole-amp")
                        .beneficiary("gip-crpv-paca").amount(Money.parse("EUR 1000.00")).budget(BudgetPeriod.ofYear(2020))
                        .payment(PaymentConditions.single())
                        .addSchedule(Instalment.on(InstalmentCondition.of(PaymentEvent.FINANCIAL_REPORT),
                                Money.parse("EUR 1000.00"))).build())
                .build();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                invariant(FinanceCodes.YEARS_NOT_ASCENDING, "\"year\":2021", "\"year\":2020", CPO + "/yearlyAmounts/1/year"),
                invariant(FinanceCodes.YEARS_OUTSIDE_BUDGET, "\"budget\":\"2020-2021\"", "\"budget\":\"2020\"",
                        CPO + "/yearlyAmounts/1/year"),
                invariant(FinanceCodes.YEARS_CURRENCY_MISMATCH, "{\"amount\":\"40000.00\",\"currency\":\"EUR\"}",
                        "{\"amount\":\"40000.00\",\"currency\":\"USD\"}", CPO + "/yearlyAmounts/1/amount"),
                invariant(FinanceCodes.YEARS_SUM_MISMATCH, "\"40000.00\"", "\"41000.00\"", CPO + "/yearlyAmounts"),
                invariant(FinanceCodes.PAYMENT_SCHEDULE_MISMATCH, "{\"kind\":\"single\"}", "{\"kind\":\"instalments\"}",
                        "/contributions/3/payment"),
                invariant(FinanceCodes.CONDITION_UNDESCRIBED, "{\"kind\":\"other\",\"description\":\"à la demande\"}",
                        "{\"kind\":\"other\"}", CPO + "/payment/description"),
                invariant(FinanceCodes.SHARES_DUPLICATE_PARTY, "\"party\":\"commune\",\"portion\":\"1/3\"",
                        "\"party\":\"gip-crpv-paca\",\"portion\":\"1/3\"", CPO + "/shares/1/party"),
                invariant(FinanceCodes.SHARES_BENEFICIARY_MISSING, "\"party\":\"gip-crpv-paca\",\"portion\":\"2/3\"",
                        "\"party\":\"association\",\"portion\":\"2/3\"", CPO + "/shares"),
                invariant(FinanceCodes.SHARES_SUM_MISMATCH, "\"party\":\"commune\",\"portion\":\"1/3\"",
                        "\"party\":\"commune\",\"portion\":\"2/3\"", CPO + "/shares"),
                invariant(FinanceCodes.PORTION_OUT_OF_RANGE, "\"portion\":\"1/3\"", "\"portion\":\"4/3\"",
                        CPO + "/shares/1/portion"),
                invariant(FinanceCodes.PORTION_MALFORMED, "\"portion\":\"1/3\"", "\"portion\":\"1 / 3\"",
                        CPO + "/shares/1/portion"),
                invariant(FinanceCodes.AID_RAE_MALFORMED, "\"12345\"", "\"RAE-12345\"", CPO + "/aid/raeNumber"),
                invariant(TargetCodes.QUANTITY_NOT_POSITIVE, "\"value\":\"12\"", "\"value\":\"0\"",
                        "/targets/0/quantity/value"),
                invariant(TargetCodes.TARGET_ATTACHMENT_AMBIGUOUS, "\"phase\":1}", "\"phase\":1,\"action\":\"action-1\"}",
                        "/targets/0/action"),
                invariant(TargetCodes.TARGET_PERIOD_MALFORMED, "\"per-year\"", "\"annuel\"", "/targets/0/period"),
                invariant(TargetCodes.TARGET_PERIOD_REVERSED, "\"per-year\"", "\"over 2021-2020\"", "/targets/0/period"),
                invariant(ConventionCodes.CONVENTION_ACTIONS_DUPLICATE, "\"id\":\"action-2\"", "\"id\":\"action-1\"",
                        "/actions/1/id"),
                invariant(ConventionCodes.CONVENTION_TARGETS_DUPLICATE, "\"id\":\"objectif-2\"", "\"id\":\"objectif-1\"",
                        "/targets/1/id"),
                invariant(ConventionCodes.CONTRIBUTION_ACTION_UNKNOWN, "\"nature\":\"operating-grant\",\"action\":\"action-1\"",
                        "\"nature\":\"operating-grant\",\"action\":\"action-9\"", CPO + "/action"),
                invariant(ConventionCodes.TARGET_ACTION_UNKNOWN, "\"action\":\"action-2\"}", "\"action\":\"action-9\"}",
                        "/targets/1/action"),
                invariant(ConventionCodes.TARGET_PHASE_UNKNOWN, "\"phase\":1}", "\"phase\":9}", "/targets/0/phase"),
                Arguments.of(FinanceCodes.TRANSFER_AMOUNT_NOT_POSITIVE, withChange(transfer("{\"type\":\"other-convention\","
                        + "\"convention\":{\"reference\":\"ANRU\"}}", "{\"type\":\"contribution\",\"contribution\":\"phase-3-2020\"}", "0.00")),
                        "/amendments/1/changes/0/transfer/amount"),
                Arguments.of(FinanceCodes.TRANSFER_ENDS_OUTSIDE, withChange(transfer("{\"type\":\"other-convention\","
                        + "\"convention\":{\"reference\":\"ANRU\"}}", "{\"type\":\"unstated\"}", "1.00")), "/amendments/1/changes/0/transfer/to"),
                Arguments.of(FinanceCodes.TRANSFER_ENDS_SAME, withChange(transfer("{\"type\":\"contribution\",\"contribution\":"
                        + "\"phase-3-2020\"}", "{\"type\":\"contribution\",\"contribution\":\"phase-3-2020\"}", "1.00")),
                        "/amendments/1/changes/0/transfer/to"),
                Arguments.of(ChangeCodes.SPLIT_PARTS_TOO_FEW, withChange(split(part("part-1", "1.00"))),
                        "/amendments/1/changes/0/parts"),
                Arguments.of(HistoryCodes.CHANGE_SPLIT_SUM_MISMATCH, withChange(split(part("part-1", "1.00") + ","
                        + part("part-2", "1.00"))), "/amendments/1"));
    }

    private static Arguments invariant(ViolationCode code, String valid, String broken, String pointer) {
        return Arguments.of(code, RejectionTest.replace(CONVENTION, valid, broken), pointer);
    }

    private static String withChange(String change) {
        return RejectionTest.replace(HISTORY, FIRST_CHANGE, "\"changes\":[" + change
                + ",{\"type\":\"change-contribution-amount\"");
    }

    private static String transfer(String from, String to, String amount) {
        return "{\"type\":\"transfer-money\",\"article\":\"1\",\"transfer\":{\"from\":" + from + ",\"to\":" + to
                + ",\"amount\":{\"amount\":\"" + amount + "\",\"currency\":\"EUR\"},\"kind\":\"transfer\"}}";
    }

    private static String split(String parts) {
        return "{\"type\":\"split-contribution\",\"article\":\"1\",\"contribution\":\"phase-3-2020\",\"parts\":[" + parts
                + "]}";
    }

    private static String part(String id, String amount) {
        return "{\"id\":\"" + id + "\",\"contributor\":\"metropole-amp\",\"beneficiary\":\"gip-crpv-paca\",\"amount\":"
                + "{\"amount\":\"" + amount + "\",\"currency\":\"EUR\"},\"nature\":\"grant\",\"schedule\":[]}";
    }
}
