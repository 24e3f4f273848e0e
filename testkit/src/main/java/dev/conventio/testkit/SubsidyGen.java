package dev.conventio.testkit;

import dev.conventio.convention.Convention;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Instalment;
import dev.conventio.history.History;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Generators of subsidy conventions (conventions de subvention): a fictitious local authority grants
 * one subsidy a year to each of one to three fictitious associations or companies, as the law of
 * subsidies and its open data (SCDL « subventions ») see them.
 * <pre>{@code
 * History history = SubsidyGen.subsidyHistories().sample(42L, 10);
 * }</pre>
 *
 * <p>Every party is fictitious — its name says so, « (fictive) » — and has a valid SIRET, drawn
 * at random: no identifier is ever given to a real body. Each subsidy is a grant in euros charged
 * to the year of conclusion, paid in one to three instalments within that year. Every value is
 * valid by construction.
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
    private static final List<String> BENEFICIARIES = List.of("Les Amis du Lavoir", "Club nautique de l'Étang",
            "Association « Lire, écrire, compter »", "Théâtre de la Halle", "Ateliers \"Bois et Fer\"",
            "Maison des jeunes et de la culture", "Épicerie solidaire du Quartier", "Compagnie de danse Élan");
    private static final List<String> OBJECTS = List.of("Fonctionnement de l'association", "Festival d'été",
            "Accompagnement scolaire", "Saison culturelle", "Insertion par l'activité économique",
            "Aide alimentaire, vestiaire et accueil");

    private SubsidyGen() {
    }

    /**
     * Obtains a generator of subsidy conventions: one grantor and one to three beneficiaries, each
     * with its subsidy from 1 000.00 € to 150 000.00 €, so that some are above the 23 000 € of the
     * law and some not.
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
        Party authority = Party.builder().id("attribuant").name(GRANTORS.get(grantor) + " (fictive)")
                .kind(GRANTOR_KINDS.get(grantor)).siret(PartyGen.sirets().generate(random, size)).build();
        int count = 1 + random.nextInt(3);
        List<Party> parties = new ArrayList<>(List.of(authority));
        List<FinancialContribution> subsidies = new ArrayList<>();
        int first = random.nextInt(BENEFICIARIES.size());
        for (int i = 0; i < count; i++) {
            String name = BENEFICIARIES.get((first + i) % BENEFICIARIES.size());
            Party beneficiary = Party.builder().id("beneficiaire-" + (i + 1)).name(name + " (fictive)")
                    .kind(random.nextInt(5) == 0 ? PartyKind.COMPANY : PartyKind.ASSOCIATION)
                    .siret(PartyGen.sirets().generate(random, size)).build();
            parties.add(beneficiary);
            subsidies.add(subsidy(random, concludedOn, beneficiary.id(), i + 1));
        }
        return Convention.builder()
                .reference("SUB-" + concludedOn.getYear() + "-" + String.format("%04d", random.nextInt(10_000)))
                .object(OBJECTS.get(random.nextInt(OBJECTS.size())) + " en " + concludedOn.getYear())
                .concludedOn(concludedOn).addAllParties(parties).addAllContributions(subsidies).build();
    }

    private static FinancialContribution subsidy(RandomGenerator random, LocalDate concludedOn, String beneficiary,
            int number) {
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
        return FinancialContribution.builder().id("subvention-" + number).contributor("attribuant")
                .beneficiary(beneficiary).amount(amount).budget(BudgetPeriod.ofYear(concludedOn.getYear()))
                .nature(ContributionNature.GRANT).addAllSchedule(schedule).build();
    }
}
