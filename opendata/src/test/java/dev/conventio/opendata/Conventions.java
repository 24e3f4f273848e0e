package dev.conventio.opendata;

import dev.conventio.convention.Convention;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Instalment;
import dev.conventio.history.History;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Siret;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** A fictitious annual subsidy convention between a commune and an association, to vary in tests. */
public final class Conventions {

    /** The day the convention is concluded. */
    public static final LocalDate CONCLUDED = LocalDate.of(2020, 3, 2);

    private Conventions() {
    }

    /** The commune, with a SIRET. */
    public static Party.Builder commune() {
        return Party.builder().id("commune").name("Commune de Trifouillis").kind(PartyKind.COMMUNE)
                .siret(Siret.parse(Samples.SIRET_A));
    }

    /** The association, with a SIRET. */
    public static Party.Builder association() {
        return Party.builder().id("association").name("Les Amis du Lavoir").kind(PartyKind.ASSOCIATION)
                .siret(Siret.parse(Samples.SIRET_B));
    }

    /** The subsidy for 2020, paid in two instalments. */
    public static FinancialContribution.Builder subsidy(String amount) {
        Money money = Money.of(CurrencyUnit.EUR, new java.math.BigDecimal(amount));
        Money half = money.dividedBy(2, java.math.RoundingMode.DOWN);
        return FinancialContribution.builder().id("subvention-2020").contributor("commune").beneficiary("association")
                .amount(money).budget(BudgetPeriod.ofYear(2020)).nature(ContributionNature.GRANT)
                .addSchedule(Instalment.of(LocalDate.of(2020, 4, 1), half),
                        Instalment.of(LocalDate.of(2020, 10, 1), money.minus(half)));
    }

    /** The convention, to finish with its parties and contributions. */
    public static Convention.Builder convention() {
        return Convention.builder().reference("SUB-2020-001").object("Fonctionnement de l'association en 2020")
                .concludedOn(CONCLUDED);
    }

    /** The whole convention as a history, with the given contribution. */
    public static History history(Party commune, Party association, FinancialContribution subsidy) {
        return History.of(convention().addParties(commune, association).addContributions(subsidy).build());
    }

    /** The convention as it should be. */
    public static History history() {
        return history(commune().build(), association().build(), subsidy("30000.00").build());
    }
}
