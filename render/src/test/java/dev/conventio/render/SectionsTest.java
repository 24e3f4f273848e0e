package dev.conventio.render;

import static dev.conventio.render.ConsolidatedHtmlTest.element;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.amendment.Amendment;
import dev.conventio.change.ReplaceContribution;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.Firmness;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Instalment;
import dev.conventio.finance.YearlyAmount;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.governance.SteeringCommittee;
import dev.conventio.history.History;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Person;
import dev.conventio.signature.Signature;
import dev.conventio.term.Renewal;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.work.Orientation;
import dev.conventio.work.Phase;
import dev.conventio.work.PhaseStatus;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The typed sections of the page: phases, money, the committee and its decisions, the term. */
class SectionsTest {

    private static final LocalDate CONCLUDED = LocalDate.of(2020, 3, 2);

    private static Money eur(long euros) {
        return Money.of(CurrencyUnit.EUR, euros);
    }

    private static FinancialContribution participation(long euros) {
        return FinancialContribution.builder().id("participation").contributor("metropole").beneficiary("gip")
                .amount(eur(euros)).budget(BudgetPeriod.ofYear(2020)).purpose("frais d'études")
                .schedule(List.of(Instalment.of(LocalDate.of(2020, 4, 1), eur(euros / 2)),
                        Instalment.of(LocalDate.of(2020, 9, 1), eur(euros - euros / 2))))
                .build();
    }

    private static Convention.Builder base() {
        return Convention.builder().reference("CONV-2020-1").object("Évaluation")
                .addParty(Party.builder().id("metropole").name("Métropole Exemple").kind(PartyKind.METROPOLE).build())
                .addParty(Party.builder().id("gip").name("GIP Exemple").kind(PartyKind.GIP).build())
                .concludedOn(CONCLUDED)
                .addArticle(Article.numbered("2"));
    }

    private static Convention complete() {
        return base()
                .addPhases(Phase.builder().number(1).title("Diagnostic").status(PhaseStatus.IN_PROGRESS)
                                .description("Un diagnostic partagé")
                                .addOrientations(Orientation.of(1, "Enquête", "l'évaluation de 2019"),
                                        Orientation.of(2, "Synthèse")).build(),
                        Phase.of(2, "Évaluation"))
                .addContribution(participation(50_000))
                .addContribution(FinancialContribution.builder().id("reliquat").contributor("metropole")
                        .beneficiary("gip").nature(ContributionNature.GRANT).build())
                .addContribution(FinancialContribution.builder().id("pluriannuelle").contributor("metropole")
                        .beneficiary("gip").budget(BudgetPeriod.of(Year.of(2021), Year.of(2022)))
                        .yearlyAmounts(List.of(YearlyAmount.firm(Year.of(2021), eur(10_000)),
                                YearlyAmount.unknown(Year.of(2022), Firmness.FORECAST)))
                        .build())
                .steeringCommittee(SteeringCommittee.builder().name("Comité de pilotage").mission("suivre l'évaluation")
                        .members(List.of("metropole", "gip")).build())
                .addDecisions(CommitteeDecision.of(LocalDate.of(2020, 6, 15), "validation du diagnostic", 1))
                .term(Term.of(StartRule.onDate(CONCLUDED), TermEnd.after(Period.ofYears(2)),
                        Renewal.of(Period.ofYears(1), 2, true)))
                .build();
    }

    private static String page(Convention convention, LocalDate on) {
        return ConsolidatedHtml.render(History.of(convention), on);
    }

    @Test
    void phasesWithTheirStatusDescriptionAndOrientations() {
        String phases = element(page(complete(), CONCLUDED), "phases", "section");
        assertThat(phases).contains("<h2>Phases</h2>",
                "id=\"phase-1\">Phase 1 : Diagnostic — " + FrenchLabels.of(PhaseStatus.IN_PROGRESS),
                "<p>Un diagnostic partagé</p>", "id=\"orientations-phase-1\"", "Étapes de travail :",
                "<li>Enquête, justifié par : l'évaluation de 2019</li>", "<li>Synthèse</li>",
                "id=\"phase-2\">Phase 2 : Évaluation — " + FrenchLabels.of(PhaseStatus.PLANNED))
                .doesNotContain("orientations-phase-2", "annotation");
    }

    @Test
    void moneyWithItsAmountBudgetPurposeScheduleAndYears() {
        String money = element(page(complete(), CONCLUDED), "financement", "section");
        String nature = FrenchLabels.of(ContributionNature.FINANCIAL_PARTICIPATION);
        assertThat(money).contains("<h2>Conditions financières</h2>",
                "id=\"contribution-participation\">" + Character.toUpperCase(nature.charAt(0)) + nature.substring(1)
                        + " de Métropole Exemple à GIP Exemple : " + FrenchLabels.of(eur(50_000))
                        + " pour l'exercice 2020 (frais d'études)",
                "<li>Échéance du " + FrenchLabels.of(LocalDate.of(2020, 4, 1)) + " : " + FrenchLabels.of(eur(25_000))
                        + "</li>",
                "id=\"contribution-reliquat\">", "GIP Exemple : montant non connu</li>",
                "id=\"contribution-pluriannuelle\">", "pour les exercices 2021-2022",
                "<li>Exercice 2021 : " + FrenchLabels.of(eur(10_000)) + "</li>",
                "<li>Exercice 2022 : montant non connu (prévisionnel)</li>")
                .doesNotContain("annotation");
    }

