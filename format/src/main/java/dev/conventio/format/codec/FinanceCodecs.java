package dev.conventio.format.codec;

import dev.conventio.decision.Decision;
import dev.conventio.finance.AidFacts;
import dev.conventio.finance.BeneficiaryShare;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Instalment;
import dev.conventio.finance.InstalmentCondition;
import dev.conventio.finance.PaymentConditions;
import dev.conventio.finance.YearlyAmount;
import dev.conventio.format.RejectionCode;
import dev.conventio.party.Siret;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;

/**
 * Financial contributions and their instalments: each object's members declared once. Version 1
 * requires a contribution's {@code amount} and {@code budget} and an instalment's {@code dueOn};
 * version 2 makes them optional, since the instruments do not always give them, and adds the forms
 * of money of {@link MoneyFormsCodecs}.
 */
final class FinanceCodecs {

    private static final Member<Instalment, LocalDate> DUE_ON = Member.required(Names.DUE_ON, Scalars.DATE,
            (Instalment instalment) -> versionOne(instalment.dueOn(), "an instalment without a due date")).until(1);
    private static final Member<Instalment, LocalDate> DUE_ON_2 = Member.optional(Names.DUE_ON, Scalars.DATE,
            Instalment::dueOn).since(2).succeeding();
    private static final Member<Instalment, InstalmentCondition> CONDITION = Member.optional(Names.CONDITION,
            MoneyFormsCodecs.CONDITION, Instalment::condition).since(2);
    private static final Member<Instalment, Money> INSTALMENT_AMOUNT = Member.required(Names.AMOUNT, MoneyCodec.MONEY,
            Instalment::amount);

    static final ObjectCodec<Instalment> INSTALMENT = ObjectCodec.of("instalment", FinanceCodecs::instalment,
            DUE_ON, DUE_ON_2, CONDITION, INSTALMENT_AMOUNT);

    static final ValueCodec<List<Instalment>> SCHEDULE = Scalars.list(INSTALMENT);

    private static final Member<FinancialContribution, String> ID = Member.required(Names.ID, Scalars.TEXT,
            FinancialContribution::id);
    private static final Member<FinancialContribution, String> CONTRIBUTOR = Member.required(Names.CONTRIBUTOR,
            Scalars.TEXT, FinancialContribution::contributor);
    private static final Member<FinancialContribution, String> BENEFICIARY = Member.required(Names.BENEFICIARY,
            Scalars.TEXT, FinancialContribution::beneficiary);
    private static final Member<FinancialContribution, Money> AMOUNT = Member.required(Names.AMOUNT, MoneyCodec.MONEY,
            (FinancialContribution c) -> versionOne(c.amount(), "contribution '" + c.id() + "' without an amount"))
            .until(1);
    private static final Member<FinancialContribution, Money> AMOUNT_2 = Member.optional(Names.AMOUNT, MoneyCodec.MONEY,
            FinancialContribution::amount).since(2).succeeding();
    private static final Member<FinancialContribution, Boolean> CEILING = Member.optional(Names.CEILING,
            Scalars.BOOLEAN, (FinancialContribution c) -> c.ceiling() ? Optional.of(true) : Optional.empty()).since(2);
    private static final Member<FinancialContribution, BudgetPeriod> BUDGET = Member.required(Names.BUDGET,
            Scalars.BUDGET, (FinancialContribution c) -> versionOne(c.budget(), "contribution '" + c.id()
                    + "' without a budget period")).until(1);
    private static final Member<FinancialContribution, BudgetPeriod> BUDGET_2 = Member.optional(Names.BUDGET,
            Scalars.BUDGET, FinancialContribution::budget).since(2).succeeding();
    private static final Member<FinancialContribution, List<YearlyAmount>> YEARLY_AMOUNTS = MoneyFormsCodecs.list(
            Names.YEARLY_AMOUNTS, MoneyFormsCodecs.YEARLY, FinancialContribution::yearlyAmounts);
    private static final Member<FinancialContribution, ContributionNature> NATURE = Member.required(Names.NATURE,
            Constants.NATURES, FinancialContribution::nature);
    private static final Member<FinancialContribution, String> PURPOSE = Member.optional(Names.PURPOSE, Scalars.TEXT,
            FinancialContribution::purpose);
    private static final Member<FinancialContribution, String> ACTION = Member.optional(Names.ACTION, Scalars.TEXT,
            FinancialContribution::action).since(2);
    private static final Member<FinancialContribution, String> ORIGIN = Member.optional(Names.ORIGIN, Scalars.TEXT,
            FinancialContribution::origin).since(2);
    private static final Member<FinancialContribution, String> INFERRED_FROM = Member.optional(Names.INFERRED_FROM,
            Scalars.TEXT, FinancialContribution::inferredFrom).since(2);
    private static final Member<FinancialContribution, PaymentConditions> PAYMENT = Member.optional(Names.PAYMENT,
            MoneyFormsCodecs.PAYMENT, FinancialContribution::payment).since(2);
    private static final Member<FinancialContribution, List<Instalment>> CONTRIBUTION_SCHEDULE = Member.required(
            Names.SCHEDULE, SCHEDULE, FinancialContribution::schedule);
    private static final Member<FinancialContribution, List<BeneficiaryShare>> SHARES = MoneyFormsCodecs.list(
            Names.SHARES, MoneyFormsCodecs.SHARE, FinancialContribution::shares);
    private static final Member<FinancialContribution, AidFacts> AID = Member.optional(Names.AID, MoneyFormsCodecs.AID,
            FinancialContribution::aid).since(2);

