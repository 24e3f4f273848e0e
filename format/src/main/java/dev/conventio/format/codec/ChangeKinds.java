package dev.conventio.format.codec;

import dev.conventio.action.Action;
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
import dev.conventio.change.TextOperation;
import dev.conventio.change.TransferMoney;
import dev.conventio.convention.Article;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Instalment;
import dev.conventio.finance.Transfer;
import dev.conventio.finance.YearlyAmount;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.governance.SteeringCommittee;
import dev.conventio.objective.Target;
import dev.conventio.party.Mandate;
import dev.conventio.party.Party;
import dev.conventio.party.Representative;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import dev.conventio.work.Orientation;
import dev.conventio.work.Phase;
import dev.conventio.work.PhaseStatus;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;

/**
 * Every kind of change of the format, each declared once here: its {@code type} name, its model
 * class, its members after {@code article} (name, value, getter; {@code until} last unless lasting)
 * and how it is made from them. Reading and writing derive from the entry; a new kind is one entry.
 *
 * <p>Public only for {@link #byWireName()}, which {@code dev.conventio.format.ChangeTypes} exposes.
 * Unsupported: for the format's own modules only.
 */
public final class ChangeKinds {

    private static final Member<Change, String> ARTICLE = Member.required(Names.ARTICLE, Scalars.TEXT, Change::article);
    /** A change's own end, which every kind but the lasting ones ({@link Change#isLasting()}) may have. */
    private static final Member<Change, LocalDate> UNTIL = Member.optional(Names.UNTIL, Scalars.DATE, Change::until)
            .since(2);

    private static final List<UnionCodec.Variant<Change>> KINDS = List.of(
            setOrientations(), addPhase(), replacePhase(), removePhase(), changePhaseStatus(), recordDecision(),
            addContribution(), replaceContribution(), removeContribution(), changeContributionAmount(),
            changeContributionSchedule(), setGovernance(), setTerm(), changeTermEnd(), changeTermStart(), addParty(),
            removeParty(), changeRepresentative(), changeMandate(), replaceArticle(), addArticle(), changeObject(),
            modifyText(), prolongTerm(), terminateConvention(), addAction(), replaceAction(), removeAction(),
            addTarget(), replaceTarget(), removeTarget(), splitContribution(), transferMoney(), setYearlyAmount());

    /** A change: its {@code type}, then {@code article}, then the members of its kind. */
    static final UnionCodec<Change> CHANGE = UnionCodec.byClass("change", KINDS,
            type -> "'" + type + "' is not a type of change; expected one of " + ChangeKinds.CHANGE.description());

    private ChangeKinds() {
    }

    /**
     * Gets every kind of change, by wire name, in the format's order.
     *
     * @return the model class of each wire name, never null, unmodifiable
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Class<? extends Change>> byWireName() {
        Map<String, Class<? extends Change>> kinds = new LinkedHashMap<>();
        for (UnionCodec.Variant<Change> kind : KINDS) {
            kinds.put(kind.wireName(), kind.type());
        }
        return java.util.Collections.unmodifiableMap(kinds);
    }

    /**
     * Gets the kinds of change a version of the format has, by wire name, in the format's order.
     *
     * @param version  the version of the format
     * @return the model class of each wire name, never null, unmodifiable
     */
    public static Map<String, Class<? extends Change>> byWireName(int version) {
        Map<String, Class<? extends Change>> kinds = new LinkedHashMap<>();
        for (UnionCodec.Variant<Change> kind : KINDS) {
            if (kind.isIn(version)) {
                kinds.put(kind.wireName(), kind.type());
            }
        }
        return java.util.Collections.unmodifiableMap(kinds);
    }

    /** The declared kinds, for the codec's tests. */
    static List<UnionCodec.Variant<Change>> kinds() {
        return KINDS;
    }

    /** A kind of change that may have an end of its own: its members, then {@code until}. */
    @SafeVarargs
    private static <S extends Change> UnionCodec.Variant<Change> kind(String wireName, Class<S> type,
            ObjectCodec.Maker<S> maker, Member<? super S, ?>... members) {
        return variant(wireName, type, values -> until(maker.make(values), values), true, members);
    }