    @Test
    void theCommitteeItsMembersAndItsDecisions() {
        String page = page(complete(), LocalDate.of(2020, 7, 1));
        assertThat(element(page, "pilotage", "section")).contains("<h2>Instance de pilotage</h2>",
                "id=\"comite\">Comité de pilotage : suivre l'évaluation. Membres : Métropole Exemple, GIP Exemple");
        assertThat(element(page, "decisions", "section")).contains("<h2>Décisions du comité</h2>",
                FrenchLabels.of(LocalDate.of(2020, 6, 15)) + " : validation du diagnostic (phases validées : 1)");
    }

    @Test
    void theTermItsStartItsDurationAndItsRenewal() {
        assertThat(element(page(complete(), CONCLUDED), "duree", "section")).contains("<h2>Durée</h2>",
                "Prise d'effet le " + FrenchLabels.of(CONCLUDED) + " ; durée de " + FrenchLabels.of(Period.ofYears(2))
                        + " ; renouvelable par tacite reconduction pour " + FrenchLabels.of(Period.ofYears(1))
                        + ", 2 fois au plus")
                .doesNotContain("inconnu");
        Convention onNotification = base().term(Term.of(StartRule.onNotification(), TermEnd.on(LocalDate.of(2022, 12, 31)),
                Renewal.of(Period.ofYears(1), 1, false))).build();
        assertThat(element(page(onNotification, CONCLUDED), "duree", "section")).contains(
                "Prise d'effet à la notification ; terme le " + FrenchLabels.of(LocalDate.of(2022, 12, 31))
                        + " ; renouvelable expressément pour");
        Convention withoutEnd = base().term(Term.of(StartRule.onSignatureByAllParties())).build();
        assertThat(element(page(withoutEnd, CONCLUDED), "duree", "section"))
                .contains("Prise d'effet à la signature par toutes les parties ; sans terme");
    }

    @Test
    void aConventionWithoutPhasesMoneyOrCommitteeHasNoSuchSectionAndItsTermIsUnknown() {
        String page = page(base().build(), CONCLUDED);
        assertThat(page).doesNotContain("id=\"phases\"", "id=\"financement\"", "id=\"pilotage\"", "id=\"decisions\"");
        assertThat(element(page, "duree", "section")).contains("[La durée de la convention n'est pas enregistrée]");
    }

    @Test
    void eachSectionAnAvenantChangedSaysWhichAvenantChangedIt() {
        Amendment avenant = Amendment.builder().number(1).addArticle(Article.numbered("2"))
                .term(Term.of(StartRule.onSignatureByAllParties()))
                .addSignatures(Signature.of("metropole", Person.of("Claire Exemple"), "la présidente", LocalDate.of(2021, 1, 4)),
                        Signature.of("gip", Person.of("Paul Exemple"), "le directeur", LocalDate.of(2021, 1, 5)))
                .addChanges(dev.conventio.change.ReplacePhase.of("2", Phase.of(2, "Évaluation finale")),
                        dev.conventio.change.SetOrientations.of("2", 1, List.of(Orientation.of(1, "Entretiens"))),
                        dev.conventio.change.SetGovernance.of("2", SteeringCommittee.builder().name("Comité technique")
                                .members(List.of("gip")).build()),
                        dev.conventio.change.RecordDecision.of("2", CommitteeDecision.of(LocalDate.of(2020, 12, 1),
                                "présentation des résultats")),
                        dev.conventio.change.SetTerm.of("2", Term.of(StartRule.onDate(CONCLUDED),
                                TermEnd.on(LocalDate.of(2023, 12, 31)))))
                .build();
        String page = ConsolidatedHtml.render(History.of(complete()).add(avenant), LocalDate.of(2021, 2, 1));
        String annotation = "<span class=\"annotation\">Modifié par l'avenant n° 1, article 2</span>";
        String phases = element(page, "phases", "section");
        assertThat(element(phases, "phase-2", "li")).contains("Évaluation finale", annotation);
        assertThat(element(phases, "orientations-phase-1", "div")).contains("Entretiens", annotation);
        assertThat(element(page, "pilotage", "section")).contains("Comité technique", annotation);
        assertThat(element(page, "decisions", "section")).contains("présentation des résultats" + annotation);
        assertThat(element(page, "decisions", "section")).containsOnlyOnce("annotation");
        assertThat(element(page, "duree", "section")).contains(annotation);
    }

    @Test
    void anAmendedContributionSaysWhichAvenantChangedIt() {
        Convention base = base().addContribution(participation(50_000))
                .term(Term.of(StartRule.onDate(CONCLUDED), TermEnd.on(LocalDate.of(2023, 12, 31)))).build();
        Amendment avenant = Amendment.builder().number(1).addArticle(Article.numbered("2"))
                .term(Term.of(StartRule.onSignatureByAllParties()))
                .addSignatures(Signature.of("metropole", Person.of("Claire Exemple"), "la présidente", LocalDate.of(2021, 1, 4)),
                        Signature.of("gip", Person.of("Paul Exemple"), "le directeur", LocalDate.of(2021, 1, 5)))
                .addChanges(ReplaceContribution.of("2", participation(60_000))).build();
        String money = element(ConsolidatedHtml.render(History.of(base).add(avenant), LocalDate.of(2021, 2, 1)),
                "financement", "section");
        assertThat(money).contains(FrenchLabels.of(eur(60_000)),
                "<span class=\"annotation\">Modifié par l'avenant n° 1, article 2</span>")
                .doesNotContain(FrenchLabels.of(eur(50_000)));
    }
}
