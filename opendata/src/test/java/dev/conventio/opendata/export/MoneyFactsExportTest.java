package dev.conventio.opendata.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.finance.AidFacts;
import dev.conventio.finance.BeneficiaryShare;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Firmness;
import dev.conventio.finance.Instalment;
import dev.conventio.finance.InstalmentCondition;
import dev.conventio.finance.PaymentConditions;
import dev.conventio.finance.PaymentEvent;
import dev.conventio.finance.Portion;
import dev.conventio.finance.StateAidBasis;
import dev.conventio.finance.YearlyAmount;
import dev.conventio.history.History;
import dev.conventio.opendata.Conventions;
import dev.conventio.opendata.csv.ScdlWriter;
import dev.conventio.opendata.schema.SchemaCheck;
import dev.conventio.opendata.scdl.AidNature;
import dev.conventio.opendata.scdl.PaymentDates;
import dev.conventio.opendata.scdl.PaymentTerms;
import dev.conventio.opendata.scdl.ScdlRow;
import dev.conventio.party.Party;
import dev.conventio.party.Siret;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The money facts the export writes: natures, totals, aid facts, payment conditions and shares. */
class MoneyFactsExportTest {

    private static final LocalDate DATE = LocalDate.of(2020, 6, 30);
    private static final AidFacts DE_MINIMIS = AidFacts.builder().basis(StateAidBasis.DE_MINIMIS).build();

    private static History history(FinancialContribution subsidy) {
        return Conventions.history(Conventions.commune().build(), Conventions.association().build(), subsidy);
    }

    private static List<String> reasons(History history) {
        return ScdlExport.asOf(DATE).refusals(history).stream().flatMap(r -> r.violations().stream())
                .map(v -> v.code().id() + " at " + v.path()).collect(Collectors.toList());
    }

