package dev.conventio.convention;

import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.work.Phase;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** A small valid convention to mutate in tests. */
public final class ConventionFixtures {

    /** The date the fixture convention was concluded. */
    public static final LocalDate CONCLUDED = LocalDate.of(2017, 11, 22);

    private ConventionFixtures() {
    }

    /** The Métropole party. */
    public static Party metropole() {
        return Party.builder().id("metropole-amp").name("Métropole Aix-Marseille-Provence").kind(PartyKind.METROPOLE)
                .build();
    }

    /** The GIP party. */
    public static Party gip() {
        return Party.builder().id("gip-crpv-paca").name("GIP CRPV PACA").kind(PartyKind.GIP).build();
    }

    /** The prefecture, a participant in the examples and never a party. */
    public static Party prefecture() {
        return Party.builder().id("prefecture").name("Préfecture de région").kind(PartyKind.ETAT).build();
    }

    /** A contribution from the Métropole to the GIP. */
    public static FinancialContribution contribution(String id, long euros) {
        return FinancialContribution.builder().id(id).contributor("metropole-amp").beneficiary("gip-crpv-paca")
                .amount(Money.of(CurrencyUnit.EUR, euros)).budget(BudgetPeriod.ofYear(2020)).build();
    }

    /** A builder holding a valid convention with two parties, three phases and one contribution. */
    public static Convention.Builder convention() {
        return Convention.builder()
                .reference("DEVT 013-2609/17/BM")
                .object("Évaluation des Contrats de Ville 2015-2020")
                .addParties(metropole(), gip())
                .concludedOn(CONCLUDED)
                .addPhases(Phase.of(1, "Mi-parcours"), Phase.of(2, "Référentiel"), Phase.of(3, "Évaluation finale"))
                .addContributions(contribution("participation-2018", 50_000));
    }
}
