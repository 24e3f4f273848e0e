package dev.conventio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Instalment;
import dev.conventio.finance.InstalmentCondition;
import dev.conventio.finance.PaymentEvent;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.governance.SteeringCommittee;
import dev.conventio.history.History;
import dev.conventio.party.Civility;
import dev.conventio.party.Mandate;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Person;
import dev.conventio.party.Representative;
import dev.conventio.party.Siren;
import dev.conventio.party.Siret;
import dev.conventio.term.Renewal;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.text.Paragraph;
import dev.conventio.text.Table;
import dev.conventio.text.Text;
import dev.conventio.work.Orientation;
import dev.conventio.work.Phase;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The consolidated text, every section in its order, each line as it is printed; amounts group their
 * thousands with a narrow no-break space and keep the euro sign with a no-break space.
 */
class ConsolidatedTextTest {

    private static Convention convention() {
        return Convention.builder()
                .reference("DEVT 013")
                .object("Évaluation des contrats de ville")
                .addParties(Party.builder().id("metropole").name("Métropole Aix-Marseille-Provence")
                                .kind(PartyKind.METROPOLE).siren(Siren.parse("200054807"))
                                .siret(Siret.parse("20005480700017"))
                                .representative(Representative.of(Person.of(Civility.MADAME, "Arlette Fructus"),
                                        "Vice-Présidente"))
                                .mandate(Mandate.of("Conseil de la Métropole", "URB 001-2017/CM", LocalDate.of(2017, 10, 19)))
                                .build(),
                        Party.builder().id("gip").name("GIP CRPV PACA").kind(PartyKind.GIP)
                                .representative(Representative.orDelegate(Person.of("Mustapha Berra"), "Directeur"))
                                .build())
                .concludedOn(LocalDate.of(2017, 11, 22))
                .addPhases(Phase.builder().number(1).title("Évaluation à mi-parcours").description("Un an")
                                .addOrientations(Orientation.of(1, "Référentiel", "Partagé"), Orientation.of(2, "Suivi"))
                                .build(),
                        Phase.of(2, "Évaluation finale"))
                .addContributions(FinancialContribution.builder().id("phase-1").contributor("metropole")
                        .beneficiary("gip").amount(Money.parse("EUR 50000")).budget(BudgetPeriod.ofYear(2018))
                        .purpose("La première phase")
                        .addSchedule(Instalment.of(LocalDate.of(2018, 3, 1), Money.parse("EUR 20000")),
                                Instalment.on(InstalmentCondition.of(PaymentEvent.SIGNATURE), Money.parse("EUR 30000")))
                        .build())
                .steeringCommittee(SteeringCommittee.builder().name("Comité de pilotage").mission("suivre l'évaluation")
                        .addMembers("metropole", "gip").build())
                .addDecisions(CommitteeDecision.of(LocalDate.of(2018, 6, 1), "Validation de la phase 1", 1),
                        CommitteeDecision.of(LocalDate.of(2018, 9, 1), "Point d'étape"))
                .term(Term.of(StartRule.onDate(LocalDate.of(2018, 1, 1)), TermEnd.on(LocalDate.of(2020, 12, 31)),
                        Renewal.of(Period.ofYears(1), 2, true)))
                .addArticles(Article.of("1", "Objet", Text.of(Paragraph.of("La convention a pour objet l'évaluation."),
                                Table.of("Tableau 1", List.of(List.of("Phase", "Montant"))))),
                        Article.of("2", Text.partial(List.of(Paragraph.unknown()))))
                .build();
    }