    /** A lasting kind of change ({@link Change#isLasting()}), never undone: it has no end of its own. */
    @SafeVarargs
    private static <S extends Change> UnionCodec.Variant<Change> lastingKind(String wireName, Class<S> type,
            ObjectCodec.Maker<S> maker, Member<? super S, ?>... members) {
        return variant(wireName, type, maker, false, members);
    }

    private static <S extends Change> UnionCodec.Variant<Change> variant(String wireName, Class<S> type,
            ObjectCodec.Maker<S> maker, boolean mayEnd, Member<? super S, ?>[] members) {
        List<Member<? super S, ?>> all = new ArrayList<>();
        all.add(ARTICLE);
        all.addAll(List.of(members));
        if (mayEnd) {
            all.add(UNTIL);
        }
        return UnionCodec.variant(wireName, type, ObjectCodec.of("change." + wireName, maker, all));
    }

    @SuppressWarnings("unchecked")   // withUntil returns a copy of the same kind
    private static <S extends Change> S until(S change, Values values) {
        return values.has(UNTIL) ? (S) change.withUntil(values.get(UNTIL)) : change;
    }

    private static UnionCodec.Variant<Change> setOrientations() {
        Member<SetOrientations, Integer> phase = Member.required(Names.PHASE, Scalars.INTEGER, SetOrientations::phase);
        Member<SetOrientations, List<Orientation>> orientations = Member.required(Names.ORIENTATIONS,
                WorkCodecs.ORIENTATIONS, SetOrientations::orientations);
        return kind("set-orientations", SetOrientations.class,
                v -> SetOrientations.of(v.get(ARTICLE), v.get(phase), v.get(orientations)), phase, orientations);
    }

    private static UnionCodec.Variant<Change> addPhase() {
        Member<AddPhase, Phase> phase = Member.required(Names.PHASE, WorkCodecs.PHASE, AddPhase::phase);
        return kind("add-phase", AddPhase.class, v -> AddPhase.of(v.get(ARTICLE), v.get(phase)), phase);
    }

    private static UnionCodec.Variant<Change> replacePhase() {
        Member<ReplacePhase, Phase> phase = Member.required(Names.PHASE, WorkCodecs.PHASE, ReplacePhase::phase);
        return kind("replace-phase", ReplacePhase.class, v -> ReplacePhase.of(v.get(ARTICLE), v.get(phase)), phase);
    }

    private static UnionCodec.Variant<Change> removePhase() {
        Member<RemovePhase, Integer> phase = Member.required(Names.PHASE, Scalars.INTEGER, RemovePhase::phase);
        return kind("remove-phase", RemovePhase.class, v -> RemovePhase.of(v.get(ARTICLE), v.get(phase)), phase);
    }

    private static UnionCodec.Variant<Change> changePhaseStatus() {
        Member<ChangePhaseStatus, Integer> phase = Member.required(Names.PHASE, Scalars.INTEGER,
                ChangePhaseStatus::phase);
        Member<ChangePhaseStatus, PhaseStatus> status = Member.required(Names.STATUS, Constants.PHASE_STATUSES,
                ChangePhaseStatus::status);
        return kind("change-phase-status", ChangePhaseStatus.class,
                v -> ChangePhaseStatus.of(v.get(ARTICLE), v.get(phase), v.get(status)), phase, status);
    }

    private static UnionCodec.Variant<Change> recordDecision() {
        Member<RecordDecision, CommitteeDecision> decision = Member.required(Names.DECISION, GovernanceCodecs.DECISION,
                RecordDecision::decision);
        return kind("record-decision", RecordDecision.class,
                v -> RecordDecision.of(v.get(ARTICLE), v.get(decision)), decision);
    }

    private static UnionCodec.Variant<Change> addContribution() {
        Member<AddContribution, FinancialContribution> contribution = Member.required(Names.CONTRIBUTION,
                FinanceCodecs.CONTRIBUTION, AddContribution::contribution);
        return kind("add-contribution", AddContribution.class,
                v -> AddContribution.of(v.get(ARTICLE), v.get(contribution)), contribution);
    }

