package dev.conventio.opendata.law;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.history.History;
import dev.conventio.opendata.Conventions;
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
}
