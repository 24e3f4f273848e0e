package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.convention.Convention;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Firmness;
import dev.conventio.finance.Instalment;
import dev.conventio.finance.PaymentConditions;
import dev.conventio.finance.StateAidBasis;
import dev.conventio.finance.YearlyAmount;
import dev.conventio.history.History;
import dev.conventio.party.LegalForm;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The subsidy conventions hold, over a seeded sample, what {@link SubsidyGen} documents: a grantor
 * and one to three beneficiaries, each with its subsidy, in the proportions it gives.
 */
class SubsidyGenTest {

    private static final int SAMPLE = 2_000;

    /** The seeded sample, drawn again by each test ({@link Samples}). */
    private static List<Convention> sample() {
        return Samples.of(SubsidyGen.subsidyConventions(), 0x5b5d1d1eL, SAMPLE);
    }

    @Test
    void aGrantorAndOneToThreeBeneficiariesConcludedBetween2018AndMid2024() {
        TreeSet<Integer> counts = new TreeSet<>();
        for (Convention convention : sample()) {
            LocalDate concluded = convention.conclusionDate().orElseThrow();
            assertThat(concluded).isBetween(LocalDate.of(2018, 1, 1), LocalDate.of(2024, 6, 30));
            assertThat(convention.reference().orElseThrow()).matches("SUB-" + concluded.getYear() + "-\\d{4}");
            assertThat(convention.object()).endsWith(" en " + concluded.getYear());
            Party grantor = convention.parties().get(0);
            assertThat(grantor.id()).isEqualTo("attribuant");
            assertThat(grantor.name()).endsWith(" (fictive)");
            assertThat(grantor.siret()).isPresent();
            assertThat(grantor.legalForm()).contains(grantor.kind() == PartyKind.EPCI ? LegalForm.EPCI
                    : LegalForm.COLLECTIVITE_TERRITORIALE);
            int beneficiaries = convention.parties().size() - 1;
            counts.add(beneficiaries);
            assertThat(convention.contributions()).hasSize(beneficiaries);
            for (int i = 1; i <= beneficiaries; i++) {
                Party beneficiary = convention.parties().get(i);
                FinancialContribution subsidy = convention.contributions().get(i - 1);
                assertThat(beneficiary.id()).isEqualTo("beneficiaire-" + i);
                assertThat(beneficiary.name()).endsWith(" (fictive)");
                assertThat(subsidy.id()).isEqualTo("subvention-" + i);
                assertThat(subsidy.contributor()).isEqualTo("attribuant");
                assertThat(subsidy.beneficiary()).isEqualTo(beneficiary.id());
            }
        }
        assertThat(counts).containsExactly(1, 2, 3);
    }

    @Test
    void beneficiariesAreAssociationsWithTheirRnaAndSometimesACompany() {
        int parties = 0;
        int companies = 0;
        int associations = 0;
        int associationsWithSiret = 0;
        Set<LegalForm> companyForms = new HashSet<>();
        for (Convention convention : sample()) {
            for (Party beneficiary : convention.parties().subList(1, convention.parties().size())) {
                parties++;
                if (beneficiary.kind() == PartyKind.COMPANY) {
                    companies++;
                    companyForms.add(beneficiary.legalForm().orElseThrow());
                    assertThat(beneficiary.siret()).isPresent();
                    assertThat(beneficiary.rna()).isEmpty();
                } else {
                    associations++;
                    assertThat(beneficiary.kind()).isEqualTo(PartyKind.ASSOCIATION);
                    assertThat(beneficiary.legalForm()).contains(LegalForm.ASSOCIATION_LOI_1901);
                    assertThat(beneficiary.rna()).isPresent();
                    associationsWithSiret += beneficiary.siret().isPresent() ? 1 : 0;
                }
            }
        }
        assertThat(companyForms).containsExactlyInAnyOrder(LegalForm.SA, LegalForm.SAS, LegalForm.SARL);
        assertThat((double) companies / parties).isBetween(0.16, 0.24);
        assertThat((double) associationsWithSiret / associations).isBetween(0.70, 0.80);
    }

    @Test
    void aSubsidyOfOneYearIsPaidWithinItsYearInOneToThreeInstalments() {
        int single = 0;
        int earmarked = 0;
        int aboveTheLaw = 0;
        TreeSet<Integer> instalments = new TreeSet<>();
        for (Convention convention : sample()) {
            LocalDate concluded = convention.conclusionDate().orElseThrow();
            for (FinancialContribution subsidy : convention.contributions()) {
                assertDeliberatedBefore(subsidy, concluded);
                if (!subsidy.yearlyAmounts().isEmpty()) {
                    continue;
                }
                single++;
                Money amount = subsidy.amount().orElseThrow();
                assertThat(amount.getCurrencyUnit()).isEqualTo(CurrencyUnit.EUR);
                assertThat(amount.getAmount()).isBetween(new BigDecimal("1000.00"), new BigDecimal("150000.00"));
                aboveTheLaw += amount.getAmount().compareTo(new BigDecimal("23000")) > 0 ? 1 : 0;
                assertThat(subsidy.budget()).contains(BudgetPeriod.ofYear(concluded.getYear()));
                assertThat(subsidy.nature()).isIn(ContributionNature.GRANT, ContributionNature.EARMARKED_GRANT);
                earmarked += subsidy.nature() == ContributionNature.EARMARKED_GRANT ? 1 : 0;
                List<Instalment> schedule = subsidy.schedule();
                instalments.add(schedule.size());
                assertThat(subsidy.payment()).contains(schedule.size() == 1 ? PaymentConditions.single()
                        : PaymentConditions.inInstalments());
                Money paid = Money.zero(CurrencyUnit.EUR);
                LocalDate previous = concluded;
                for (Instalment instalment : schedule) {
                    LocalDate due = instalment.dueOn().orElseThrow();
                    assertThat(due).isAfterOrEqualTo(previous).isBeforeOrEqualTo(LocalDate.of(concluded.getYear(), 12, 31));
                    assertThat(instalment.amount().isPositive()).isTrue();
                    previous = due;
                    paid = paid.plus(instalment.amount());
                }
                assertThat(paid).isEqualTo(amount);
            }
        }
        assertThat(instalments).containsExactly(1, 2, 3);
        assertThat((double) earmarked / single).isBetween(0.16, 0.24);
        assertThat(aboveTheLaw).isStrictlyBetween(0, single);
    }

