package dev.conventio.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.conventio.convention.Convention;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.validation.CodeCatalog;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import dev.conventio.validation.ViolationCode;
import dev.conventio.work.Phase;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Keeps the README honest: its code table and its usage snippet. */
class ReadmeTest {

    @Test
    void theDocsListEveryViolationCodeWithItsKindAndNoOther() throws IOException {
        String docs = Docs.page("codes.md");
        Set<String> installed = new HashSet<>();
        for (CodeCatalog catalog : CodeCatalog.installed()) {
            if (!catalog.name().startsWith("conventio-")) {
                continue;   // the application's own codes, such as this module's test catalog
            }
            for (ViolationCode code : catalog.codes()) {
                installed.add(code.id());
                assertThat(docs).as(code.id()).contains("| `" + code.id() + "` | "
                        + code.kind().name().toLowerCase(Locale.ROOT) + " |");
            }
        }
        String violations = docs.substring(docs.indexOf("## Violation codes"), docs.indexOf("## Rejection codes"));
        Matcher row = Pattern.compile("^\\| `([a-z0-9.-]+)` \\|", Pattern.MULTILINE).matcher(violations);
        Set<String> listed = new HashSet<>();
        while (row.find()) {
            listed.add(row.group(1));
        }
        assertThat(listed).isEqualTo(installed);
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
        assertThat(thrown.violations()).extracting(v -> v.code().id() + " at " + v.path()).containsExactly(
                "contribution.amount.not-positive at amount", "contribution.beneficiary.is-contributor at beneficiary");
        assertThat(Docs.readme()).contains("// contribution.amount.not-positive at amount, "
                + "contribution.beneficiary.is-contributor at beneficiary");
        assertThat(thrown.violations()).extracting(Violation::message).allMatch(m -> !m.isBlank());
    }
}
