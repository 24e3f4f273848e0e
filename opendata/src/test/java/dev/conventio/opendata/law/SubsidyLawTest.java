package dev.conventio.opendata.law;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.PaymentConditions;
import dev.conventio.history.History;
import dev.conventio.opendata.Conventions;
import dev.conventio.party.LegalForm;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Person;
import dev.conventio.signature.Signature;
import dev.conventio.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The statutory checks and duties, each failing and passing, with its code and path. */
class SubsidyLawTest {

    private static final LocalDate DATE = LocalDate.of(2020, 6, 30);

    @Test
    void aConventionIsRequiredStrictlyAbove23000EurosToAPrivateLawBody() {
        assertThat(SubsidyLaw.requiresConvention(Money.of(CurrencyUnit.EUR, new BigDecimal("23000.00")),
                Conventions.association().build())).isFalse();
        assertThat(SubsidyLaw.requiresConvention(Money.of(CurrencyUnit.EUR, new BigDecimal("23000.01")),
                Conventions.association().build())).isTrue();
        assertThat(SubsidyLaw.requiresConvention(Money.of(CurrencyUnit.EUR, new BigDecimal("23000.01")),
                Conventions.association().kind(PartyKind.COMMUNE).build())).as("a public body").isFalse();
        assertThat(SubsidyLaw.requiresConvention(Money.of(CurrencyUnit.EUR, new BigDecimal("23000.01")),
                Conventions.association().kind(PartyKind.OTHER).build())).as("of unknown nature").isFalse();
    }

    private static History unsigned(String amount) {
        Person maire = Person.of(dev.conventio.party.Civility.MADAME, "Camille Martin");
        return History.of(Conventions.convention().addParties(Conventions.commune().build(),
                Conventions.association().build()).addContributions(Conventions.subsidy(amount).build())
                .addSignatures(Signature.of("commune", maire, "la maire", Conventions.CONCLUDED),
                        Signature.unsigned("association", Person.of(dev.conventio.party.Civility.MONSIEUR, "Jean Dupont"),
                                "le président"))
                .build());
    }

    @Test
    void anAidAboveTheThresholdWithoutAConventionSignedByAllIsReported() {
        assertThat(SubsidyLaw.check(unsigned("23000.01"), DATE)).extracting(Violation::code, Violation::path)
                .containsExactly(Tuple.tuple(LawCodes.CONVENTION_REQUIRED, "contributions[0]"));
        assertThat(SubsidyLaw.check(unsigned("23000.00"), DATE)).isEmpty();
        assertThat(SubsidyLaw.check(Conventions.history(), DATE)).isEmpty();
    }

    @Test
    void theConventionOfAnAidAboveTheThresholdDefinesHowItIsPaid() {
        History noSchedule = Conventions.history(Conventions.commune().build(), Conventions.association().build(),
                Conventions.subsidy("30000.00").schedule(List.of()).build());
        assertThat(SubsidyLaw.check(noSchedule, DATE)).extracting(Violation::code, Violation::path)
                .containsExactly(Tuple.tuple(LawCodes.PAYMENT_TERMS_REQUIRED, "contributions[0].schedule"));
        History small = Conventions.history(Conventions.commune().build(), Conventions.association().build(),
                Conventions.subsidy("23000.00").schedule(List.of()).build());
        assertThat(SubsidyLaw.check(small, DATE)).isEmpty();
    }

    @Test
    void publicationIsDueThreeMonthsAfterSignatureAndLateAfter() {
        List<History> portfolio = List.of(Conventions.history());
        List<Duty> duties = SubsidyLaw.publicationDuties(portfolio, DATE, history -> false);
        assertThat(duties).singleElement().satisfies(duty -> {
            assertThat(duty.kind()).isEqualTo(Duty.Kind.PUBLICATION);
            assertThat(duty.convention()).isEqualTo("SUB-2020-001");
            assertThat(duty.dueOn()).isEqualTo(LocalDate.of(2020, 6, 2));
            assertThat(duty.isLateOn(DATE)).isTrue();
            assertThat(duty.isLateOn(LocalDate.of(2020, 6, 2))).isFalse();
            assertThat(duty.toViolation().code()).isEqualTo(LawCodes.PUBLICATION_LATE);
            assertThat(duty.toViolation().path()).isEqualTo("concludedOn");
        });
        assertThat(SubsidyLaw.publicationDuties(portfolio, DATE, history -> true)).singleElement()
                .satisfies(duty -> assertThat(duty.isLateOn(DATE)).isFalse());
    }

