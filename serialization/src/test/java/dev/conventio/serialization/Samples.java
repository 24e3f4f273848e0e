package dev.conventio.serialization;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.change.AddArticle;
import dev.conventio.change.AddContribution;
import dev.conventio.change.AddParty;
import dev.conventio.change.AddPhase;
import dev.conventio.change.ChangeContributionAmount;
import dev.conventio.change.ChangeContributionSchedule;
import dev.conventio.change.ChangeMandate;
import dev.conventio.change.ChangeObject;
import dev.conventio.change.ChangePhaseStatus;
import dev.conventio.change.ChangeRepresentative;
import dev.conventio.change.ChangeTermEnd;
import dev.conventio.change.ChangeTermStart;
import dev.conventio.change.RecordDecision;
import dev.conventio.change.RemoveContribution;
import dev.conventio.change.RemoveParty;
import dev.conventio.change.RemovePhase;
import dev.conventio.change.ReplaceArticle;
import dev.conventio.change.ReplaceContribution;
import dev.conventio.change.ReplacePhase;
import dev.conventio.change.SetGovernance;
import dev.conventio.change.SetOrientations;
import dev.conventio.change.SetTerm;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.ContributionNature;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Instalment;
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
import dev.conventio.publication.OtherPublication;
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
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Values that use every member of the format: each optional member present somewhere, and absent elsewhere. */
final class Samples {

    private Samples() {
    }

    static Party metropole() {
        return Party.builder().id("metropole-amp").name("Métropole Aix-Marseille-Provence").kind(PartyKind.METROPOLE)
                .siren(Siren.parse("200054807")).siret(Siret.parse("20005480700017"))
                .representative(Representative.orDelegate(Person.of(Civility.MADAME, "Martine Vassal"), "Présidente"))
                .mandate(Mandate.withUnknownNumber("Bureau de la Métropole", LocalDate.of(2019, 12, 19)))
                .build();
    }

    static Party gip() {
        return Party.builder().id("gip-crpv-paca").name("GIP CRPV PACA").kind(PartyKind.GIP)
                .representative(Representative.of(Person.of(Civility.MONSIEUR, "Mustapha Berra"),
                        "Directeur-Ordonnateur"))
                .build();
    }

    static Party commune() {
        return Party.builder().id("commune-x").name("Commune X").kind(PartyKind.COMMUNE)
                .mandate(Mandate.of("Conseil municipal", "2020-15", LocalDate.of(2020, 2, 3)))
                .build();
    }

    static FinancialContribution contribution() {
        return FinancialContribution.builder().id("phase-3-2020").contributor("metropole-amp")
                .beneficiary("gip-crpv-paca").amount(Money.of(CurrencyUnit.EUR, 100_000))
                .budget(BudgetPeriod.ofYear(2020)).purpose("Phase 3")
                .schedule(List.of(Instalment.of(LocalDate.of(2020, 3, 1), Money.of(CurrencyUnit.EUR, 60_000.5)),
                        Instalment.of(LocalDate.of(2020, 9, 1), Money.of(CurrencyUnit.EUR, 39_999.5))))
                .build();
    }

    static Phase phase(int number) {
        return Phase.builder().number(number).title("Phase " + number).build();
    }

    /** A convention with every optional member. */
    static Convention convention() {
        return Convention.builder()
                .reference("DEVT 013-2609/17/BM")
                .object("Évaluation des Contrats de Ville 2015-2020")
                .parties(List.of(metropole(), gip()))
                .concludedOn(LocalDate.of(2017, 11, 22))
                .legalBases(List.of("Vu le code général des collectivités territoriales", "Vu la loi n° 2014-173"))
                .addPublications(OtherPublication.of("Recueil des actes administratifs"))
                .amendmentClause("Toute modification fait l'objet d'un avenant")
                .articles(List.of(Article.of("1", "Objet", "La convention a pour objet…"), Article.of("2", "Durée"),
                        Article.untitled("3 bis", "Texte seul")))
                .phases(List.of(
                        Phase.builder().number(1).title("Évaluation à mi-parcours").status(PhaseStatus.COMPLETED)
                                .description("Mise en place des éléments de référence").build(),
                        Phase.builder().number(2).title("Exploitation du référentiel").status(PhaseStatus.VALIDATED)
                                .build(),
                        Phase.builder().number(3).title("Évaluation finale").status(PhaseStatus.VALIDATED)
                                .orientations(List.of(Orientation.of(1, "Plan d'accompagnement"),
                                        Orientation.of(2, "Jeunesse", "Surreprésentation des mineurs vulnérables")))
                                .build()))
                .contributions(List.of(contribution(),
                        FinancialContribution.builder().id("in-kind-2018-2020").contributor("gip-crpv-paca")
                                .beneficiary("metropole-amp").amount(Money.ofMajor(CurrencyUnit.of("JPY"), 5000))
                                .budget(BudgetPeriod.parse("2018-2020")).nature(ContributionNature.IN_KIND).build()))
                .steeringCommittee(SteeringCommittee.builder().name("Comité de pilotage")
                        .mission("Valide l'ensemble de la démarche").members(List.of("metropole-amp", "gip-crpv-paca"))
                        .build())
                .decisions(List.of(CommitteeDecision.of(LocalDate.of(2019, 3, 21), "Phases 2 et 3 validées", 2, 3),
                        CommitteeDecision.of(LocalDate.of(2019, 6, 1), "Point d'étape")))
                .term(Term.of(StartRule.onDate(LocalDate.of(2017, 11, 22)), TermEnd.on(LocalDate.of(2020, 12, 31)),
                        Renewal.of(Period.ofYears(1), 2, true)))
                .signatures(List.of(
                        Signature.of("metropole-amp", Person.of(Civility.MADAME, "Arlette Fructus"),
                                "La Vice-Présidente Déléguée", LocalDate.of(2017, 11, 20)),
                        Signature.of("gip-crpv-paca", Person.of("Mustapha Berra"), "Le Directeur-Ordonnateur",
                                LocalDate.of(2017, 11, 22))))
                .build();
    }

