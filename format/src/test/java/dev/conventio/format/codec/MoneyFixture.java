package dev.conventio.format.codec;

import dev.conventio.action.Action;
import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.change.AddAction;
import dev.conventio.change.AddContribution;
import dev.conventio.change.AddParty;
import dev.conventio.change.AddTarget;
import dev.conventio.change.RemoveAction;
import dev.conventio.change.RemoveTarget;
import dev.conventio.change.ReplaceAction;
import dev.conventio.change.ReplaceTarget;
import dev.conventio.change.SetYearlyAmount;
import dev.conventio.change.SplitContribution;
import dev.conventio.change.TransferMoney;
import dev.conventio.convention.Convention;
import dev.conventio.date.PartialDate;
import dev.conventio.finance.AidFacts;
import dev.conventio.finance.BeneficiaryShare;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Firmness;
import dev.conventio.finance.Instalment;
import dev.conventio.finance.InstalmentCondition;
import dev.conventio.finance.PaymentConditions;
import dev.conventio.finance.PaymentEvent;
import dev.conventio.finance.Portion;
import dev.conventio.finance.StateAidBasis;
import dev.conventio.finance.Transfer;
import dev.conventio.finance.TransferEnd;
import dev.conventio.finance.YearlyAmount;
import dev.conventio.history.History;
import dev.conventio.objective.Quantity;
import dev.conventio.objective.Target;
import dev.conventio.objective.TargetPeriod;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.publication.ConventionReference;
import dev.conventio.publication.Nor;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.joda.money.Money;

/**
 * The history of the version-2 fixture {@code money-history.json}, built in code: every member and
 * change kind that issue 14 adds to version 2, on the base of the version-1 fixture
 * {@code serialization-history.json}.
 */
final class MoneyFixture {

    static final String METROPOLE = "metropole-amp";
    static final String GIP = "gip-crpv-paca";

    private MoneyFixture() {
    }

    static Money eur(String amount) {
        return Money.parse("EUR " + amount);
    }

    static History history() throws IOException {
        String text = Files.readString(Fixtures.directory(1).resolve("serialization-history.json"));
        History v1 = (History) Fixtures.read(DocumentCodec.HISTORY, text, null);
        Convention base = v1.base().toBuilder()
                .addActions(Action.of("action-1", "Évaluation"),
                        Action.builder().id("action-2").title("Animation").description("Réseau des acteurs").build())
                .addTargets(Target.builder().id("quartiers").title("Quartiers évalués")
                                .quantity(Quantity.of(new BigDecimal("12"), "quartiers")).period(TargetPeriod.programme())
                                .action("action-1").build(),
                        Target.builder().id("rapports").title("Rapports d'étape")
                                .quantity(Quantity.about(new BigDecimal("2.5"), "rapports")).period(TargetPeriod.perYear())
                                .phase(OptionalInt.of(3)).source("article 2").build())
                .addContribution(FinancialContribution.builder().id("cpo").contributor(METROPOLE).beneficiary(GIP)
                        .nature(ContributionNature.OPERATING_GRANT).ceiling(true).amount(eur("90000.00"))
                        .budget(BudgetPeriod.parse("2020-2022")).action("action-1")
                        .addYearlyAmounts(YearlyAmount.firm(Year.of(2020), eur("30000.00")),
                                YearlyAmount.forecast(Year.of(2021), eur("30000.00")).withInferredFrom("délibération"),
                                YearlyAmount.unknown(Year.of(2022), Firmness.FORECAST))
                        .payment(PaymentConditions.inInstalments())
                        .build())
                .addContribution(FinancialContribution.builder().id("solde").contributor(METROPOLE).beneficiary(GIP)
                        .nature(ContributionNature.EARMARKED_GRANT).amount(eur("3000.00")).budget(BudgetPeriod.ofYear(2020))
                        .addSchedule(Instalment.of(LocalDate.of(2020, 3, 1), eur("1000.00")),
                                Instalment.of(LocalDate.of(2020, 9, 1), InstalmentCondition.of(PaymentEvent.ACTIVITY_REPORT),
                                        eur("1000.00")),
                                Instalment.on(InstalmentCondition.of(PaymentEvent.FINANCIAL_REPORT, "bilan financier"),
                                        eur("1000.00")))
                        .aid(AidFacts.builder().basis(StateAidBasis.DE_MINIMIS).basisReference("règlement (UE) 2023/2831")
                                .raeNumber("12345").scheme("politique de la ville").build())
                        .build())
                .addContribution(FinancialContribution.builder().id("reliquat").contributor(METROPOLE).beneficiary(GIP)
                        .nature(ContributionNature.ENDOWMENT).action("action-1").inferredFrom("le reliquat")
                        .payment(PaymentConditions.other("à la demande"))
                        .build())
                .build();
        return withAmendments(v1, base);
    }

