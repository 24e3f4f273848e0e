package dev.conventio.testkit;

import dev.conventio.change.AddAction;
import dev.conventio.change.AddArticle;
import dev.conventio.change.AddContribution;
import dev.conventio.change.AddParty;
import dev.conventio.change.AddPhase;
import dev.conventio.change.AddTarget;
import dev.conventio.change.Change;
import dev.conventio.change.ChangeContributionAmount;
import dev.conventio.change.ChangeContributionSchedule;
import dev.conventio.change.ChangeMandate;
import dev.conventio.change.ChangeObject;
import dev.conventio.change.ChangePhaseStatus;
import dev.conventio.change.ChangeRepresentative;
import dev.conventio.change.ChangeTermEnd;
import dev.conventio.change.ChangeTermStart;
import dev.conventio.change.DeleteArticle;
import dev.conventio.change.ModifyText;
import dev.conventio.change.ProlongTerm;
import dev.conventio.change.RecordDecision;
import dev.conventio.change.RemoveAction;
import dev.conventio.change.RemoveContribution;
import dev.conventio.change.RemoveParty;
import dev.conventio.change.RemovePhase;
import dev.conventio.change.RemoveTarget;
import dev.conventio.change.RenumberArticle;
import dev.conventio.change.ReplaceAction;
import dev.conventio.change.ReplaceArticle;
import dev.conventio.change.ReplaceContribution;
import dev.conventio.change.ReplacePhase;
import dev.conventio.change.ReplaceTarget;
import dev.conventio.change.SetGovernance;
import dev.conventio.change.SetOrientations;
import dev.conventio.change.SetTerm;
import dev.conventio.change.SetYearlyAmount;
import dev.conventio.change.SplitContribution;
import dev.conventio.change.TerminateConvention;
import dev.conventio.change.TextOperation;
import dev.conventio.change.TransferMoney;
import dev.conventio.finance.FinancialContribution;
import java.util.List;
import java.util.Optional;

/**
 * Follows one change on a {@link Standing}: the facts of the standing the change alters, as the
 * generators built it valid for that standing.
 */
final class StandingFollower implements Change.Visitor<Void> {

    private final Standing standing;

    StandingFollower(Standing standing) {
        this.standing = standing;
    }

    @Override
    public Void visit(SetOrientations change) {
        return null;
    }

    @Override
    public Void visit(AddPhase change) {
        standing.phases++;
        return null;
    }

    @Override
    public Void visit(ReplacePhase change) {
        return null;
    }

    @Override
    public Void visit(RemovePhase change) {
        standing.phases--;
        return null;
    }

    @Override
    public Void visit(ChangePhaseStatus change) {
        return null;
    }

    @Override
    public Void visit(RecordDecision change) {
        standing.record(change.decision());
        return null;
    }

    @Override
    public Void visit(AddContribution change) {
        return put(change.contribution());
    }

    @Override
    public Void visit(ReplaceContribution change) {
        return put(change.contribution());
    }

    @Override
    public Void visit(RemoveContribution change) {
        standing.contributions.remove(change.contribution());
        return null;
    }

    @Override
    public Void visit(ChangeContributionAmount change) {
        return put(FinancialContribution.builder().from(standing.contributions.get(change.contribution()))
                .amount(change.amount()).schedule(change.schedule()).build());
    }

    @Override
    public Void visit(ChangeContributionSchedule change) {
        return put(standing.contributions.get(change.contribution()).withSchedule(change.schedule()));
    }

    @Override
    public Void visit(SetGovernance change) {
        standing.committeeMembers.clear();
        standing.committeeMembers.addAll(change.committee().members());
        return null;
    }

    @Override
    public Void visit(SetTerm change) {
        standing.term = Optional.of(change.term());
        return null;
    }

    @Override
    public Void visit(ChangeTermEnd change) {
        standing.term = standing.term.map(value -> value.withEnd(change.end()));
        return null;
    }

    @Override
    public Void visit(ChangeTermStart change) {
        standing.term = standing.term.map(value -> value.withStart(change.start()));
        return null;
    }

    @Override
    public Void visit(AddParty change) {
        standing.parties.put(change.party().id(), change.party());
        return null;
    }

    @Override
    public Void visit(RemoveParty change) {
        standing.parties.remove(change.party());
        return null;
    }

    @Override
    public Void visit(ChangeRepresentative change) {
        standing.parties.computeIfPresent(change.party(),
                (id, party) -> party.withRepresentative(change.representative()));
        return null;
    }

    @Override
    public Void visit(ChangeMandate change) {
        standing.parties.computeIfPresent(change.party(), (id, party) -> party.withMandate(change.mandate()));
        return null;
    }

    @Override
    public Void visit(ReplaceArticle change) {
        return null;
    }

    @Override
    public Void visit(AddArticle change) {
        standing.articles.add(change.added().number());
        return null;
    }

    @Override
    public Void visit(ChangeObject change) {
        standing.object = change.object();
        return null;
    }

    @Override
    public Void visit(ModifyText change) {
        TextOperation operation = change.operation();
        operation.target().article().ifPresent(standing.articles::add);   // the modification attests it
        if (operation instanceof DeleteArticle deleted) {
            standing.articles.remove(deleted.number());
            standing.deletedArticles.add(deleted.number());
        } else if (operation instanceof RenumberArticle renumbered) {
            standing.articles.remove(renumbered.number());
            standing.deletedArticles.add(renumbered.number());
            standing.articles.add(renumbered.newNumber());
        }
        return null;
    }

    @Override
    public Void visit(AddAction change) {
        standing.actions.add(change.action().id());
        return null;
    }

    @Override
    public Void visit(ReplaceAction change) {
        return null;
    }

    @Override
    public Void visit(RemoveAction change) {
        standing.actions.remove(change.action());
        return null;
    }

    @Override
    public Void visit(AddTarget change) {
        standing.targets.put(change.target().id(), change.target());
        return null;
    }

    @Override
    public Void visit(ReplaceTarget change) {
        standing.targets.put(change.target().id(), change.target());
        return null;
    }

    @Override
    public Void visit(RemoveTarget change) {
        standing.targets.remove(change.target());
        return null;
    }

    @Override
    public Void visit(SplitContribution change) {
        standing.contributions.remove(change.contribution());
        change.parts().forEach(part -> put(part.withOrigin(change.contribution())));
        return null;
    }

    @Override
    public Void visit(TransferMoney change) {
        // The generators transfer from another convention into a contribution with an amount alone.
        change.transfer().to().contribution().ifPresent(id -> put(standing.contributions.get(id).withAmount(
                standing.contributions.get(id).amount().orElseThrow().plus(change.transfer().amount()))));
        return null;
    }

    @Override
    public Void visit(SetYearlyAmount change) {
        return put(standing.contributions.get(change.contribution()).withYearlyAmounts(List.of(change.amount())));
    }

    @Override
    public Void visit(ProlongTerm change) {
        standing.term = standing.term.map(value -> value.withEnd(value.end().orElseThrow().prolongedBy(change.by())));
        return null;
    }

    @Override
    public Void visit(TerminateConvention change) {
        standing.terminated = true;
        return null;
    }

    private Void put(FinancialContribution contribution) {
        standing.contributions.put(contribution.id(), contribution);
        return null;
    }
}
