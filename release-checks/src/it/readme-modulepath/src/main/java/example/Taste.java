package example;

import dev.conventio.convention.Convention;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.History;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.JsonDocument;
import dev.conventio.validation.ValidationException;
import dev.conventio.work.Phase;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The README's "A taste", as a user copies it. ReadmeTasteTest (release-checks) fails when the two
 * differ, so that what is compiled here is what the README shows.
 */
public final class Taste {

    private Taste() {
    }

    /**
     * Runs the example.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        // ---- README: A taste ----
        Party metropole = Party.builder().id("metropole-amp").name("Métropole Aix-Marseille-Provence")
                .kind(PartyKind.METROPOLE).build();
        Party gip = Party.builder().id("gip-crpv-paca").name("GIP CRPV PACA").kind(PartyKind.GIP).build();
        Convention convention = Convention.builder()
                .reference("DEVT 013-2609/17/BM")
                .object("Réalisation de l'évaluation des Contrats de Ville 2015-2020")
                .addParties(metropole, gip)
                .concludedOn(LocalDate.of(2017, 11, 22))
                .addPhases(Phase.of(1, "Évaluation à mi-parcours"), Phase.of(2, "Exploitation du référentiel"))
                .build();
        try {
            FinancialContribution.builder().id("participation-2020").contributor("metropole-amp")
                    .beneficiary("metropole-amp").amount(Money.of(CurrencyUnit.EUR, 0)).budget(BudgetPeriod.ofYear(2020)).build();
        } catch (ValidationException e) {
            e.violations().forEach(v -> System.out.println(v.code().id() + " at " + v.path() + ": " + v.message()));
        }   // contribution.amount.not-positive at amount, contribution.beneficiary.is-contributor at beneficiary

        History history = History.of(convention);                       // then history.add(avenant), …
        ConsolidatedConvention mid2020 = history.asOf(LocalDate.of(2020, 6, 30));
        String json = ConventioJson.pretty().write(JsonDocument.HISTORY, history);
        // ---- end ----
        System.out.println(mid2020.date() + ": " + json.length() + " characters of JSON");
    }
}