    @Test
    void everySectionIsPrintedWithTheProvenanceOfEachElement() {
        History history = History.of(convention(), List.of(UnrecordedAmendment.of(1, "connu par l'avenant n° 2")));
        String text = ConsolidatedText.render(history.asOf(LocalDate.of(2019, 1, 1)));
        assertThat(text).isEqualTo(String.join("\n",
                "Convention DEVT 013 conclue le 22 novembre 2017",
                "Version consolidée au 1er janvier 2019",
                "Avenants en vigueur : aucun",
                "Attention : l'avenant n° 1 n'est pas enregistré et peut être en vigueur ; cette version peut être"
                        + " incomplète (connu par l'avenant n° 2).",
                "",
                "Objet",
                "  Évaluation des contrats de ville [convention initiale]",
                "",
                "Parties",
                "  - Métropole Aix-Marseille-Provence (métropole, SIREN 200054807, SIRET 20005480700017), représentée par"
                        + " Mme Arlette Fructus,"
                        + " Vice-Présidente, dûment habilitée par délibération n° URB 001-2017/CM (Conseil de la"
                        + " Métropole) du 19 octobre 2017 [convention initiale]",
                "  - GIP CRPV PACA (groupement d'intérêt public), représentée par Mustapha Berra, Directeur, ou son"
                        + " représentant [convention initiale]",
                "",
                "Phases",
                "  Phase 1 : Évaluation à mi-parcours — prévue [convention initiale]",
                "    Un an",
                "    Orientations :",
                "      1. Référentiel [convention initiale]",
                "         Justification : Partagé",
                "      2. Suivi [convention initiale]",
                "  Phase 2 : Évaluation finale — prévue [convention initiale]",
                "",
                "Contributions",
                "  - Participation financière « phase-1 » de Métropole Aix-Marseille-Provence à GIP CRPV PACA :"
                        + " 50\u202f000,00\u00a0€, exercice 2018 [convention initiale]",
                "    Objet : La première phase",
                "    Échéance du 1er mars 2018 : 20\u202f000,00\u00a0€",
                "    Échéance sous condition : 30\u202f000,00\u00a0€",
                "  Total engagé : 50\u202f000,00\u00a0€",
                "",
                "Pilotage",
                "  Comité de pilotage : suivre l'évaluation [convention initiale]",
                "    Membres : metropole, gip",
                "",
                "Décisions du comité",
                "  - 1er juin 2018 : Validation de la phase 1 (phases validées : 1) [convention initiale]",
                "  - 1er septembre 2018 : Point d'étape [convention initiale]",
                "",
                "Durée",
                "  Prise d'effet le 1er janvier 2018 ; terme le 31 décembre 2020 ; renouvelable par tacite reconduction"
                        + " pour 1 an, 2 fois au plus [convention initiale]",
                "",
                "Articles",
                "  Article 1 — Objet [convention initiale, article 1]",
                "    La convention a pour objet l'évaluation.",
                "    [Tableau 1]",
                "  Article 2 [convention initiale, article 2]",
                "    [alinéa dont le texte n'est pas enregistré]",
                "    [la suite du texte n'est pas enregistrée]") + "\n");
    }

    @Test
    void eachStartEndAndRenewalHasItsWords() {
        assertThat(duration(Term.of(StartRule.onSignatureByAllParties(), TermEnd.after(Period.ofYears(3)),
                Renewal.of(Period.ofYears(1), 1, false)))).isEqualTo("  Prise d'effet à la signature par toutes les"
                + " parties ; durée de 3 ans ; renouvelable expressément pour 1 an, 1 fois au plus [convention initiale]");
        assertThat(duration(Term.of(StartRule.notifiedOn(LocalDate.of(2018, 2, 1)))))
                .isEqualTo("  Prise d'effet à la notification, faite le 1er février 2018 ; sans terme [convention initiale]");
        assertThat(duration(Term.of(StartRule.onNotification())))
                .isEqualTo("  Prise d'effet à la notification ; sans terme [convention initiale]");
    }

    /** The line under « Durée » of the convention with another term. */
    private static String duration(Term term) {
        String text = ConsolidatedText.render(History.of(convention().toBuilder().term(term).build())
                .asOf(LocalDate.of(2018, 6, 1)));
        List<String> lines = text.lines().toList();
        return lines.get(lines.indexOf("Durée") + 1);
    }

    @Test
    void withoutPartsTheirSectionsAreLeftOutAndAmountsInTwoCurrenciesAreNotAdded() {
        Convention bare = convention().toBuilder().phases(List.of()).decisions(List.of()).articles(List.of())
                .steeringCommittee(java.util.Optional.empty()).term(java.util.Optional.empty())
                .addContributions(FinancialContribution.builder().id("chf").contributor("metropole").beneficiary("gip")
                        .amount(Money.parse("CHF 100")).build())
                .build();
        String text = ConsolidatedText.render(History.of(bare).asOf(LocalDate.of(2018, 6, 1)));
        assertThat(text).doesNotContain("\nPhases\n", "\nPilotage\n", "\nDécisions du comité\n", "\nDurée\n",
                "\nArticles\n").contains("\nContributions\n")
                .contains("  Total engagé : non calculé, les montants sont en plusieurs devises\n")
                .contains("Avenants en vigueur : aucun\n").doesNotContain("Attention");
    }
}