    private static UnionCodec.Variant<Change> replaceContribution() {
        Member<ReplaceContribution, FinancialContribution> contribution = Member.required(Names.CONTRIBUTION,
                FinanceCodecs.CONTRIBUTION, ReplaceContribution::contribution);
        return kind("replace-contribution", ReplaceContribution.class,
                v -> ReplaceContribution.of(v.get(ARTICLE), v.get(contribution)), contribution);
    }

    private static UnionCodec.Variant<Change> removeContribution() {
        Member<RemoveContribution, String> contribution = Member.required(Names.CONTRIBUTION, Scalars.TEXT,
                RemoveContribution::contribution);
        return kind("remove-contribution", RemoveContribution.class,
                v -> RemoveContribution.of(v.get(ARTICLE), v.get(contribution)), contribution);
    }

    private static UnionCodec.Variant<Change> changeContributionAmount() {
        Member<ChangeContributionAmount, String> contribution = Member.required(Names.CONTRIBUTION, Scalars.TEXT,
                ChangeContributionAmount::contribution);
        Member<ChangeContributionAmount, Money> amount = Member.required(Names.AMOUNT, MoneyCodec.MONEY,
                ChangeContributionAmount::amount);
        Member<ChangeContributionAmount, List<Instalment>> schedule = Member.required(Names.SCHEDULE,
                FinanceCodecs.SCHEDULE, ChangeContributionAmount::schedule);
        return kind("change-contribution-amount", ChangeContributionAmount.class,
                v -> ChangeContributionAmount.of(v.get(ARTICLE), v.get(contribution), v.get(amount), v.get(schedule)),
                contribution, amount, schedule);
    }

    private static UnionCodec.Variant<Change> changeContributionSchedule() {
        Member<ChangeContributionSchedule, String> contribution = Member.required(Names.CONTRIBUTION, Scalars.TEXT,
                ChangeContributionSchedule::contribution);
        Member<ChangeContributionSchedule, List<Instalment>> schedule = Member.required(Names.SCHEDULE,
                FinanceCodecs.SCHEDULE, ChangeContributionSchedule::schedule);
        return kind("change-contribution-schedule", ChangeContributionSchedule.class,
                v -> ChangeContributionSchedule.of(v.get(ARTICLE), v.get(contribution), v.get(schedule)),
                contribution, schedule);
    }

    private static UnionCodec.Variant<Change> setGovernance() {
        Member<SetGovernance, SteeringCommittee> committee = Member.required(Names.COMMITTEE,
                GovernanceCodecs.COMMITTEE, SetGovernance::committee);
        return kind("set-governance", SetGovernance.class,
                v -> SetGovernance.of(v.get(ARTICLE), v.get(committee)), committee);
    }

    private static UnionCodec.Variant<Change> setTerm() {
        Member<SetTerm, Term> term = Member.required(Names.TERM, TermCodecs.TERM, SetTerm::term);
        return lastingKind("set-term", SetTerm.class, v -> SetTerm.of(v.get(ARTICLE), v.get(term)), term);
    }

    private static UnionCodec.Variant<Change> changeTermEnd() {
        Member<ChangeTermEnd, TermEnd> end = Member.required(Names.END, TermCodecs.END, ChangeTermEnd::end);
        return lastingKind("change-term-end", ChangeTermEnd.class, v -> ChangeTermEnd.of(v.get(ARTICLE), v.get(end)), end);
    }

    private static UnionCodec.Variant<Change> changeTermStart() {
        Member<ChangeTermStart, StartRule> start = Member.required(Names.START, TermCodecs.START,
                ChangeTermStart::start);
        return lastingKind("change-term-start", ChangeTermStart.class,
                v -> ChangeTermStart.of(v.get(ARTICLE), v.get(start)), start);
    }

    private static UnionCodec.Variant<Change> addParty() {
        Member<AddParty, Party> party = Member.required(Names.PARTY, PartyCodecs.PARTY, AddParty::party);
        return kind("add-party", AddParty.class, v -> AddParty.of(v.get(ARTICLE), v.get(party)), party);
    }