    @Test
    void onlyConventionsSignedByTheDateAndAboveTheThresholdMustBePublished() {
        assertThat(SubsidyLaw.publicationDuties(List.of(Conventions.history()), Conventions.CONCLUDED.minusDays(1),
                history -> false)).isEmpty();
        History small = Conventions.history(Conventions.commune().build(), Conventions.association().build(),
                Conventions.subsidy("23000.00").build());
        assertThat(SubsidyLaw.publicationDuties(List.of(small), DATE, history -> false)).isEmpty();
        assertThat(SubsidyLaw.publicationDuties(List.of(unsigned("30000.00")), DATE, history -> false)).isEmpty();
    }

    @Test
    void theAidOfAYearIsItsYearlyAmountAndASharedAidIsEachBeneficiarysPortion() {
        // 2020-2021 without a schedule: only 2021's 24 000 € is above the threshold, and is reported.
        dev.conventio.finance.FinancialContribution yearly = Conventions.subsidy("30000.00").amount(java.util.Optional.empty())
                .budget(dev.conventio.finance.BudgetPeriod.parse("2020-2021")).schedule(List.of())
                .addYearlyAmounts(dev.conventio.finance.YearlyAmount.firm(java.time.Year.of(2020), Money.parse("EUR 6000")),
                        dev.conventio.finance.YearlyAmount.firm(java.time.Year.of(2021), Money.parse("EUR 24000")))
                .build();
        assertThat(SubsidyLaw.check(Conventions.history(Conventions.commune().build(), Conventions.association().build(),
                yearly), DATE)).extracting(Violation::code, Violation::path)
                .containsExactly(Tuple.tuple(LawCodes.PAYMENT_TERMS_REQUIRED, "contributions[0].schedule"));
        // Shared in halves with a commune, 30 000 € makes 15 000 € to the association: no convention is required.
        dev.conventio.finance.FinancialContribution shared = Conventions.subsidy("30000.00").schedule(List.of())
                .addShares(dev.conventio.finance.BeneficiaryShare.of("association", dev.conventio.finance.Portion.of(1, 2)),
                        dev.conventio.finance.BeneficiaryShare.of("voisine", dev.conventio.finance.Portion.of(1, 2)))
                .build();
        History history = History.of(Conventions.convention().addParties(Conventions.commune().build(),
                Conventions.association().build(), Conventions.commune().id("voisine").name("Commune voisine").build())
                .addContributions(shared).build());
        assertThat(SubsidyLaw.check(history, DATE)).isEmpty();
    }

    private static History unsignedTo(dev.conventio.party.Party beneficiary, String amount) {
        Person maire = Person.of(dev.conventio.party.Civility.MADAME, "Camille Martin");
        return History.of(Conventions.convention().addParties(Conventions.commune().build(), beneficiary)
                .addContributions(Conventions.subsidy(amount).build())
                .addSignatures(Signature.of("commune", maire, "la maire", Conventions.CONCLUDED),
                        Signature.unsigned("association", Person.of(dev.conventio.party.Civility.MONSIEUR, "Jean Dupont"),
                                "le président"))
                .build());
    }

    @Test
    void privateLawIsReadFromTheLegalFormAt23000And23000Point01() {
        // A party of kind OTHER, whose legal form says it is an association: of private law.
        dev.conventio.party.Party association = Conventions.association().kind(PartyKind.OTHER)
                .legalForm(LegalForm.ASSOCIATION_LOI_1901).build();
        assertThat(SubsidyLaw.check(unsignedTo(association, "23000.01"), DATE)).extracting(Violation::code,
                Violation::path).containsExactly(Tuple.tuple(LawCodes.CONVENTION_REQUIRED, "contributions[0]"));
        assertThat(SubsidyLaw.check(unsignedTo(association, "23000.00"), DATE)).isEmpty();
        // A party of kind ASSOCIATION whose legal form is a GCSMS, whose law the model does not know: never assumed private.
        dev.conventio.party.Party gcsms = Conventions.association().legalForm(LegalForm.GCSMS).build();
        assertThat(SubsidyLaw.check(unsignedTo(gcsms, "23000.01"), DATE)).isEmpty();
        dev.conventio.party.Party gip = Conventions.association().legalForm(LegalForm.GIP).build();
        assertThat(SubsidyLaw.requiresConvention(Money.of(CurrencyUnit.EUR, new BigDecimal("23000.01")), gip)).isFalse();
        assertThat(SubsidyLaw.requiresConvention(Money.of(CurrencyUnit.EUR, new BigDecimal("23000.01")),
                Conventions.association().kind(PartyKind.OTHER).legalForm(LegalForm.SAS).build())).isTrue();
    }

