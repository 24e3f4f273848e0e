package dev.conventio.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.conventio.convention.Convention;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import dev.conventio.validation.ViolationCode;
import dev.conventio.work.Phase;
import java.io.IOException;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Keeps the README honest: its code table and its usage snippet. */
class ReadmeTest {

    @Test
    void theDocsListEveryViolationCode() throws IOException {
        String readme = Docs.page("codes.md");
        for (ViolationCode code : ViolationCode.values()) {
            assertThat(readme).as(code.name()).contains("| `" + code.code() + "` |");
        }
    }

    @Test
    void theUsageSnippetDoesWhatItSays() throws IOException {
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
        assertThat(convention.phases()).hasSize(2);
        ValidationException thrown = catchThrowableOfType(ValidationException.class, () ->
                FinancialContribution.builder().id("participation-2020").contributor("metropole-amp")
                        .beneficiary("metropole-amp").amount(Money.of(CurrencyUnit.EUR, 0))
                        .budget(BudgetPeriod.ofYear(2020)).build());
        assertThat(thrown.violations()).extracting(v -> v.code().code() + " at " + v.path()).containsExactly(
                "contribution.amount.not-positive at amount", "contribution.beneficiary.is-contributor at beneficiary");
        assertThat(Docs.readme()).contains("// contribution.amount.not-positive at amount, "
                + "contribution.beneficiary.is-contributor at beneficiary");
        assertThat(thrown.violations()).extracting(Violation::message).allMatch(m -> !m.isBlank());
    }
}
