package dev.conventio.change;

import dev.conventio.action.Action;
import dev.conventio.convention.Article;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Instalment;
import dev.conventio.finance.Transfer;
import dev.conventio.finance.TransferEnd;
import dev.conventio.finance.YearlyAmount;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.governance.SteeringCommittee;
import dev.conventio.objective.Quantity;
import dev.conventio.objective.Target;
import dev.conventio.objective.TargetPeriod;
import dev.conventio.party.Mandate;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Representative;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.text.Paragraph;
import dev.conventio.text.Table;
import dev.conventio.text.Text;
import dev.conventio.text.TextLocation;
import dev.conventio.work.Orientation;
import dev.conventio.work.Phase;
import dev.conventio.work.PhaseStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;
import org.joda.money.Money;

/** One change of each kind, each valid on its own, for the tests that must reach every kind. */
final class EveryKind {

    private static final LocalDate DAY = LocalDate.of(2020, 3, 1);
    private static final Money TEN = Money.parse("EUR 10");

    private EveryKind() {
    }

    static List<Change> changes() {
        FinancialContribution contribution = FinancialContribution.builder().id("c").contributor("a").beneficiary("b")
                .amount(TEN).budget(BudgetPeriod.ofYear(2020)).build();
        Target target = Target.builder().id("t").title("Projets").quantity(Quantity.about(new BigDecimal("5"), "projets"))
                .period(TargetPeriod.programme()).build();
        TextLocation article2 = TextLocation.article("2");
        return List.of(
                SetOrientations.of("1", 1, List.of(Orientation.of(1, "Référentiel"))),
                AddPhase.of("1", Phase.of(4, "Prospective")),
                ReplacePhase.of("1", Phase.of(1, "Évaluation")),
                RemovePhase.of("1", 3),
                ChangePhaseStatus.of("1", 2, PhaseStatus.IN_PROGRESS),
                RecordDecision.of("1", CommitteeDecision.of(DAY, "Lancement")),
                AddContribution.of("2", contribution),
                ReplaceContribution.of("2", contribution),
                RemoveContribution.of("2", "c"),
                ChangeContributionAmount.of("2", "c", TEN, List.of()),
                ChangeContributionSchedule.of("2", "c", List.of(Instalment.of(DAY, TEN))),
                SetGovernance.of("3", SteeringCommittee.of("Comité de pilotage", "Valide la démarche")),
                SetTerm.of("3", Term.of(StartRule.onSignatureByAllParties(), TermEnd.on(DAY.plusYears(1)))),
                ChangeTermEnd.of("3", TermEnd.on(DAY.plusYears(2))),
                ChangeTermStart.of("3", StartRule.onSignatureByAllParties()),
                AddParty.of("1", Party.builder().id("d").name("Commune").kind(PartyKind.COMMUNE).build()),
                RemoveParty.of("1", "d"),
                ChangeRepresentative.of("1", "a", Representative.office("Le maire")),
                ChangeMandate.of("1", "a", Mandate.withUnknownNumber("Conseil municipal", DAY)),
                ReplaceArticle.of("2", Article.untitled("2", "Texte")),
                AddArticle.of("2", Article.untitled("2 bis", "Texte")),
                ChangeObject.of("1", "Nouvel objet"),
                ProlongTerm.of("3", Period.ofYears(5)),
                TerminateConvention.of("3", DAY),
                ModifyText.of("2", ReplaceWords.of(article2, "deux", "trois")),
                AddAction.of("1", Action.of("act", "Action")),
                ReplaceAction.of("1", Action.of("act", "Action modifiée")),
                RemoveAction.of("1", "act"),
                AddTarget.of("1", target),
                ReplaceTarget.of("1", target),
                RemoveTarget.of("1", "t"),
                SplitContribution.of("2", "c", List.of(
                        FinancialContribution.builder().from(contribution).id("c1").amount(Money.parse("EUR 4")).build(),
                        FinancialContribution.builder().from(contribution).id("c2").amount(Money.parse("EUR 6")).build())),
                TransferMoney.of("2", Transfer.builder().amount(TEN).from(TransferEnd.contribution("c"))
                        .to(TransferEnd.unstated()).build()),
                SetYearlyAmount.of("2", "c", YearlyAmount.firm(Year.of(2020), TEN)));
    }

    /** One text operation of each kind, for {@link ModifyText}. */
    static List<TextOperation> operations() {
        TextLocation article2 = TextLocation.article("2");
        TextLocation paragraph = article2.withParagraph(1);
        return List.of(ReplaceWords.of(article2, "deux", "trois"),
                ReplaceSentence.of(paragraph.withSentence(1), "Une phrase."),
                ReplaceParagraph.of(paragraph, Paragraph.of("Un alinéa.")),
                InsertParagraphs.of(paragraph, List.of(Paragraph.of("Un autre alinéa."))), DeleteParagraph.of(paragraph),
                ReplaceTable.of(article2, 1, Table.of("Tableau", List.of(List.of("a", "b")))),
                RewriteArticle.of("2", Text.ofParagraphs("Nouveau texte.")), DeleteArticle.of("3"),
                RenumberArticle.of("3", "4"));
    }
}