    /** A prolongation by a year, stating the total duration the prolonged term gives. */
    private static dev.conventio.change.ProlongTerm prolongation(Convention base) {
        java.time.Period year = java.time.Period.ofYears(1);
        dev.conventio.term.Term term = base.term().orElseThrow();
        java.time.Period total = term.withEnd(term.end().orElseThrow().prolongedBy(year))
                .totalDurationFor(base.concludedOn()).orElseThrow().normalized();
        return dev.conventio.change.ProlongTerm.of("1", year, total);
    }

    private static History withAmendments(History v1, Convention base) {
        List<AmendmentRecord> amendments = new ArrayList<>(v1.amendments());
        Amendment second = (Amendment) amendments.get(1);
        amendments.set(1, Amendment.builder().from(second).addChanges(
                AddParty.of("1", Party.builder().id("commune").name("Commune").kind(PartyKind.COMMUNE).build()),
                AddContribution.of("1", FinancialContribution.builder().id("partage").contributor(METROPOLE)
                        .beneficiary(GIP).nature(ContributionNature.INVESTMENT_GRANT).amount(eur("900.00"))
                        .budget(BudgetPeriod.ofYear(2020))
                        .addShares(BeneficiaryShare.of(GIP, Portion.of(2, 3)), BeneficiaryShare.of("commune", Portion.of(1, 3)))
                        .build()),
                prolongation(base),
                dev.conventio.change.TerminateConvention.of("1", LocalDate.of(2021, 6, 30), "Résiliation d'un commun accord"),
                AddAction.of("1", Action.of("action-3", "Capitalisation")),
                ReplaceAction.of("1", Action.of("action-1", "Évaluation finale")),
                RemoveAction.of("1", "action-2"),
                AddTarget.of("1", Target.builder().id("ateliers").title("Ateliers").quantity(Quantity.of(BigDecimal.TEN,
                        "ateliers")).period(TargetPeriod.by(PartialDate.of(java.time.YearMonth.of(2020, 12)))).action("action-3").build()),
                ReplaceTarget.of("1", Target.builder().id("quartiers").title("Quartiers évalués")
                        .quantity(Quantity.of(new BigDecimal("14"), "quartiers"))
                        .period(TargetPeriod.over(Year.of(2020), Year.of(2021))).action("action-1").build()),
                RemoveTarget.of("1", "rapports"),
                SetYearlyAmount.of("1", "cpo", YearlyAmount.forecast(Year.of(2022), eur("30000.00"))),
                SplitContribution.of("1", "reliquat", List.of(
                        FinancialContribution.builder().id("reliquat-gip").contributor(METROPOLE).beneficiary(GIP)
                                .nature(ContributionNature.EQUITY).action("action-3").build(),
                        FinancialContribution.builder().id("reliquat-pret").contributor(METROPOLE).beneficiary(GIP)
                                .nature(ContributionNature.LOAN).amount(eur("1000.00")).build())),
                TransferMoney.of("1", Transfer.builder().from(TransferEnd.otherConvention(ConventionReference.of(Nor.parse("PRMI1736187X"))))
                        .to(TransferEnd.contribution("reliquat-pret")).amount(eur("500.00")).build()),
                TransferMoney.of("1", Transfer.builder().from(TransferEnd.contribution("cpo")).to(TransferEnd.unstated())
                        .amount(eur("1000.00")).kind(Transfer.Kind.REDEPLOYMENT).year(Year.of(2021))
                        .reason("redéploiement").build()))
                .addSignatures(dev.conventio.signature.Signature.of("commune", dev.conventio.party.Person.of(
                        dev.conventio.party.Civility.MADAME, "Maire de la commune"), "Le Maire", LocalDate.of(2020, 2, 3)))
                .build());
        return History.of(base, amendments);
    }
}
