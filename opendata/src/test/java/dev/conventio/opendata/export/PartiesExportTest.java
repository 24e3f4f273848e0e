package dev.conventio.opendata.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.date.PartialDate;
import dev.conventio.decision.Decision;
import dev.conventio.finance.AidFacts;
import dev.conventio.finance.BeneficiaryShare;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Firmness;
import dev.conventio.finance.Instalment;
import dev.conventio.finance.PaymentConditions;
import dev.conventio.finance.Portion;
import dev.conventio.finance.StateAidBasis;
import dev.conventio.finance.YearlyAmount;
import dev.conventio.history.History;
import dev.conventio.opendata.Conventions;
import dev.conventio.opendata.Samples;
import dev.conventio.opendata.csv.ScdlWriter;
import dev.conventio.opendata.schema.SchemaCheck;
import dev.conventio.opendata.scdl.ScdlRow;
import dev.conventio.party.LegalForm;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Rna;
import dev.conventio.party.Siret;
import dev.conventio.testkit.Gen;
import dev.conventio.testkit.SubsidyGen;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * What the parties model gives the export: the granting decision, the beneficiary's SIRET, RNA
 * number and legal form, the paying and receiving establishments; and one attribution per budget
 * year of a contribution with yearly amounts. Every row written passes the official schema.
 */
class PartiesExportTest {

    private static final LocalDate DATE = LocalDate.of(2020, 6, 30);
    private static final AidFacts NO_STATE_AID = AidFacts.builder().basis(StateAidBasis.NOT_STATE_AID).build();
    /** A SIRET of the commune's SIREN (211 300 553), another establishment (fictitious). */
    private static final String COMMUNE_OTHER_ESTABLISHMENT = "21130055300024";

    private static FinancialContribution.Builder subsidy() {
        return Conventions.subsidy("30000.00").aid(NO_STATE_AID);
    }

    private static History history(Party association, FinancialContribution subsidy) {
        return Conventions.history(Conventions.commune().build(), association, subsidy);
    }

    private static List<String> reasons(History history) {
        return ScdlExport.asOf(DATE).refusals(history).stream().flatMap(r -> r.violations().stream())
                .map(v -> v.code().id() + " at " + v.path()).collect(Collectors.toList());
    }

