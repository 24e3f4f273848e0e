package dev.conventio.format.codec;

import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Instalment;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;

/** Financial contributions and their instalments: each object's members declared once. */
final class FinanceCodecs {

    private static final Member<Instalment, LocalDate> DUE_ON = Member.required(Names.DUE_ON, Scalars.DATE,
            Instalment::dueOn);
    private static final Member<Instalment, Money> INSTALMENT_AMOUNT = Member.required(Names.AMOUNT, MoneyCodec.MONEY,
            Instalment::amount);

    static final ObjectCodec<Instalment> INSTALMENT = ObjectCodec.of("instalment", values ->
            Instalment.of(values.get(DUE_ON), values.get(INSTALMENT_AMOUNT)), DUE_ON, INSTALMENT_AMOUNT);

    static final ValueCodec<List<Instalment>> SCHEDULE = Scalars.list(INSTALMENT);

    private static final Member<FinancialContribution, String> ID = Member.required(Names.ID, Scalars.TEXT,
            FinancialContribution::id);
    private static final Member<FinancialContribution, String> CONTRIBUTOR = Member.required(Names.CONTRIBUTOR,
            Scalars.TEXT, FinancialContribution::contributor);
    private static final Member<FinancialContribution, String> BENEFICIARY = Member.required(Names.BENEFICIARY,
            Scalars.TEXT, FinancialContribution::beneficiary);
    private static final Member<FinancialContribution, Money> AMOUNT = Member.required(Names.AMOUNT, MoneyCodec.MONEY,
            FinancialContribution::amount);
    private static final Member<FinancialContribution, BudgetPeriod> BUDGET = Member.required(Names.BUDGET,
            Scalars.BUDGET, FinancialContribution::budget);
    private static final Member<FinancialContribution, ContributionNature> NATURE = Member.required(Names.NATURE,
            Constants.NATURES, FinancialContribution::nature);
    private static final Member<FinancialContribution, String> PURPOSE = Member.optional(Names.PURPOSE, Scalars.TEXT,
            FinancialContribution::purpose);
    private static final Member<FinancialContribution, List<Instalment>> CONTRIBUTION_SCHEDULE = Member.required(
            Names.SCHEDULE, SCHEDULE, FinancialContribution::schedule);

    static final ObjectCodec<FinancialContribution> CONTRIBUTION = ObjectCodec.of("contribution", values ->
            FinancialContribution.builder()
                    .id(values.get(ID))
                    .contributor(values.get(CONTRIBUTOR))
                    .beneficiary(values.get(BENEFICIARY))
                    .amount(values.get(AMOUNT))
                    .budget(values.get(BUDGET))
                    .nature(values.get(NATURE))
                    .purpose(values.optional(PURPOSE))
                    .schedule(values.get(CONTRIBUTION_SCHEDULE))
                    .build(),
            ID, CONTRIBUTOR, BENEFICIARY, AMOUNT, BUDGET, NATURE, PURPOSE, CONTRIBUTION_SCHEDULE);

    private FinanceCodecs() {
    }
}
