package dev.conventio.history;

import dev.conventio.amendment.Amendment;
import dev.conventio.change.AddArticle;
import dev.conventio.change.AddParty;
import dev.conventio.change.AddPhase;
import dev.conventio.change.Change;
import dev.conventio.change.ChangeMandate;
import dev.conventio.change.ChangeObject;
import dev.conventio.change.ChangePhaseStatus;
import dev.conventio.change.ChangeRepresentative;
import dev.conventio.change.ChangeTermEnd;
import dev.conventio.change.ChangeTermStart;
import dev.conventio.change.ModifyText;
import dev.conventio.change.ProlongTerm;
import dev.conventio.change.RecordDecision;
import dev.conventio.change.RemoveParty;
import dev.conventio.change.RemovePhase;
import dev.conventio.change.ReplaceArticle;
import dev.conventio.change.ReplacePhase;
import dev.conventio.change.SetGovernance;
import dev.conventio.change.SetOrientations;
import dev.conventio.change.SetTerm;
import dev.conventio.change.TerminateConvention;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.party.Party;
import dev.conventio.term.Term;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import dev.conventio.validation.Violations;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

/**
 * Applies one change at a time; {@link #index} and {@link #source} are set before each. The
 * path and the wording of the day are built only when a violation is reported: a history
 * applies every amendment in force each time it consolidates.
 */
final class ChangeApplier extends MoneyChangeApplier {

    /**
     * The members of each kind of change this class applies (phases, decisions, governance, term,
     * parties, articles, text, object), for the paths of the violations its result breaks
     * ({@link ChangeMembers}): one row per kind, beside its {@code visit}.
     */
    static final Map<Class<? extends Change>, ChangeMembers.Kind> MEMBERS = Map.ofEntries(
            Map.entry(SetOrientations.class, ChangeMembers.Kind.parts("phase", "orientations")),
            Map.entry(AddPhase.class, ChangeMembers.Kind.whole("phase")),
            Map.entry(ReplacePhase.class, ChangeMembers.Kind.whole("phase")),
            Map.entry(RemovePhase.class, ChangeMembers.Kind.parts("phase")),
            Map.entry(ChangePhaseStatus.class, ChangeMembers.Kind.parts("phase", "status")),
            Map.entry(RecordDecision.class, ChangeMembers.Kind.whole("decision")),
            Map.entry(SetGovernance.class, ChangeMembers.Kind.whole("committee")),
            Map.entry(SetTerm.class, ChangeMembers.Kind.whole("term")),
            Map.entry(ChangeTermEnd.class, ChangeMembers.Kind.parts("", "end")),
            Map.entry(ProlongTerm.class, ChangeMembers.Kind.parts("")),
            Map.entry(TerminateConvention.class, ChangeMembers.Kind.parts("lastDay")),
            Map.entry(ChangeTermStart.class, ChangeMembers.Kind.parts("", "start")),
            Map.entry(AddParty.class, ChangeMembers.Kind.whole("party")),
            Map.entry(RemoveParty.class, ChangeMembers.Kind.parts("party")),
            Map.entry(ChangeRepresentative.class, ChangeMembers.Kind.parts("party", "representative")),
            Map.entry(ChangeMandate.class, ChangeMembers.Kind.parts("party", "mandate")),
            Map.entry(ReplaceArticle.class, ChangeMembers.Kind.whole("replacement")),
            Map.entry(AddArticle.class, ChangeMembers.Kind.whole("added")),
            Map.entry(ModifyText.class, ChangeMembers.Kind.parts("operation")),
            Map.entry(ChangeObject.class, ChangeMembers.Kind.whole("object")));

    /**
     * An applier of changes to a working state.
     *
     * @param day  the day the state stands on, named in messages
     * @param violations  where the changes that do not apply are reported
     */
    ChangeApplier(WorkingState state, Violations violations, LocalDate day) {
        super(state, violations, day);
    }