    @Test
    void statedPaymentConditionsDefineHowTheAidIsPaid() {
        History conditions = Conventions.history(Conventions.commune().build(), Conventions.association().build(),
                Conventions.subsidy("30000.00").schedule(List.of()).payment(PaymentConditions.other(
                        "sur présentation du bilan de l'action")).build());
        assertThat(SubsidyLaw.check(conditions, DATE)).isEmpty();
        History neither = Conventions.history(Conventions.commune().build(), Conventions.association().build(),
                Conventions.subsidy("23000.01").schedule(List.of()).build());
        assertThat(SubsidyLaw.check(neither, DATE)).extracting(Violation::code, Violation::path)
                .containsExactly(Tuple.tuple(LawCodes.PAYMENT_TERMS_REQUIRED, "contributions[0].schedule"));
    }

    private static History earmarked(dev.conventio.finance.FinancialContribution subsidy) {
        return Conventions.history(Conventions.commune().build(), Conventions.association().build(), subsidy);
    }

    @Test
    void anEarmarkedSubsidysFinancialReportIsDueSixMonthsAfterTheEndOfTheYearItFunds() {
        History history = earmarked(Conventions.subsidy("5000.00").nature(ContributionNature.EARMARKED_GRANT).build());
        LocalDate after = LocalDate.of(2021, 7, 1);
        assertThat(SubsidyLaw.financialReportDuties(List.of(history), after, duty -> false)).singleElement()
                .satisfies(duty -> {
                    assertThat(duty.kind()).isEqualTo(Duty.Kind.FINANCIAL_REPORT);
                    assertThat(duty.attribution()).isEqualTo("subvention-2020/2020");
                    assertThat(duty.dueOn()).isEqualTo(LocalDate.of(2021, 6, 30));
                    assertThat(duty.isLateOn(after)).isTrue();
                    assertThat(duty.isLateOn(LocalDate.of(2021, 6, 30))).isFalse();
                    assertThat(duty.legalSource()).isEqualTo("loi 2000-321 art. 10 al. 6");
                    assertThat(duty.toViolation().code()).isEqualTo(LawCodes.FINANCIAL_REPORT_LATE);
                    assertThat(duty.toViolation().path()).isEqualTo("contributions[0]");
                });
        assertThat(SubsidyLaw.financialReportDuties(List.of(history), after, duty -> true)).singleElement()
                .satisfies(duty -> assertThat(duty.isLateOn(after)).isFalse());
    }

    @Test
    void onlyEarmarkedSubsidiesToPrivateLawBodiesOweAFinancialReportForEachYear() {
        LocalDate after = LocalDate.of(2023, 7, 1);
        assertThat(SubsidyLaw.financialReportDuties(List.of(Conventions.history()), after, duty -> false)).isEmpty();
        History toACommune = Conventions.history(Conventions.commune().build(), Conventions.association()
                .kind(PartyKind.COMMUNE).build(), Conventions.subsidy("5000.00")
                .nature(ContributionNature.EARMARKED_GRANT).build());
        assertThat(SubsidyLaw.financialReportDuties(List.of(toACommune), after, duty -> false)).isEmpty();
        History twoYears = earmarked(Conventions.subsidy("5000.00").nature(ContributionNature.EARMARKED_GRANT)
                .amount(java.util.Optional.empty()).budget(dev.conventio.finance.BudgetPeriod.parse("2020-2021"))
                .schedule(List.of()).build());
        assertThat(SubsidyLaw.financialReportDuties(List.of(twoYears), after, duty -> false))
                .extracting(Duty::attribution, Duty::dueOn).containsExactly(
                        Tuple.tuple("subvention-2020/2020", LocalDate.of(2021, 6, 30)),
                        Tuple.tuple("subvention-2020/2021", LocalDate.of(2022, 6, 30)));
        assertThat(SubsidyLaw.financialReportDuties(List.of(earmarked(Conventions.subsidy("5000.00")
                .nature(ContributionNature.EARMARKED_GRANT).build())), Conventions.CONCLUDED.minusDays(1),
                duty -> false)).as("not signed by the date").isEmpty();
    }
}