    /** A convention with no optional member and empty collections. */
    static Convention minimalConvention() {
        return Convention.builder().reference("R-1").object("Objet").parties(List.of(gip(), commune()))
                .concludedOn(LocalDate.of(2021, 1, 4)).build();
    }

    /** An amendment with one change of every kind, each tied to one of its articles. */
    static Amendment amendment() {
        return Amendment.builder()
                .number(2)
                .title("Avenant n° 2")
                .preamble(List.of("La convention initiale conclue le 22 novembre 2017…", "Aussi…"))
                .articles(List.of(Article.of("1", "Étapes de travail de la phase 3"), Article.of("2", "Conditions financières"),
                        Article.of("3", "Instance de pilotage"), Article.of("4", "Durée")))
                .term(Term.of(StartRule.onSignatureByAllParties(), TermEnd.on(LocalDate.of(2020, 12, 31))))
                .signatures(List.of(
                        Signature.of("metropole-amp", Person.of(Civility.MADAME, "Arlette Fructus"),
                                "La Vice-Présidente Déléguée", LocalDate.of(2020, 1, 10)),
                        Signature.unsigned("gip-crpv-paca", Person.of(Civility.MONSIEUR, "Mustapha Berra"),
                                "Le Directeur-Ordonnateur")))
                .changes(List.of(
                        SetOrientations.of("1", 3, List.of(Orientation.of(1, "Co-construction"),
                                Orientation.of(2, "Jeunesse", "Mineurs vulnérables"))),
                        AddPhase.of("1", phase(4)),
                        ReplacePhase.of("1", Phase.builder().number(2).title("Référentiel").status(PhaseStatus.IN_PROGRESS)
                                .build()),
                        RemovePhase.of("1", 4),
                        ChangePhaseStatus.of("1", 3, PhaseStatus.ABANDONED),
                        RecordDecision.of("3", CommitteeDecision.of(LocalDate.of(2020, 2, 1), "Validation", 3)),
                        AddContribution.of("2", contribution()),
                        ReplaceContribution.of("2", contribution()),
                        RemoveContribution.of("2", "phase-3-2020"),
                        ChangeContributionAmount.of("2", "phase-3-2020", Money.of(CurrencyUnit.EUR, 120_000),
                                List.of(Instalment.of(LocalDate.of(2020, 3, 1), Money.of(CurrencyUnit.EUR, 120_000)))),
                        ChangeContributionSchedule.of("2", "phase-3-2020", List.of()),
                        SetGovernance.of("3", SteeringCommittee.of("Comité de pilotage", "Valide la démarche")),
                        SetTerm.of("4", Term.of(StartRule.notifiedOn(LocalDate.of(2020, 1, 15)),
                                TermEnd.after(Period.of(1, 6, 0)))),
                        ChangeTermEnd.of("4", TermEnd.on(LocalDate.of(2021, 12, 31))),
                        ChangeTermStart.of("4", StartRule.onNotification()),
                        AddParty.of("1", commune()),
                        RemoveParty.of("1", "commune-x"),
                        ChangeRepresentative.of("1", "gip-crpv-paca",
                                Representative.of(Person.of("Jeanne Martin"), "Directrice")),
                        ChangeMandate.of("1", "metropole-amp",
                                Mandate.of("Bureau de la Métropole", "B-2019-12", LocalDate.of(2019, 12, 19))),
                        ReplaceArticle.of("1", Article.untitled("1.2", "Nouveau texte")),
                        AddArticle.of("1", Article.of("5", "Communication")),
                        ChangeObject.of("1", "Nouvel objet")))
                .build();
    }

    /** An amendment that may join {@link #convention()}: signed by both parties, on an existing contribution. */
    static Amendment applicableAmendment() {
        return Amendment.builder()
                .number(2)
                .articles(List.of(Article.of("1", "Conditions financières")))
                .term(Term.of(StartRule.onSignatureByAllParties(), TermEnd.on(LocalDate.of(2020, 12, 31))))
                .signatures(List.of(
                        Signature.of("metropole-amp", Person.of(Civility.MADAME, "Arlette Fructus"),
                                "La Vice-Présidente Déléguée", LocalDate.of(2020, 1, 27)),
                        Signature.of("gip-crpv-paca", Person.of(Civility.MONSIEUR, "Mustapha Berra"),
                                "Le Directeur-Ordonnateur", LocalDate.of(2020, 2, 3))))
                .changes(List.of(ChangeContributionAmount.of("1", "phase-3-2020", Money.of(CurrencyUnit.EUR, 120_000),
                        List.of(Instalment.of(LocalDate.of(2020, 3, 1), Money.of(CurrencyUnit.EUR, 120_000))))))
                .build();
    }

    /** A history of {@link #convention()}: Avenant n° 1 unrecorded, Avenant n° 2 signed. */
    static History history() {
        return History.of(convention(), List.of(unrecorded(), applicableAmendment()));
    }

    static UnrecordedAmendment unrecorded() {
        return UnrecordedAmendment.of(1, "Mentionné par l'avenant n° 2");
    }
}