    /**
     * Applies the changes of an amendment, reporting the changes that do not apply under
     * {@code changes[i]}; the changes that do apply are applied regardless.
     *
     * @param whole  true while the amendment is in force, when its changes apply but those whose own
     *     end has passed; false once its own term has ended, when only the {@linkplain Change#isLasting()
     *     lasting} changes apply, and the decisions it records are kept apart
     * @return whether any change was applied
     */
    boolean apply(Amendment amendment, boolean whole) {
        boolean any = false;
        Instrument instrument = Instrument.amendment(amendment.number());
        List<Change> changes = amendment.changes();
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            // Past its own end, a change no longer applies while the rest of its amendment does.
            if ((whole && hasEnded(change)) || (!whole && !change.isLasting())) {
                if (change instanceof RecordDecision) {
                    // A decision is a dated fact: it outlives the provisions of the amendment that records it.
                    state.recordLapsed(Sourced.of(((RecordDecision) change).decision(),
                            Provenance.of(instrument, change.article())));
                }
                continue;
            }
            any = true;
            index = i;
            source = Provenance.of(instrument, change.article());
            applyOne(change);
        }
        return any;
    }

    /** Applies one change of an amendment, whose index and source are set. */
    void applyOne(Change change) {
        try {
            change.accept(this);
        } catch (ValidationException e) {
            for (Violation violation : e.violations()) {
                violations.add(violation.code(), at(index, ChangeMembers.ofValue(change, violation.path())),
                        violation.message());
            }
        }
    }

    /** Tells whether a change with an end of its own has passed it on the day of this applier. */
    private boolean hasEnded(Change change) {
        return change.until().isPresent() && day.isAfter(change.until().get());
    }

    /**
     * Applies the changes of an amendment one at a time, checking the convention as it stands after
     * each, and reports each violation of the convention at the member of the first change after
     * which it appears, with its own code: for a result found to break an invariant as a whole.
     *
     * @return whether a change was found at fault
     */
    boolean applyChecked(Amendment amendment) {
        Instrument instrument = Instrument.amendment(amendment.number());
        List<Change> changes = amendment.changes();
        java.util.Set<String> seen = new java.util.HashSet<>();
        boolean found = false;
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            if (hasEnded(change)) {
                continue;
            }
            index = i;
            source = Provenance.of(instrument, change.article());
            applyOne(change);
            try {
                state.check();
            } catch (ValidationException e) {
                for (Violation violation : e.violations()) {
                    if (seen.add(violation.code().id() + " " + violation.path())) {
                        found = true;
                        violations.add(violation.code(), at(i, ChangeMembers.ofResult(change, violation.path())),
                                violation.message() + " (at " + violation.path() + " of the convention as it would stand)");
                    }
                }
            }
        }
        return found;
    }

    private static String at(int index, String member) {
        return member.isEmpty() ? "changes[" + index + "]" : "changes[" + index + "]." + member;
    }

    private WorkingState.PhaseEntry phase(int number) {
        if (number < 1 || number > state.phases.size()) {
            missing("phase " + number);
            return null;
        }
        return state.phases.get(number - 1);
    }

    private Sourced<Party> party(String id) {
        Sourced<Party> found = state.parties.get(id);
        if (found == null) {
            missing("party '" + id + "'");
        }
        return found;
    }

    private Void putParty(Party party) {
        state.parties.put(party.id(), Sourced.of(party, source));
        return null;
    }

    private Void setTerm(Term value) {
        state.term = Sourced.of(value, source);
        return null;
    }

    @Override
    public Void visit(SetOrientations change) {
        WorkingState.PhaseEntry entry = phase(change.phase());
        if (entry != null) {
            entry.phase = entry.phase.withOrientations(change.orientations());
            entry.orientationsSource = source;
        }
        return null;
    }

    @Override
    public Void visit(AddPhase change) {
        int number = change.phase().number();
        if (number <= state.phases.size()) {
            exists("phase " + number);
        } else if (number != state.phases.size() + 1) {
            violations.add(HistoryCodes.CHANGE_RESULT_INVALID, path(), "phase " + number
                    + " would leave a gap: the next phase of the convention as it stands " + standing()
                    + " is phase " + (state.phases.size() + 1));
        } else {
            state.phases.add(new WorkingState.PhaseEntry(change.phase(), source, source));
        }
        return null;
    }

    @Override
    public Void visit(ReplacePhase change) {
        WorkingState.PhaseEntry entry = phase(change.phase().number());
        if (entry != null) {
            entry.phase = change.phase();
            entry.phaseSource = source;
            entry.orientationsSource = source;
        }
        return null;
    }

    @Override
    public Void visit(RemovePhase change) {
        WorkingState.PhaseEntry entry = phase(change.phase());
        if (entry == null) {
            return null;
        }
        if (change.phase() != state.phases.size()) {
            violations.add(HistoryCodes.CHANGE_RESULT_INVALID, path(), "only the last phase, phase "
                    + state.phases.size() + ", may be removed, so that phases stay numbered 1..n; not phase "
                    + change.phase());
        } else {
            state.phases.remove(state.phases.size() - 1);
            state.phaseRemoved();
        }
        return null;
    }

    @Override
    public Void visit(ChangePhaseStatus change) {
        WorkingState.PhaseEntry entry = phase(change.phase());
        if (entry != null) {
            entry.phase = entry.phase.withStatus(change.status());
            entry.phaseSource = source;
        }
        return null;
    }

    @Override
    public Void visit(RecordDecision change) {
        if (state.hasDecision(change.decision())) {
            exists("the decision of " + change.decision().decidedOn() + " « " + change.decision().statement() + " »");
        } else {
            state.record(Sourced.of(change.decision(), source));
        }
        return null;
    }

    @Override
    public Void visit(SetGovernance change) {
        state.committee = Sourced.of(change.committee(), source);
        return null;
    }

    @Override
    public Void visit(SetTerm change) {
        return setTerm(change.term());
    }

    @Override
    public Void visit(ChangeTermEnd change) {
        if (state.term == null) {
            missing("the term");
            return null;
        }
        return setTerm(state.term.value().withEnd(change.end()));
    }

    @Override
    public Void visit(ProlongTerm change) {
        if (state.term == null || state.term.value().end().isEmpty()) {
            missing(state.term == null ? "the term" : "an end of the term to prolong");
            return null;
        }
        Term prolonged = state.term.value().withEnd(state.term.value().end().orElseThrow().prolongedBy(change.by()));
        change.statedTotal().ifPresent(stated -> checkTotal(prolonged, stated));
        return setTerm(prolonged);
    }

    /** Compares the total duration an instrument states with the one the prolonged term gives, when known. */
    private void checkTotal(Term prolonged, Period stated) {
        prolonged.totalDurationFor(state.concludedOn()).filter(total -> !total.normalized().equals(stated.normalized()))
                .ifPresent(total -> violations.add(HistoryCodes.PROLONGATION_TOTAL_MISMATCH, path() + ".statedTotal",
                        "the instrument states a total duration of " + stated + " but the prolonged term gives "
                                + total.normalized() + " " + standing()));
    }

    @Override
    public Void visit(TerminateConvention change) {
        if (state.termination != null) {
            exists("a termination (" + state.termination.provenance() + ")");
            return null;
        }
        state.termination = Sourced.of(change, source);
        return null;
    }

    @Override
    public Void visit(ChangeTermStart change) {
        if (state.term == null) {
            missing("the term");
            return null;
        }
        return setTerm(state.term.value().withStart(change.start()));
    }

    @Override
    public Void visit(AddParty change) {
        if (state.parties.containsKey(change.party().id())) {
            exists("party '" + change.party().id() + "'");
            return null;
        }
        return putParty(change.party());
    }

    @Override
    public Void visit(RemoveParty change) {
        if (party(change.party()) != null) {
            state.parties.remove(change.party());
        }
        return null;
    }

    @Override
    public Void visit(ChangeRepresentative change) {
        Sourced<Party> old = party(change.party());
        return old == null ? null : putParty(old.value().withRepresentative(change.representative()));
    }

    @Override
    public Void visit(ChangeMandate change) {
        Sourced<Party> old = party(change.party());
        return old == null ? null : putParty(old.value().withMandate(change.mandate()));
    }

    @Override
    public Void visit(ReplaceArticle change) {
        String number = change.replacement().number();
        if (!state.text.articles.containsKey(number)) {
            missing("article " + number);
            return null;
        }
        state.text.articles.put(number, TextWork.ArticleEntry.of(change.replacement(), source));
        return null;
    }

    @Override
    public Void visit(AddArticle change) {
        String number = change.added().number();
        if (state.text.articles.containsKey(number)) {
            exists("article " + number);
            return null;
        }
        state.text.articles.put(number, TextWork.ArticleEntry.of(change.added(), source));
        return null;
    }

    @Override
    public Void visit(ModifyText change) {
        new TextApplier(state.text, change, source, violations, path(), standing()).apply();
        return null;
    }

    @Override
    public Void visit(ChangeObject change) {
        state.object = Sourced.of(change.object(), source);
        return null;
    }
}