    private static UnionCodec.Variant<Change> removeParty() {
        Member<RemoveParty, String> party = Member.required(Names.PARTY, Scalars.TEXT, RemoveParty::party);
        return kind("remove-party", RemoveParty.class, v -> RemoveParty.of(v.get(ARTICLE), v.get(party)), party);
    }

    private static UnionCodec.Variant<Change> changeRepresentative() {
        Member<ChangeRepresentative, String> party = Member.required(Names.PARTY, Scalars.TEXT,
                ChangeRepresentative::party);
        Member<ChangeRepresentative, Representative> representative = Member.required(Names.REPRESENTATIVE,
                PartyCodecs.REPRESENTATIVE, ChangeRepresentative::representative);
        return kind("change-representative", ChangeRepresentative.class,
                v -> ChangeRepresentative.of(v.get(ARTICLE), v.get(party), v.get(representative)), party,
                representative);
    }

    private static UnionCodec.Variant<Change> changeMandate() {
        Member<ChangeMandate, String> party = Member.required(Names.PARTY, Scalars.TEXT, ChangeMandate::party);
        Member<ChangeMandate, Mandate> mandate = Member.required(Names.MANDATE, PartyCodecs.MANDATE,
                ChangeMandate::mandate);
        return kind("change-mandate", ChangeMandate.class,
                v -> ChangeMandate.of(v.get(ARTICLE), v.get(party), v.get(mandate)), party, mandate);
    }

    private static UnionCodec.Variant<Change> replaceArticle() {
        Member<ReplaceArticle, Article> replacement = Member.required(Names.REPLACEMENT, WorkCodecs.ARTICLE,
                ReplaceArticle::replacement);
        return kind("replace-article", ReplaceArticle.class,
                v -> ReplaceArticle.of(v.get(ARTICLE), v.get(replacement)), replacement);
    }

    private static UnionCodec.Variant<Change> addArticle() {
        Member<AddArticle, Article> added = Member.required(Names.ADDED, WorkCodecs.ARTICLE, AddArticle::added);
        return kind("add-article", AddArticle.class, v -> AddArticle.of(v.get(ARTICLE), v.get(added)), added);
    }

    private static UnionCodec.Variant<Change> modifyText() {
        Member<ModifyText, TextOperation> operation = Member.required(Names.OPERATION, TextCodecs.OPERATION,
                ModifyText::operation);
        return kind("modify-text", ModifyText.class, v -> ModifyText.of(v.get(ARTICLE), v.get(operation)), operation)
                .since(2);
    }

    private static UnionCodec.Variant<Change> changeObject() {
        Member<ChangeObject, String> object = Member.required(Names.OBJECT, Scalars.TEXT, ChangeObject::object);
        return kind("change-object", ChangeObject.class, v -> ChangeObject.of(v.get(ARTICLE), v.get(object)), object);
    }

    private static UnionCodec.Variant<Change> prolongTerm() {
        Member<ProlongTerm, Period> by = Member.required(Names.BY, Scalars.PERIOD, ProlongTerm::by);
        Member<ProlongTerm, Period> total = Member.optional(Names.STATED_TOTAL, Scalars.PERIOD,
                ProlongTerm::statedTotal);
        return lastingKind("prolong-term", ProlongTerm.class, v -> v.has(total)
                ? ProlongTerm.of(v.get(ARTICLE), v.get(by), v.get(total)) : ProlongTerm.of(v.get(ARTICLE), v.get(by)),
                by, total).since(2);
    }

    private static UnionCodec.Variant<Change> terminateConvention() {
        Member<TerminateConvention, LocalDate> lastDay = Member.required(Names.LAST_DAY, Scalars.DATE,
                TerminateConvention::lastDay);
        Member<TerminateConvention, String> reason = Member.optional(Names.REASON, Scalars.TEXT,
                TerminateConvention::reason);
        return lastingKind("terminate-convention", TerminateConvention.class, v -> v.has(reason)
                ? TerminateConvention.of(v.get(ARTICLE), v.get(lastDay), v.get(reason))
                : TerminateConvention.of(v.get(ARTICLE), v.get(lastDay)), lastDay, reason).since(2);
    }