    @Test
    void theStateAidBasisGivesNotificationUeAndTheAidsFactsTheirCells() {
        AidFacts notified = AidFacts.builder().basis(StateAidBasis.NOTIFIED).raeNumber("12345")
                .scheme("Aide aux lavoirs communaux").build();
        List<ScdlRow> rows = ScdlExport.asOf(DATE).rows(history(Conventions.subsidy("30000.00").aid(notified).build()));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.notificationUE()).isTrue();
            assertThat(row.idRAE()).contains("12345");
            assertThat(row.dispositifAide()).contains("Aide aux lavoirs communaux");
            assertThat(row.pourcentageSubvention()).isEqualByComparingTo("1.00");
            assertThat(row.conditionsVersement()).isEqualTo(PaymentTerms.inInstalments());
            assertThat(row.datesPeriodeVersement()).isEqualTo(PaymentDates.between(LocalDate.of(2020, 4, 1),
                    LocalDate.of(2020, 10, 1)));
        });
        ScdlRow deMinimis = ScdlExport.asOf(DATE).rows(history(Conventions.subsidy("30000.00").aid(DE_MINIMIS).build()))
                .get(0);
        assertThat(deMinimis.notificationUE()).isFalse();
        assertThat(deMinimis.idRAE()).isEmpty();
        assertThat(reasons(history(Conventions.subsidy("30000.00").aid(AidFacts.builder().raeNumber("7").build())
                .build()))).containsExactly("scdl.export.notification.unknown at contributions[0].aid.basis");
    }

    @Test
    void theNatureIsTheAidFormOfTheModelsNature() {
        ScdlRow operating = ScdlExport.asOf(DATE).rows(history(Conventions.subsidy("30000.00").aid(DE_MINIMIS)
                .nature(ContributionNature.OPERATING_GRANT).build())).get(0);
        assertThat(operating.nature()).isEqualTo(AidNature.CASH);
        assertThat(reasons(history(Conventions.subsidy("30000.00").aid(DE_MINIMIS).nature(ContributionNature.LOAN)
                .build()))).containsExactly("scdl.export.nature.not-aid at contributions[0].nature");
    }

    @Test
    void montantIsTheTotalOrEachYearsAmountAndAnAmountNotKnownIsRefused() {
        FinancialContribution yearly = Conventions.subsidy("30000.00").aid(DE_MINIMIS).amount(Optional.empty())
                .budget(dev.conventio.finance.BudgetPeriod.parse("2020-2021")).schedule(List.of())
                .addYearlyAmounts(YearlyAmount.firm(Year.of(2020), Money.parse("EUR 10000")),
                        YearlyAmount.forecast(Year.of(2021), Money.parse("EUR 20000")))
                .payment(PaymentConditions.single()).addSchedule(Instalment.of(LocalDate.of(2020, 4, 1),
                        Money.parse("EUR 30000"))).build();
        assertThat(ScdlExport.asOf(DATE).rows(history(yearly))).as("one attribution per budget year")
                .extracting(ScdlRow::montant).containsExactly(new BigDecimal("10000.00"), new BigDecimal("20000.00"));
        assertThat(reasons(history(Conventions.subsidy("30000.00").aid(DE_MINIMIS).amount(Optional.empty())
                .schedule(List.of()).build()))).contains("scdl.export.amount.unknown at contributions[0].amount");
        FinancialContribution unknown = FinancialContribution.builder().from(yearly).yearlyAmounts(List.of(
                YearlyAmount.firm(Year.of(2020), Money.parse("EUR 10000")), YearlyAmount.unknown(Year.of(2021),
                        Firmness.FORECAST))).schedule(List.of()).build();
        assertThat(reasons(history(unknown))).contains(
                "scdl.export.amount.unknown at contributions[0].yearlyAmounts[1].amount",
                "scdl.export.payment.dates-unknown at contributions[0].schedule");
    }

    @Test
    void statedConditionsAreWrittenAndAnInstalmentOnAConditionLeavesTheDatesUnknown() {
        FinancialContribution other = Conventions.subsidy("30000.00").aid(DE_MINIMIS)
                .payment(PaymentConditions.other("sur présentation des justificatifs")).build();
        assertThat(ScdlExport.asOf(DATE).rows(history(other)).get(0).conditionsVersement())
                .isEqualTo(PaymentTerms.other("sur présentation des justificatifs"));
        FinancialContribution tooLong = Conventions.subsidy("30000.00").aid(DE_MINIMIS)
                .payment(PaymentConditions.other("é".repeat(257))).build();
        assertThat(reasons(history(tooLong)))
                .containsExactly("scdl.export.payment.conditions-too-long at contributions[0].payment.description");
        FinancialContribution conditioned = Conventions.subsidy("30000.00").aid(DE_MINIMIS).schedule(List.of(
                Instalment.of(LocalDate.of(2020, 4, 1), Money.parse("EUR 21000")),
                Instalment.on(InstalmentCondition.of(PaymentEvent.FINANCIAL_REPORT), Money.parse("EUR 9000")))).build();
        assertThat(reasons(history(conditioned)))
                .containsExactly("scdl.export.payment.dates-unknown at contributions[0].schedule");
    }

    @Test
    void aSharedSubsidyIsOneRowPerBeneficiaryWithSharesAddingUpToOne() throws Exception {
        Party other = Party.builder().id("club").name("Club des Lavandières").kind(dev.conventio.party.PartyKind.ASSOCIATION)
                .siret(Siret.parse("44701234560002")).build();
        FinancialContribution shared = Conventions.subsidy("30000.00").aid(DE_MINIMIS).addShares(
                BeneficiaryShare.of("association", Portion.of(2, 3)), BeneficiaryShare.of("club", Portion.of(1, 3))).build();
        History history = History.of(Conventions.convention().addParties(Conventions.commune().build(),
                Conventions.association().build(), other).addContributions(shared).build());
        List<ScdlRow> rows = ScdlExport.asOf(DATE).rows(history);
        assertThat(rows).extracting(ScdlRow::nomBeneficiaire).containsExactly("Les Amis du Lavoir", "Club des Lavandières");
        assertThat(rows).extracting(ScdlRow::pourcentageSubvention).containsExactly(new BigDecimal("0.67"),
                new BigDecimal("0.33"));
        assertThat(rows).extracting(ScdlRow::montant).containsOnly(new BigDecimal("30000.00"));
        StringWriter csv = new StringWriter();
        try (ScdlWriter writer = ScdlWriter.to(csv)) {
            for (ScdlRow row : rows) {
                writer.write(row);
            }
        }
        assertThat(SchemaCheck.official().problems(csv.toString())).isEmpty();
        FinancialContribution tiny = FinancialContribution.builder().from(shared).shares(List.of(
                BeneficiaryShare.of("association", Portion.of(999, 1000)), BeneficiaryShare.of("club",
                        Portion.of(1, 1000)))).build();
        History tinyHistory = History.of(Conventions.convention().addParties(Conventions.commune().build(),
                Conventions.association().build(), other).addContributions(tiny).build());
        assertThat(reasons(tinyHistory)).containsExactly("scdl.export.share.too-small at contributions[0].shares[1].portion");
    }
}