    /** Writes the rows as CSV and checks them against the official schema. */
    static List<ScdlRow> checked(List<ScdlRow> rows) {
        StringWriter csv = new StringWriter();
        try (ScdlWriter writer = ScdlWriter.to(csv)) {
            for (ScdlRow row : rows) {
                writer.write(row);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(SchemaCheck.official().problems(csv.toString())).as(csv.toString()).isEmpty();
        return rows;
    }

    @Test
    void referenceDecisionIsTheNumberOfTheGrantingDecisionAndNeverMadeUp() {
        Decision numbered = Decision.deliberation("Conseil municipal", "2020-DEL-017",
                PartialDate.of(LocalDate.of(2020, 2, 10)));
        ScdlRow row = checked(ScdlExport.asOf(DATE).rows(history(Conventions.association().build(),
                subsidy().grantingDecision(numbered).build()))).get(0);
        assertThat(row.referenceDecision()).contains("2020-DEL-017");
        Decision unnumbered = Decision.deliberation("Conseil municipal", PartialDate.of(LocalDate.of(2020, 2, 10)));
        assertThat(checked(ScdlExport.asOf(DATE).rows(history(Conventions.association().build(),
                subsidy().grantingDecision(unnumbered).build()))).get(0).referenceDecision()).isEmpty();
        assertThat(checked(ScdlExport.asOf(DATE).rows(history(Conventions.association().build(), subsidy().build())))
                .get(0).referenceDecision()).isEmpty();
    }

    @Test
    void anAssociationWithAnRnaNumberAloneIsIdentifiedByIt() {
        Party rnaOnly = Conventions.association().siret(Optional.empty()).rna(Rna.parse("W133000001")).build();
        ScdlRow row = checked(ScdlExport.asOf(DATE).rows(history(rnaOnly, subsidy().build()))).get(0);
        assertThat(row.rnaBeneficiaire()).contains("W133000001");
        assertThat(row.idBeneficiaire()).isEmpty();
        Party both = Conventions.association().rna(Rna.parse("W133000001")).build();
        ScdlRow full = checked(ScdlExport.asOf(DATE).rows(history(both, subsidy().build()))).get(0);
        assertThat(full.idBeneficiaire()).contains(Siret.parse(Samples.SIRET_B));
        assertThat(full.rnaBeneficiaire()).contains("W133000001");
        Party neither = Conventions.association().siret(Optional.empty()).build();
        assertThat(reasons(history(neither, subsidy().build())))
                .containsExactly("scdl.export.beneficiary.unidentified at parties[1].siret");
    }

    @Test
    void aCorsicanRnaNumberIsNotWrittenAndAloneIsRefused() {
        Party corsican = Conventions.association().siret(Optional.empty()).rna(Rna.parse("W2A1234567")).build();
        assertThat(reasons(history(corsican, subsidy().build())))
                .containsExactly("scdl.export.beneficiary.rna-unwritable at parties[1].rna");
        Party withSiret = Conventions.association().rna(Rna.parse("W2A1234567")).build();
        ScdlRow row = checked(ScdlExport.asOf(DATE).rows(history(withSiret, subsidy().build()))).get(0);
        assertThat(row.rnaBeneficiaire()).isEmpty();
        assertThat(row.idBeneficiaire()).contains(Siret.parse(Samples.SIRET_B));
    }

    @Test
    void theEstablishmentsOfTheContributionWinOverThePartiesSirets() {
        FinancialContribution withEstablishments = subsidy()
                .payingEstablishment(Siret.parse(COMMUNE_OTHER_ESTABLISHMENT))
                .receivingEstablishment(Siret.parse("38047555800041")).build();
        ScdlRow row = checked(ScdlExport.asOf(DATE).rows(history(Conventions.association().build(),
                withEstablishments))).get(0);
        assertThat(row.idAttribuant()).hasToString(COMMUNE_OTHER_ESTABLISHMENT);
        assertThat(row.idBeneficiaire()).contains(Siret.parse("38047555800041"));
        // Without a SIRET of its own, the receiving establishment identifies the beneficiary;
        // without one of its own, the paying establishment the grantor.
        History establishmentsOnly = Conventions.history(Conventions.commune().siret(Optional.empty()).build(),
                Conventions.association().siret(Optional.empty()).build(), withEstablishments);
        assertThat(reasons(establishmentsOnly)).isEmpty();
        History none = Conventions.history(Conventions.commune().siret(Optional.empty()).build(),
                Conventions.association().build(), subsidy().build());
        assertThat(reasons(none)).containsExactly("scdl.export.attributor.siret-missing at parties[0].siret");
    }

    @Test
    void aNaturalPersonByItsLegalFormIsRefusedWhateverTheCallersTest() {
        Party person = Conventions.association().kind(PartyKind.OTHER).legalForm(LegalForm.PERSONNE_PHYSIQUE).build();
        List<Refusal> refusals = ScdlExport.asOf(DATE).naturalPersons(party -> false)
                .refusals(history(person, subsidy().build()));
        assertThat(refusals).singleElement().satisfies(refusal -> {
            assertThat(refusal.violations()).extracting(v -> v.code().id() + " at " + v.path())
                    .containsExactly("scdl.export.beneficiary.natural-person at parties[1]");
            assertThat(refusal.toString()).doesNotContain(person.name());
        });
        Party association = Conventions.association().legalForm(LegalForm.ASSOCIATION_LOI_1901).build();
        assertThat(checked(ScdlExport.asOf(DATE).rows(history(association, subsidy().build())))).hasSize(1);
    }

    @Test
    void aContributionWithYearlyAmountsIsOneAttributionPerBudgetYear() {
        FinancialContribution cpo = subsidy().amount(Optional.empty()).budget(BudgetPeriod.parse("2020-2021"))
                .addYearlyAmounts(YearlyAmount.firm(Year.of(2020), Money.parse("EUR 10000")),
                        YearlyAmount.forecast(Year.of(2021), Money.parse("EUR 20000.50")))
                .payment(PaymentConditions.inInstalments())
                .schedule(List.of(Instalment.of(LocalDate.of(2020, 4, 1), Money.parse("EUR 10000")),
                        Instalment.of(LocalDate.of(2021, 4, 1), Money.parse("EUR 20000.50")))).build();
        List<ScdlRow> rows = checked(ScdlExport.asOf(DATE).rows(history(Conventions.association().build(), cpo)));
        assertThat(rows).extracting(ScdlRow::montant).containsExactly(new BigDecimal("10000.00"),
                new BigDecimal("20000.50"));
        assertThat(rows).extracting(ScdlRow::pourcentageSubvention).containsOnly(new BigDecimal("1.00"));
        FinancialContribution unknown = FinancialContribution.builder().from(cpo).yearlyAmounts(List.of(
                YearlyAmount.firm(Year.of(2020), Money.parse("EUR 10000")),
                YearlyAmount.unknown(Year.of(2021), Firmness.FORECAST))).schedule(List.of(
                Instalment.of(LocalDate.of(2020, 4, 1), Money.parse("EUR 4000")),
                Instalment.of(LocalDate.of(2020, 10, 1), Money.parse("EUR 6000")))).build();
        History partly = history(Conventions.association().build(), unknown);
        List<Refusal> refusals = ScdlExport.asOf(DATE).refusals(partly);
        assertThat(refusals).singleElement().satisfies(refusal -> {
            assertThat(refusal.attribution()).isEqualTo("subvention-2020/2021");
            assertThat(refusal.violations()).extracting(v -> v.code().id() + " at " + v.path())
                    .containsExactly("scdl.export.amount.unknown at contributions[0].yearlyAmounts[1].amount");
        });
        assertThat(checked(ScdlExport.asOf(DATE).onRefusal(OnRefusal.SKIP).rows(partly))).extracting(ScdlRow::montant)
                .containsExactly(new BigDecimal("10000.00"));
    }

    @Test
    void aSharedMultiYearContributionIsSharedEachYear() {
        Party club = Party.builder().id("club").name("Club des Lavandières").kind(PartyKind.ASSOCIATION)
                .rna(Rna.parse("W133000002")).build();
        FinancialContribution shared = subsidy().amount(Optional.empty()).budget(BudgetPeriod.parse("2020-2021"))
                .schedule(List.of()).payment(PaymentConditions.single())
                .addSchedule(Instalment.of(LocalDate.of(2020, 4, 1), Money.parse("EUR 30000")))
                .addYearlyAmounts(YearlyAmount.firm(Year.of(2020), Money.parse("EUR 12000")),
                        YearlyAmount.firm(Year.of(2021), Money.parse("EUR 18000")))
                .addShares(BeneficiaryShare.of("association", Portion.of(3, 4)), BeneficiaryShare.of("club",
                        Portion.of(1, 4))).build();
        History history = History.of(Conventions.convention().addParties(Conventions.commune().build(),
                Conventions.association().build(), club).addContributions(shared).build());
        List<ScdlRow> rows = checked(ScdlExport.asOf(DATE).rows(history));
        assertThat(rows).extracting(row -> row.montant().toPlainString() + " " + row.nomBeneficiaire() + " "
                + row.pourcentageSubvention().toPlainString()).containsExactly(
                "12000.00 Les Amis du Lavoir 0.75", "12000.00 Club des Lavandières 0.25",
                "18000.00 Les Amis du Lavoir 0.75", "18000.00 Club des Lavandières 0.25");
    }

    @Test
    void generatedSubsidyConventionsExportRowsThatPassTheSchema() {
        Gen<History> histories = SubsidyGen.subsidyHistories();
        List<ScdlRow> rows = new ArrayList<>();
        for (long seed = 0; seed < 300; seed++) {
            History history = histories.sample(seed, 10);
            assertThat(ScdlExport.asOf(LocalDate.of(2025, 1, 1)).refusals(history)).as("seed " + seed).isEmpty();
            rows.addAll(ScdlExport.asOf(LocalDate.of(2025, 1, 1)).rows(history));
        }
        checked(rows);
        assertThat(rows).anyMatch(row -> row.idBeneficiaire().isEmpty() && row.rnaBeneficiaire().isPresent());
        assertThat(rows).anyMatch(row -> row.referenceDecision().isPresent());
        assertThat(rows).anyMatch(ScdlRow::notificationUE);
    }
}