    // ---- version 2: actions, targets and the forms of money (issue 14) ----

    private static UnionCodec.Variant<Change> addAction() {
        Member<AddAction, Action> action = Member.required(Names.ACTION, ProgrammeCodecs.ACTION, AddAction::action);
        return kind("add-action", AddAction.class, v -> AddAction.of(v.get(ARTICLE), v.get(action)), action).since(2);
    }

    private static UnionCodec.Variant<Change> replaceAction() {
        Member<ReplaceAction, Action> action = Member.required(Names.ACTION, ProgrammeCodecs.ACTION,
                ReplaceAction::action);
        return kind("replace-action", ReplaceAction.class, v -> ReplaceAction.of(v.get(ARTICLE), v.get(action)),
                action).since(2);
    }

    private static UnionCodec.Variant<Change> removeAction() {
        Member<RemoveAction, String> action = Member.required(Names.ACTION, Scalars.TEXT, RemoveAction::action);
        return kind("remove-action", RemoveAction.class, v -> RemoveAction.of(v.get(ARTICLE), v.get(action)),
                action).since(2);
    }

    private static UnionCodec.Variant<Change> addTarget() {
        Member<AddTarget, Target> target = Member.required(Names.TARGET, ProgrammeCodecs.TARGET, AddTarget::target);
        return kind("add-target", AddTarget.class, v -> AddTarget.of(v.get(ARTICLE), v.get(target)), target).since(2);
    }

    private static UnionCodec.Variant<Change> replaceTarget() {
        Member<ReplaceTarget, Target> target = Member.required(Names.TARGET, ProgrammeCodecs.TARGET,
                ReplaceTarget::target);
        return kind("replace-target", ReplaceTarget.class, v -> ReplaceTarget.of(v.get(ARTICLE), v.get(target)),
                target).since(2);
    }

    private static UnionCodec.Variant<Change> removeTarget() {
        Member<RemoveTarget, String> target = Member.required(Names.TARGET, Scalars.TEXT, RemoveTarget::target);
        return kind("remove-target", RemoveTarget.class, v -> RemoveTarget.of(v.get(ARTICLE), v.get(target)),
                target).since(2);
    }

    private static UnionCodec.Variant<Change> splitContribution() {
        Member<SplitContribution, String> contribution = Member.required(Names.CONTRIBUTION, Scalars.TEXT,
                SplitContribution::contribution);
        Member<SplitContribution, List<FinancialContribution>> parts = Member.required(Names.PARTS,
                Scalars.list(FinanceCodecs.CONTRIBUTION), SplitContribution::parts);
        return kind("split-contribution", SplitContribution.class,
                v -> SplitContribution.of(v.get(ARTICLE), v.get(contribution), v.get(parts)), contribution, parts)
                .since(2);
    }

    private static UnionCodec.Variant<Change> transferMoney() {
        Member<TransferMoney, Transfer> transfer = Member.required(Names.TRANSFER, MoneyFormsCodecs.TRANSFER,
                TransferMoney::transfer);
        return kind("transfer-money", TransferMoney.class, v -> TransferMoney.of(v.get(ARTICLE), v.get(transfer)),
                transfer).since(2);
    }

    private static UnionCodec.Variant<Change> setYearlyAmount() {
        Member<SetYearlyAmount, String> contribution = Member.required(Names.CONTRIBUTION, Scalars.TEXT,
                SetYearlyAmount::contribution);
        Member<SetYearlyAmount, YearlyAmount> amount = Member.required(Names.AMOUNT, MoneyFormsCodecs.YEARLY,
                SetYearlyAmount::amount);
        return kind("set-yearly-amount", SetYearlyAmount.class,
                v -> SetYearlyAmount.of(v.get(ARTICLE), v.get(contribution), v.get(amount)), contribution, amount)
                .since(2);
    }
}
