package dev.conventio.change;

/** Names each kind of change, to test dispatch. */
class ChangeVisitorNames implements ChangeVisitor<String> {
    @Override public String visit(SetOrientations c) { return "SetOrientations " + c.phase(); }
    @Override public String visit(AddPhase c) { return "AddPhase"; }
    @Override public String visit(ReplacePhase c) { return "ReplacePhase"; }
    @Override public String visit(RemovePhase c) { return "RemovePhase " + c.phase(); }
    @Override public String visit(ChangePhaseStatus c) { return "ChangePhaseStatus"; }
    @Override public String visit(RecordDecision c) { return "RecordDecision"; }
    @Override public String visit(AddContribution c) { return "AddContribution"; }
    @Override public String visit(ReplaceContribution c) { return "ReplaceContribution"; }
    @Override public String visit(RemoveContribution c) { return "RemoveContribution"; }
    @Override public String visit(ChangeContributionAmount c) { return "ChangeContributionAmount"; }
    @Override public String visit(ChangeContributionSchedule c) { return "ChangeContributionSchedule"; }
    @Override public String visit(SetGovernance c) { return "SetGovernance"; }
    @Override public String visit(SetTerm c) { return "SetTerm"; }
    @Override public String visit(ChangeTermEnd c) { return "ChangeTermEnd"; }
    @Override public String visit(ChangeTermStart c) { return "ChangeTermStart"; }
    @Override public String visit(AddParty c) { return "AddParty"; }
    @Override public String visit(RemoveParty c) { return "RemoveParty"; }
    @Override public String visit(ChangeRepresentative c) { return "ChangeRepresentative"; }
    @Override public String visit(ChangeMandate c) { return "ChangeMandate"; }
    @Override public String visit(ReplaceArticle c) { return "ReplaceArticle"; }
    @Override public String visit(AddArticle c) { return "AddArticle"; }
    @Override public String visit(ChangeObject c) { return "ChangeObject " + c.object(); }
    @Override public String visit(AddAction c) { return "AddAction"; }
    @Override public String visit(ReplaceAction c) { return "ReplaceAction"; }
    @Override public String visit(RemoveAction c) { return "RemoveAction"; }
    @Override public String visit(AddTarget c) { return "AddTarget"; }
    @Override public String visit(ReplaceTarget c) { return "ReplaceTarget"; }
    @Override public String visit(RemoveTarget c) { return "RemoveTarget"; }
    @Override public String visit(SplitContribution c) { return "SplitContribution"; }
    @Override public String visit(TransferMoney c) { return "TransferMoney"; }
    @Override public String visit(SetYearlyAmount c) { return "SetYearlyAmount"; }
    @Override public String visit(ProlongTerm c) { return "ProlongTerm " + c.by(); }
    @Override public String visit(TerminateConvention c) { return "TerminateConvention " + c.lastDay(); }
    @Override public String visit(ModifyText c) { return "ModifyText " + c.operation().target(); }
}
