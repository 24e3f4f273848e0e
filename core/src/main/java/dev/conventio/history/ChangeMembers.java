package dev.conventio.history;

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
import dev.conventio.change.ChangeVisitor;
import dev.conventio.change.ModifyText;
import dev.conventio.change.ProlongTerm;
import dev.conventio.change.RecordDecision;
import dev.conventio.change.RemoveAction;
import dev.conventio.change.RemoveContribution;
import dev.conventio.change.RemoveParty;
import dev.conventio.change.RemovePhase;
import dev.conventio.change.RemoveTarget;
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
import dev.conventio.change.TransferMoney;
import java.util.List;

/**
 * The member of a change at fault for an invariant its result breaks: the path, inside the change,
 * of the element a violation of the result names. A change that gives a whole element (a
 * contribution added, a term set) holds it in one member, under which the element's own path goes
 * on; a change that gives part of an element names its members as the element does (a schedule, an
 * end); a removal is at fault by what it removes.
 */
final class ChangeMembers {

    /** Of one kind of change: its member holding a whole element, those holding parts, its target's. */
    private record Kind(String whole, List<String> parts, String target) {
        static Kind whole(String member) {
            return new Kind(member, List.of(), "");
        }

        static Kind parts(String target, String... parts) {
            return new Kind(null, List.of(parts), target);
        }
    }

    private static final ChangeVisitor<Kind> KINDS = new ChangeVisitor<>() {
        @Override
        public Kind visit(SetOrientations change) {
            return Kind.parts("phase", "orientations");
        }

        @Override
        public Kind visit(AddPhase change) {
            return Kind.whole("phase");
        }

        @Override
        public Kind visit(ReplacePhase change) {
            return Kind.whole("phase");
        }

        @Override
        public Kind visit(RemovePhase change) {
            return Kind.parts("phase");
        }

        @Override
        public Kind visit(ChangePhaseStatus change) {
            return Kind.parts("phase", "status");
        }

        @Override
        public Kind visit(RecordDecision change) {
            return Kind.whole("decision");
        }

        @Override
        public Kind visit(AddContribution change) {
            return Kind.whole("contribution");
        }

        @Override
        public Kind visit(ReplaceContribution change) {
            return Kind.whole("contribution");
        }

        @Override
        public Kind visit(RemoveContribution change) {
            return Kind.parts("contribution");
        }

        @Override
        public Kind visit(ChangeContributionAmount change) {
            return Kind.parts("contribution", "amount", "schedule");
        }

        @Override
        public Kind visit(ChangeContributionSchedule change) {
            return Kind.parts("contribution", "schedule");
        }

        @Override
        public Kind visit(SetGovernance change) {
            return Kind.whole("committee");
        }

        @Override
        public Kind visit(SetTerm change) {
            return Kind.whole("term");
        }

        @Override
        public Kind visit(ChangeTermEnd change) {
            return Kind.parts("", "end");
        }

        @Override
        public Kind visit(ChangeTermStart change) {
            return Kind.parts("", "start");
        }

        @Override
        public Kind visit(AddParty change) {
            return Kind.whole("party");
        }

        @Override
        public Kind visit(RemoveParty change) {
            return Kind.parts("party");
        }

        @Override
        public Kind visit(ChangeRepresentative change) {
            return Kind.parts("party", "representative");
        }

        @Override
        public Kind visit(ChangeMandate change) {
            return Kind.parts("party", "mandate");
        }

        @Override
        public Kind visit(ReplaceArticle change) {
            return Kind.whole("replacement");
        }

        @Override
        public Kind visit(AddArticle change) {
            return Kind.whole("added");
        }

        @Override
        public Kind visit(ChangeObject change) {
            return Kind.whole("object");
        }

        @Override
        public Kind visit(ProlongTerm change) {
            return Kind.parts("");
        }

        @Override
        public Kind visit(TerminateConvention change) {
            return Kind.parts("lastDay");
        }

        @Override
        public Kind visit(ModifyText change) {
            return Kind.parts("operation");
        }

        @Override
        public Kind visit(AddAction change) {
            return Kind.whole("action");
        }

        @Override
        public Kind visit(ReplaceAction change) {
            return Kind.whole("action");
        }

        @Override
        public Kind visit(RemoveAction change) {
            return Kind.parts("action");
        }

        @Override
        public Kind visit(AddTarget change) {
            return Kind.whole("target");
        }

        @Override
        public Kind visit(ReplaceTarget change) {
            return Kind.whole("target");
        }

        @Override
        public Kind visit(RemoveTarget change) {
            return Kind.parts("target");
        }

        @Override
        public Kind visit(SplitContribution change) {
            return Kind.parts("parts");
        }

        @Override
        public Kind visit(TransferMoney change) {
            return Kind.parts("transfer");
        }

        @Override
        public Kind visit(SetYearlyAmount change) {
            return Kind.parts("amount");
        }
    };

    private ChangeMembers() {
    }

    /**
     * The path inside a change of a violation of a value it built, the path relative to that value:
     * the element it adds or sets, or the element it changes part of.
     */
    static String ofValue(Change change, String path) {
        Kind kind = change.accept(KINDS);
        if (kind.whole() != null) {
            return path.isEmpty() ? kind.whole() : kind.whole() + "." + path;
        }
        for (String member : kind.parts()) {
            if (path.equals(member) || path.startsWith(member + ".") || path.startsWith(member + "[")) {
                return path;
            }
        }
        return kind.target();
    }

    /**
     * The path inside a change of a violation of the convention its result is, the path relative to
     * the convention: that of the element of the convention, the first step of the path, dropped.
     */
    static String ofResult(Change change, String path) {
        int dot = path.indexOf('.');
        return ofValue(change, dot < 0 ? "" : path.substring(dot + 1));
    }
}