    @Test
    void oneSubsidyInFourRunsThreeYearsTheFirstFirmPaidOnceAYear() {
        int subsidies = 0;
        int multiYear = 0;
        for (Convention convention : sample()) {
            int year = convention.conclusionDate().orElseThrow().getYear();
            for (FinancialContribution subsidy : convention.contributions()) {
                subsidies++;
                if (subsidy.yearlyAmounts().isEmpty()) {
                    continue;
                }
                multiYear++;
                assertThat(subsidy.amount()).isEmpty();
                assertThat(subsidy.budget()).contains(BudgetPeriod.of(Year.of(year), Year.of(year + 2)));
                assertThat(subsidy.nature()).isEqualTo(ContributionNature.OPERATING_GRANT);
                assertThat(subsidy.payment()).contains(PaymentConditions.inInstalments());
                List<YearlyAmount> amounts = subsidy.yearlyAmounts();
                assertThat(amounts).extracting(YearlyAmount::year)
                        .containsExactly(Year.of(year), Year.of(year + 1), Year.of(year + 2));
                assertThat(amounts).extracting(YearlyAmount::firmness)
                        .containsExactly(Firmness.FIRM, Firmness.FORECAST, Firmness.FORECAST);
                List<Instalment> schedule = subsidy.schedule();
                assertThat(schedule).hasSize(3);
                for (int i = 0; i < 3; i++) {
                    assertThat(schedule.get(i).amount()).isEqualTo(amounts.get(i).amount().orElseThrow());
                    LocalDate due = schedule.get(i).dueOn().orElseThrow();
                    assertThat(due.getYear()).isEqualTo(year + i);
                    if (i > 0) {
                        assertThat(due).isBetween(LocalDate.of(year + i, 1, 15), LocalDate.of(year + i, 6, 30));
                    }
                }
            }
        }
        assertThat((double) multiYear / subsidies).isBetween(0.21, 0.29);
    }

    @Test
    void companiesGetAStateAidBasisAssociationsMostOftenNone() {
        EnumSet<StateAidBasis> companyBases = EnumSet.noneOf(StateAidBasis.class);
        int companies = 0;
        int withRae = 0;
        int associations = 0;
        int deMinimis = 0;
        for (Convention convention : sample()) {
            for (int i = 1; i < convention.parties().size(); i++) {
                Party beneficiary = convention.parties().get(i);
                var aid = convention.contributions().get(i - 1).aid().orElseThrow();
                StateAidBasis basis = aid.basis().orElseThrow();
                if (beneficiary.kind() == PartyKind.COMPANY) {
                    companies++;
                    companyBases.add(basis);
                    withRae += aid.raeNumber().isPresent() ? 1 : 0;
                    aid.raeNumber().ifPresent(rae -> assertThat(Integer.parseInt(rae)).isBetween(1, 99_999));
                } else {
                    associations++;
                    assertThat(basis).isIn(StateAidBasis.NOT_STATE_AID, StateAidBasis.DE_MINIMIS);
                    assertThat(aid.raeNumber()).isEmpty();
                    deMinimis += basis == StateAidBasis.DE_MINIMIS ? 1 : 0;
                }
            }
        }
        assertThat(companyBases).containsExactlyInAnyOrder(StateAidBasis.DE_MINIMIS, StateAidBasis.EXEMPTED,
                StateAidBasis.NOTIFIED);
        assertThat((double) withRae / companies).isBetween(0.25, 0.42);
        assertThat((double) deMinimis / associations).isBetween(0.21, 0.29);
    }

    @Test
    void aHistoryOfASubsidyConventionHasItAsItsBaseAndNoAmendment() {
        History history = SubsidyGen.subsidyHistories().sample(42L, 10);
        assertThat(history.base()).isEqualTo(SubsidyGen.subsidyConventions().sample(42L, 10));
        assertThat(history.amendments()).isEmpty();
    }

    private static void assertDeliberatedBefore(FinancialContribution subsidy, LocalDate concluded) {
        var decision = subsidy.grantingDecision().orElseThrow();
        assertThat(decision.number().orElseThrow()).matches(concluded.getYear() + "-DEL-\\d{3}");
        long daysBefore = ChronoUnit.DAYS.between(decision.day().orElseThrow(), concluded);
        assertThat(daysBefore).isBetween(5L, 60L);
    }
}