    private static final Member<FinancialContribution, Decision> GRANTING_DECISION = Member.optional(
            Names.GRANTING_DECISION, PresenceCodecs.ACT, FinancialContribution::grantingDecision).since(2);
    private static final Member<FinancialContribution, Siret> PAYING = Member.optional(Names.PAYING_ESTABLISHMENT,
            Scalars.SIRET, FinancialContribution::payingEstablishment).since(2);
    private static final Member<FinancialContribution, Siret> RECEIVING = Member.optional(
            Names.RECEIVING_ESTABLISHMENT, Scalars.SIRET, FinancialContribution::receivingEstablishment).since(2);

    static final ObjectCodec<FinancialContribution> CONTRIBUTION = ObjectCodec.of("contribution", values ->
            FinancialContribution.builder()
                    .id(values.get(ID))
                    .contributor(values.get(CONTRIBUTOR))
                    .beneficiary(values.get(BENEFICIARY))
                    .amount(Optional.ofNullable(values.version() == 1 ? values.get(AMOUNT) : values.get(AMOUNT_2)))
                    .ceiling(Boolean.TRUE.equals(values.get(CEILING)))
                    .budget(Optional.ofNullable(values.version() == 1 ? values.get(BUDGET) : values.get(BUDGET_2)))
                    .yearlyAmounts(values.optional(YEARLY_AMOUNTS).orElse(List.of()))
                    .nature(values.get(NATURE))
                    .purpose(values.optional(PURPOSE))
                    .action(values.optional(ACTION))
                    .origin(values.optional(ORIGIN))
                    .inferredFrom(values.optional(INFERRED_FROM))
                    .payment(values.optional(PAYMENT))
                    .schedule(values.get(CONTRIBUTION_SCHEDULE))
                    .grantingDecision(values.optional(GRANTING_DECISION))
                    .payingEstablishment(values.optional(PAYING))
                    .receivingEstablishment(values.optional(RECEIVING))
                    .shares(values.optional(SHARES).orElse(List.of()))
                    .aid(values.optional(AID))
                    .build(),
            ID, CONTRIBUTOR, BENEFICIARY, AMOUNT, AMOUNT_2, CEILING, BUDGET, BUDGET_2, YEARLY_AMOUNTS, NATURE, PURPOSE,
            ACTION, ORIGIN, INFERRED_FROM, PAYMENT, CONTRIBUTION_SCHEDULE, GRANTING_DECISION, PAYING, RECEIVING, SHARES,
            AID);

    private FinanceCodecs() {
    }

    private static Instalment instalment(Values values) {
        LocalDate dueOn = values.version() == 1 ? values.get(DUE_ON) : values.get(DUE_ON_2);
        Money amount = values.get(INSTALMENT_AMOUNT);
        Optional<InstalmentCondition> condition = values.optional(CONDITION);
        if (dueOn == null && condition.isEmpty()) {
            throw values.reject(RejectionCode.MISSING_FIELD, "an instalment has a due date, a condition or both",
                    Names.DUE_ON);
        }
        if (dueOn == null) {
            return Instalment.on(condition.get(), amount);
        }
        return condition.isEmpty() ? Instalment.of(dueOn, amount) : Instalment.of(dueOn, condition.get(), amount);
    }

    /** A member version 1 requires: what the value holds, or a refusal to write what version 1 cannot say. */
    private static <V> V versionOne(Optional<V> value, String what) {
        return value.orElseThrow(() -> new IllegalArgumentException(what + " cannot be written in format version 1,"
                + " which requires it; write version 2"));
    }
}
