package dev.conventio.testkit;

import dev.conventio.convention.Convention;
import dev.conventio.date.PartialDate;
import dev.conventio.decision.Decision;
import dev.conventio.finance.AidFacts;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Instalment;
import dev.conventio.finance.PaymentConditions;
import dev.conventio.finance.StateAidBasis;
import dev.conventio.finance.YearlyAmount;
import dev.conventio.history.History;
import dev.conventio.party.LegalForm;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Rna;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Generators of subsidy conventions (conventions de subvention): a fictitious local authority grants
 * one subsidy to each of one to three fictitious associations or companies, as the law of subsidies
 * and its open data (SCDL « subventions ») see them.
 * <pre>{@code
 * History history = SubsidyGen.subsidyHistories().sample(42L, 10);
 * }</pre>
 *
 * <p>Every party is fictitious — its name says so, « (fictive) » — and has what the open data of
 * its subsidy need, drawn at random and valid: the grantor a SIRET and the legal form of a
 * collectivité territoriale or an EPCI; each association the legal form {@code association loi 1901}
 * and an RNA number, with a SIRET three times in four; each company the legal form of a SA, SAS or
 * SARL and a SIRET. Every SIRET has a Luhn check digit ({@link PartyGen#luhnSirets()}), never La
 * Poste's SIREN: no identifier is ever given to a real body on purpose. Each subsidy is a grant in
 * euros (for operating costs, or earmarked for a project, now and then), voted by a numbered
 * deliberation of the grantor's assembly some days before the convention is concluded, with its
 * State-aid basis (not a State aid, de minimis, exempted, or notified) and its payment conditions
 * (once, or in instalments). Three times in four it is charged to the year of conclusion and paid in
 * one to three instalments within that year; otherwise it is a three-year subsidy with an amount for
 * each year (the first firm, the others forecast), paid once a year. Every value is valid by
 * construction.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SubsidyGen {

    private static final List<String> GRANTORS = List.of("Commune de Val-Fictif", "Commune de Saint-Exemple",
            "Département de l'Imaginaire", "Communauté de communes du Pays-Témoin", "Région Hypothétique");
    private static final List<PartyKind> GRANTOR_KINDS = List.of(PartyKind.COMMUNE, PartyKind.COMMUNE,
            PartyKind.DEPARTEMENT, PartyKind.EPCI, PartyKind.REGION);
    private static final List<String> ASSEMBLIES = List.of("Conseil municipal", "Conseil municipal",
            "Commission permanente du conseil départemental", "Conseil communautaire",
            "Commission permanente du conseil régional");
    private static final List<String> BENEFICIARIES = List.of("Les Amis du Lavoir", "Club nautique de l'Étang",
            "Association « Lire, écrire, compter »", "Théâtre de la Halle", "Ateliers \"Bois et Fer\"",
            "Maison des jeunes et de la culture", "Épicerie solidaire du Quartier", "Compagnie de danse Élan");
    private static final List<String> OBJECTS = List.of("Fonctionnement de l'association", "Festival d'été",
            "Accompagnement scolaire", "Saison culturelle", "Insertion par l'activité économique",
            "Aide alimentaire, vestiaire et accueil");
    private static final List<LegalForm> COMPANY_FORMS = List.of(LegalForm.SA, LegalForm.SAS, LegalForm.SARL);

    private SubsidyGen() {
    }

    /**
     * Obtains a generator of subsidy conventions: one grantor and one to three beneficiaries, each
     * with its subsidy from 1 000.00 € to 150 000.00 € (a year, for a three-year one), so that some
     * are above the 23 000 € of the law and some not.
     *
     * @return the generator, never null
     */
    public static Gen<Convention> subsidyConventions() {
        return SubsidyGen::convention;
    }

    /**
     * Obtains a generator of the histories of subsidy conventions, without amendments.
     *
     * @return the generator, never null
     */
    public static Gen<History> subsidyHistories() {
        return subsidyConventions().map(History::of);
    }

    private static Convention convention(RandomGenerator random, int size) {
        LocalDate concludedOn = Dates.between(random, LocalDate.of(2018, 1, 1), LocalDate.of(2024, 6, 30));
        int grantor = random.nextInt(GRANTORS.size());
        PartyKind grantorKind = GRANTOR_KINDS.get(grantor);
        Party authority = Party.builder().id("attribuant").name(GRANTORS.get(grantor) + " (fictive)")
                .kind(grantorKind).legalForm(grantorKind == PartyKind.EPCI ? LegalForm.EPCI
                        : LegalForm.COLLECTIVITE_TERRITORIALE)
                .siret(PartyGen.luhnSirets().generate(random, size)).build();
        int count = 1 + random.nextInt(3);
        List<Party> parties = new ArrayList<>(List.of(authority));
        List<FinancialContribution> subsidies = new ArrayList<>();
        int first = random.nextInt(BENEFICIARIES.size());
        for (int i = 0; i < count; i++) {
            Party beneficiary = beneficiary(random, size, "beneficiaire-" + (i + 1),
                    BENEFICIARIES.get((first + i) % BENEFICIARIES.size()) + " (fictive)");
            parties.add(beneficiary);
            subsidies.add(subsidy(random, concludedOn, beneficiary, i + 1, ASSEMBLIES.get(grantor)));
        }
        return Convention.builder()
                .reference("SUB-" + concludedOn.getYear() + "-" + String.format("%04d", random.nextInt(10_000)))
                .object(OBJECTS.get(random.nextInt(OBJECTS.size())) + " en " + concludedOn.getYear())
                .concludedOn(concludedOn).addAllParties(parties).addAllContributions(subsidies).build();
    }

    /** An association (loi 1901, RNA number, a SIRET three times in four) or, one time in five, a company. */
    private static Party beneficiary(RandomGenerator random, int size, String id, String name) {
        Party.Builder party = Party.builder().id(id).name(name);
        if (random.nextInt(5) == 0) {
            return party.kind(PartyKind.COMPANY).legalForm(COMPANY_FORMS.get(random.nextInt(COMPANY_FORMS.size())))
                    .siret(PartyGen.luhnSirets().generate(random, size)).build();
        }
        party.kind(PartyKind.ASSOCIATION).legalForm(LegalForm.ASSOCIATION_LOI_1901)
                .rna(Rna.parse(String.format("W%09d", random.nextInt(1_000_000_000))));
        if (random.nextInt(4) != 0) {
            party.siret(PartyGen.luhnSirets().generate(random, size));
        }
        return party.build();
    }

    private static FinancialContribution subsidy(RandomGenerator random, LocalDate concludedOn, Party beneficiary,
            int number, String assembly) {
        FinancialContribution.Builder subsidy = FinancialContribution.builder().id("subvention-" + number)
                .contributor("attribuant").beneficiary(beneficiary.id())
                .grantingDecision(Decision.deliberation(assembly, concludedOn.getYear() + "-DEL-"
                        + String.format("%03d", 1 + random.nextInt(999)),
                        PartialDate.of(concludedOn.minusDays(5 + random.nextInt(56)))))
                .aid(aidFacts(random, beneficiary));
        if (random.nextInt(4) == 0) {
            return multiYear(random, concludedOn, subsidy);
        }
        long cents = random.nextLong(1_000_00L, 150_000_01L);
        Money amount = Money.ofMinor(CurrencyUnit.EUR, cents);
        int instalments = 1 + random.nextInt(3);
        List<Instalment> schedule = new ArrayList<>();
        Money paid = Money.zero(CurrencyUnit.EUR);
        LocalDate day = concludedOn;
        for (int i = 1; i <= instalments; i++) {
            Money part = i == instalments ? amount.minus(paid) : Money.ofMinor(CurrencyUnit.EUR, cents / instalments);
            LocalDate end = LocalDate.of(concludedOn.getYear(), 12, 31);
            day = Dates.between(random, day, day.plusDays((end.toEpochDay() - day.toEpochDay()) / (instalments - i + 1)));
            schedule.add(Instalment.of(day, part));
            paid = paid.plus(part);
        }
        boolean earmarked = random.nextInt(5) == 0;
        return subsidy.amount(amount).budget(BudgetPeriod.ofYear(concludedOn.getYear()))
                .nature(earmarked ? ContributionNature.EARMARKED_GRANT : ContributionNature.GRANT)
                .payment(instalments == 1 ? PaymentConditions.single() : PaymentConditions.inInstalments())
                .addAllSchedule(schedule).build();
    }

    /** A three-year operating subsidy, one amount a year (the first firm), paid once a year. */
    private static FinancialContribution multiYear(RandomGenerator random, LocalDate concludedOn,
            FinancialContribution.Builder subsidy) {
        int year = concludedOn.getYear();
        List<YearlyAmount> amounts = new ArrayList<>();
        List<Instalment> schedule = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Money amount = Money.ofMinor(CurrencyUnit.EUR, random.nextLong(1_000_00L, 150_000_01L));
            amounts.add(i == 0 ? YearlyAmount.firm(Year.of(year + i), amount)
                    : YearlyAmount.forecast(Year.of(year + i), amount));
            LocalDate day = i == 0 ? Dates.between(random, concludedOn, LocalDate.of(year, 12, 31))
                    : Dates.between(random, LocalDate.of(year + i, 1, 15), LocalDate.of(year + i, 6, 30));
            schedule.add(Instalment.of(day, amount));
        }
        return subsidy.budget(BudgetPeriod.of(Year.of(year), Year.of(year + 2))).addAllYearlyAmounts(amounts)
                .nature(ContributionNature.OPERATING_GRANT).payment(PaymentConditions.inInstalments())
                .addAllSchedule(schedule).build();
    }

    /**
     * The aid's facts: a company's is de minimis, exempted or notified, with its RAE number now and
     * then; an association's most often no State aid, else de minimis.
     */
    private static AidFacts aidFacts(RandomGenerator random, Party beneficiary) {
        AidFacts.Builder aid = AidFacts.builder();
        if (beneficiary.kind() == PartyKind.COMPANY) {
            int draw = random.nextInt(6);
            aid.basis(draw < 4 ? StateAidBasis.DE_MINIMIS : draw == 4 ? StateAidBasis.EXEMPTED : StateAidBasis.NOTIFIED);
            if (random.nextInt(3) == 0) {
                aid.raeNumber(String.valueOf(1 + random.nextInt(99_999)));
            }
        } else {
            aid.basis(random.nextInt(4) == 0 ? StateAidBasis.DE_MINIMIS : StateAidBasis.NOT_STATE_AID);
        }
        return aid.build();
    }
}
