package dev.conventio.history;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.change.AddParty;
import dev.conventio.change.Change;
import dev.conventio.change.RecordDecision;
import dev.conventio.convention.Convention;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.signature.Signature;
import dev.conventio.term.Renewal;
import dev.conventio.term.Term;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import dev.conventio.validation.ViolationCode;
import dev.conventio.validation.Violations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.joda.money.Money;

/**
 * A convention and its numbered amendments (avenants), in order, each accepted under the
 * amendment rules and the history's {@linkplain AmendmentPolicy policies}.
 *
 * <h2>Rules</h2>
 * An amendment joins a history only if (codes of {@link ViolationCode}, paths relative to the
 * amendment):
 * <ul>
 *   <li>its number is the next one, counting from 1 ({@code AMENDMENT_NUMBER_NOT_NEXT} at
 *       {@code number}); an {@link UnrecordedAmendment} fills a number without content;</li>
 *   <li>once signed (every signature dated), every party of the convention as it stands on the
 *       day of the last signature signs it, and so does every party it adds
 *       ({@code AMENDMENT_SIGNATURE_MISSING} at {@code signatures}), and no one else does
 *       ({@code AMENDMENT_SIGNATORY_NOT_A_PARTY} at {@code signatures[i].party}); a draft is valid
 *       as a draft and never in force;</li>
 *   <li>no signature is dated before the base convention was concluded
 *       ({@code AMENDMENT_BEFORE_CONVENTION} at {@code signatures[i].date}), and the last one is not
 *       after the convention has ended ({@code AMENDMENT_AFTER_CONVENTION_END} at
 *       {@code signatures[i].date});</li>
 *   <li>its own term does not end before it takes effect ({@code AMENDMENT_TERM_ENDS_BEFORE_EFFECT}
 *       at {@code term.end});</li>
 *   <li>each change applies to something that exists ({@code CHANGE_TARGET_MISSING}) or adds
 *       something that does not ({@code CHANGE_TARGET_EXISTS}), at {@code changes[i]}; and the
 *       resulting convention satisfies every invariant ({@code CHANGE_RESULT_INVALID}, at
 *       {@code changes[i]} when one change yields an invalid value, at {@code changes} when the
 *       convention as a whole is invalid, the message quoting the underlying violation).</li>
 * </ul>
 * Once its changes apply, a recorded amendment must also comply with the history's policies.
 *
 * <h2>Time</h2>
 * An amendment takes effect by its own term: on the date of its last signature for
 * {@code ON_SIGNATURE_BY_ALL_PARTIES}, on its fixed date, or on its notification once notified;
 * its provisions lapse after its term's last day (end dates are inclusive). The convention as it
 * stands on a date is the base convention with every earlier signed amendment in force that day
 * applied in order. A signed amendment's changes are checked against the convention as it stands
 * on every day the amendment is in force, which is a handful of states (one per change in the set
 * of earlier amendments in force during its term), so that {@link #asOf(LocalDate)} can never meet
 * a change that does not apply. An amendment signed but not yet in force (notification pending) is
 * checked against the convention as it stands on the day of its last signature, a draft against
 * the latest state the history knows (as of the latest entry into force it records).
 *
 * <p>The convention has ended, for the rule above, after the last day of its term as it stands on
 * the day the amendment is concluded, including a shortening or extension
 * ({@code ChangeTermEnd}) made by an amendment in force that day, and including every renewal its
 * renewal clause allows, tacit or express, because renewals are not recorded: the rule rejects only
 * what is certainly late. When the term, or the start a duration runs from, is not recorded, the
 * end is unknown and nothing is checked.
 *
 * <h2>Cost</h2>
 * Consolidation builds one working copy of the convention, applies each change in constant time
 * and builds the convention, checking its invariants, once: linear in the size of the base and
 * the number of changes. A history also keeps the state its last amendment left on the day it took
 * effect, and a consolidation whose amendments in force begin with the same ones starts from that
 * state: then {@link #add(AmendmentRecord)} costs the size of the convention and the changes of the
 * new amendment. It checks only the new amendment; it never re-checks the ones already accepted.
 * When the amendments in force on a date are exactly the ones that state applied, as they are from
 * the latest entry into force until the next lapse, {@link #asOf(LocalDate)} returns that state for
 * the date and costs one pass over the days each amendment is in force, which the history computes
 * once, when the amendment joins. {@link #of(Convention, List)} checks each amendment in turn, so it
 * costs the number of amendments times the size of the convention they build.
 *
 * <p>Two histories are equal when their base conventions, amendments and policies are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class History {

    /** The order of the timeline: date, then kind, then instrument. */
    private static final Comparator<TimelineEvent> TIMELINE_ORDER = (left, right) -> {
        int order = Long.compare(left.epochDay(), right.epochDay());
        if (order == 0) {
            order = left.kind().compareTo(right.kind());
        }
        return order != 0 ? order : left.instrument().compareTo(right.instrument());
    };

    private final Convention base;
    private final List<AmendmentRecord> amendments;
    private final List<AmendmentPolicy> policies;
    /**
     * The convention on the first day of the last accepted amendment that has a known start, that
     * amendment applied; null before there is one. Consolidating on a day whose amendments in force
     * begin with the same ones starts from this state instead of applying those amendments again,
     * so that adding an amendment costs the size of the convention and the new changes, not every
     * change of the history.
     */
    private final ConsolidatedConvention tip;
    /** When each amendment is in force, index for index with {@link #amendments}. */
    private final Schedule schedule;

    private History(Convention base, List<AmendmentRecord> amendments, Schedule schedule,
            List<AmendmentPolicy> policies, ConsolidatedConvention tip) {
        this.base = base;
        this.amendments = amendments;
        this.schedule = schedule;
        this.policies = policies;
        this.tip = tip;
    }

    /**
     * The outcome of checking a candidate: its violations, its days, and the tip it leaves if
     * accepted.
     */
    private static final class Evaluation {
        private final List<Violation> violations;
        private final Schedule.Span span;
        private final ConsolidatedConvention after;

        Evaluation(List<Violation> violations, Schedule.Span span, ConsolidatedConvention after) {
            this.violations = violations;
            this.span = span;
            this.after = after;
        }
    }

    /**
     * Obtains the history of a convention that has no amendment yet.
     *
     * @param base  the base convention (convention initiale), not null
     * @return the history, without policies, never null
     * @throws NullPointerException if the convention is null
     */
    public static History of(Convention base) {
        Objects.requireNonNull(base, "base");
        return new History(base, List.of(), Schedule.empty(0), List.of(), null);
    }

    /**
     * Obtains the history of a convention with its amendments, adding each in order under the
     * amendment rules (no policy).
     *
     * <p>Every violation of every amendment is reported, under {@code amendments[i]}. An amendment
     * that is rejected counts as unrecorded for checking the ones after it, so that one bad
     * amendment does not hide, or cascade into, the violations of the next.
     *
     * @param base  the base convention, not null
     * @param amendments  the amendments in order, numbered from 1, not null
     * @return the history, without policies, never null
     * @throws ValidationException if an amendment breaks a rule
     * @throws NullPointerException if an argument or an amendment is null
     */
    public static History of(Convention base, List<? extends AmendmentRecord> amendments) {
        Objects.requireNonNull(base, "base");
        List<AmendmentRecord> records = List.copyOf(amendments);
        // A private history over a growing list: each check sees the amendments accepted so far,
        // and no list is copied per amendment. It never escapes this method.
        List<AmendmentRecord> accepted = new ArrayList<>(records.size());
        Schedule schedule = Schedule.empty(records.size());
        History building = new History(base, accepted, schedule, List.of(), null);
        Violations violations = Violations.collector();
        for (int i = 0; i < records.size(); i++) {
            AmendmentRecord record = records.get(i);
            Evaluation evaluation = building.evaluate(record);
            violations.addAll("amendments[" + i + "]", evaluation.violations);
            boolean ok = evaluation.violations.isEmpty();
            accepted.add(ok ? record : UnrecordedAmendment.of(record.number()));
            schedule.append(ok ? evaluation.span : Schedule.Span.unrecorded());
            if (ok && evaluation.after != null) {
                building = new History(base, accepted, schedule, List.of(), evaluation.after);
            }
        }
        violations.throwIfAny();
        return new History(base, records, schedule, List.of(), building.tip);
    }

    /**
     * Returns a copy of this history with other policies, which apply to the amendments checked or
     * added from then on; the amendments already in the history are not checked again.
     *
     * @param policies  the policies, replacing the current ones, not null
     * @return the history with those policies, never null
     * @throws NullPointerException if the array or a policy is null
     */
    public History withPolicies(AmendmentPolicy... policies) {
        return withPolicies(Arrays.asList(policies));
    }

    /**
     * Returns a copy of this history with other policies, which apply to the amendments checked or
     * added from then on; the amendments already in the history are not checked again.
     *
     * @param policies  the policies, replacing the current ones, not null
     * @return the history with those policies, never null
     * @throws NullPointerException if the list or a policy is null
     */
    public History withPolicies(List<? extends AmendmentPolicy> policies) {
        return new History(base, amendments, schedule, List.copyOf(policies), tip);
    }

    /**
     * Gets the policies that amendments added to this history must comply with.
     *
     * @return the policies, possibly empty, never null, unmodifiable
     */
    public List<AmendmentPolicy> policies() {
        return policies;
    }

    /**
     * Gets the base convention (convention initiale).
     *
     * @return the base convention, never null
     */
    public Convention base() {
        return base;
    }

    /**
     * Gets the amendments, numbered 1 to n in order, recorded or not.
     *
     * @return the amendments, possibly empty, never null, unmodifiable
     */
    public List<AmendmentRecord> amendments() {
        return amendments;
    }

    // ---- rules --------------------------------------------------------------------------------

    /**
     * Tells whether an amendment would be accepted as the next one, and if not, why.
     *
     * @param next  the candidate, not null
     * @return every violation of the rules and policies, with paths relative to the candidate,
     *     empty if it would be accepted, never null
     * @throws NullPointerException if the candidate is null
     */
    public List<Violation> check(AmendmentRecord next) {
        return evaluate(next).violations;
    }

    private Evaluation evaluate(AmendmentRecord next) {
        Objects.requireNonNull(next, "next");
        Violations violations = Violations.collector();
        int expected = amendments.size() + 1;
        if (next.number() != expected) {
            violations.add(HistoryCodes.AMENDMENT_NUMBER_NOT_NEXT, "number", "amendment n° " + next.number()
                    + " does not follow: the history has " + amendments.size() + " amendments, the next is n° "
                    + expected);
        }
        Schedule.Span span = Schedule.Span.of(next);
        ConsolidatedConvention after = next instanceof Amendment
                ? checkAmendment((Amendment) next, span, violations) : null;
        return new Evaluation(violations.list(), span, after);
    }

    /**
     * Returns a history with one more amendment, after checking it.
     *
     * @param next  the amendment, numbered after the last one, not null
     * @return the new history, never null
     * @throws ValidationException with every violation of the rules and policies, the history
     *     being unchanged
     * @throws NullPointerException if the amendment is null
     */
    public History add(AmendmentRecord next) {
        Evaluation evaluation = evaluate(next);
        if (!evaluation.violations.isEmpty()) {
            throw new ValidationException(evaluation.violations);
        }
        List<AmendmentRecord> longer = new ArrayList<>(amendments.size() + 1);
        longer.addAll(amendments);
        longer.add(next);
        return new History(base, List.copyOf(longer), schedule.with(evaluation.span), policies,
                evaluation.after != null ? evaluation.after : tip);
    }

    /**
     * Checks a recorded amendment; returns the convention on its first day with it applied when it
     * has a known start and its changes apply, else null.
     */
    private ConsolidatedConvention checkAmendment(Amendment amendment, Schedule.Span span, Violations violations) {
        int count = amendments.size();
        List<Signature> signatures = amendment.signatures();
        for (int i = 0; i < signatures.size(); i++) {
            int index = i;
            signatures.get(i).date().filter(date -> date.isBefore(base.concludedOn())).ifPresent(date ->
                    violations.add(HistoryCodes.AMENDMENT_BEFORE_CONVENTION, "signatures[" + index + "].date",
                            "signed on " + date + ", before convention " + base.reference()
                                    + " was concluded on " + base.concludedOn()));
        }
        Optional<LocalDate> concluded = Optional.ofNullable(span.concludedOn);
        WorkingState standing = null;
        if (concluded.isPresent()) {
            LocalDate day = concluded.get();
            standing = stateOn(count, day);
            checkSignatures(amendment, standing.partyIds(), day, violations);
            standing.term().flatMap(term -> lastDay(term, true)).filter(day::isAfter).ifPresent(end ->
                    violations.add(HistoryCodes.AMENDMENT_AFTER_CONVENTION_END, lastSignaturePath(amendment, day),
                            "amendment n° " + amendment.number() + " is concluded on " + day + ", after convention "
                                    + base.reference() + " ended on " + end + " (renewals included)"));
        }
        Optional<LocalDate> start = span.start();
        start.filter(first -> span.lastDay.isBefore(first)).ifPresent(first ->
                violations.add(HistoryCodes.AMENDMENT_TERM_ENDS_BEFORE_EFFECT, "term.end", "amendment n° "
                        + amendment.number() + " takes effect on " + first + " but its term ends on "
                        + span.lastDay + ": it would never be in force"));
        ConsolidatedConvention first = checkChanges(amendment, span, standing, violations);
        if (first == null) {
            return null;
        }
        for (AmendmentPolicy policy : policies) {
            violations.addAll("", policy.check(this, amendment));
        }
        return start.isPresent() ? first : null;
    }

    /**
     * Applies the changes of an amendment to the convention as it stands on each of its
     * {@linkplain #applicationDates application dates}; returns the result on the first one, or
     * null after reporting the changes that do not apply.
     *
     * @param span  the days of the amendment
     * @param standing  the state on the day of its last signature, which is reused rather than built
     *     again, null for a draft
     */
    private ConsolidatedConvention checkChanges(Amendment amendment, Schedule.Span span, WorkingState standing,
            Violations violations) {
        LocalDate concludedOn = span.concludedOn;
        Violations changes = Violations.collector();
        Set<String> reported = new HashSet<>();
        ConsolidatedConvention first = null;
        for (LocalDate day : applicationDates(span)) {
            // The state on the day of conclusion serves again when the amendment takes effect that
            // day, as it does on signature by all parties; it is used once, since applying changes it.
            WorkingState state = standing != null && day.equals(concludedOn) ? standing
                    : stateOn(amendments.size(), day);
            standing = null;
            Violations here = Violations.collector();
            state.apply(amendment, day, here);
            if (here.isEmpty()) {
                try {
                    if (first == null) {
                        first = state.freeze(day, List.of());
                    } else {
                        state.toConvention();
                    }
                } catch (ValidationException e) {
                    WorkingState.reportInvalid(e, "changes", here);
                }
            }
            for (Violation violation : here.list()) {
                // The same change usually fails the same way in every state: report it once.
                if (reported.add(violation.code() + " " + violation.path())) {
                    changes.addAll("", List.of(violation));
                }
            }
        }
        violations.addAll("", changes.list());
        return changes.isEmpty() ? first : null;
    }

    private static String lastSignaturePath(Amendment amendment, LocalDate day) {
        List<Signature> signatures = amendment.signatures();
        for (int i = 0; i < signatures.size(); i++) {
            if (signatures.get(i).date().filter(day::equals).isPresent()) {
                return "signatures[" + i + "].date";
            }
        }
        return "signatures";
    }

    private static void checkSignatures(Amendment amendment, Set<String> standing, LocalDate day,
            Violations violations) {
        Set<String> added = new LinkedHashSet<>();
        for (Change change : amendment.changes()) {
            if (change instanceof AddParty addParty) {
                added.add(addParty.party().id());
            }
        }
        Set<String> signed = new HashSet<>();
        amendment.signatures().forEach(signature -> signed.add(signature.party()));
        for (String party : standing) {
            if (!signed.contains(party)) {
                violations.add(HistoryCodes.AMENDMENT_SIGNATURE_MISSING, "signatures", "party '" + party
                        + "' of the convention as it stands on " + day + " does not sign amendment n° "
                        + amendment.number());
            }
        }
        for (String party : added) {
            if (!signed.contains(party) && !standing.contains(party)) {
                violations.add(HistoryCodes.AMENDMENT_SIGNATURE_MISSING, "signatures", "party '" + party
                        + "', which amendment n° " + amendment.number() + " adds, does not sign it");
            }
        }
        for (int i = 0; i < amendment.signatures().size(); i++) {
            String party = amendment.signatures().get(i).party();
            if (!standing.contains(party) && !added.contains(party)) {
                violations.add(HistoryCodes.AMENDMENT_SIGNATORY_NOT_A_PARTY, "signatures[" + i + "].party", "'"
                        + party + "' signs but is not a party of the convention as it stands on " + day
                        + ", nor one the amendment adds; the parties are " + standing);
            }
        }
    }

    /**
     * The days whose states a candidate's changes are checked against: for an amendment with a
     * known start, its first day and each day within its term on which an earlier amendment takes
     * effect or lapses; otherwise the one day it is checked on (see the class documentation).
     */
    private Set<LocalDate> applicationDates(Schedule.Span candidate) {
        Set<LocalDate> days = new TreeSet<>();
        if (candidate.firstDay == null) {
            days.add(candidate.concludedOn != null ? candidate.concludedOn : latestEntryIntoForce(amendments.size()));
            return days;
        }
        days.add(candidate.firstDay);
        schedule.changesWithin(amendments.size(), candidate.firstDay, candidate.lastDay, days);
        return days;
    }

    // ---- time ---------------------------------------------------------------------------------

    /**
     * The last day of a convention term; the start of the convention is the day its start rule
     * gives, the date of conclusion standing for the last signature.
     */
    private Optional<LocalDate> lastDay(Term term, boolean withRenewals) {
        Optional<LocalDate> start = term.start().startDate(Optional.of(base.concludedOn()));
        Optional<LocalDate> last = term.end().date().or(() -> start.map(term::lastDay));
        if (!withRenewals || term.renewal().isEmpty() || last.isEmpty()) {
            return last;
        }
        Renewal renewal = term.renewal().get();
        LocalDate after = last.get().plusDays(1);
        for (int i = 0; i < renewal.maxRenewals(); i++) {
            after = after.plus(renewal.period());
        }
        return Optional.of(after.minusDays(1));
    }

    /** The latest day the history knows a state for: the latest entry into force, or the conclusion. */
    private LocalDate latestEntryIntoForce(int count) {
        LocalDate latest = base.term().flatMap(term -> term.start().startDate(Optional.of(base.concludedOn())))
                .filter(start -> start.isAfter(base.concludedOn())).orElse(base.concludedOn());
        LocalDate start = schedule.latestStart(count);
        return start != null && start.isAfter(latest) ? start : latest;
    }

    /**
     * The base with the first {@code count} amendments that are in force on a day applied; starts
     * from the {@link #tip} when the amendments in force begin with those the tip applied.
     */
    private WorkingState stateOn(int count, LocalDate day) {
        return stateOn(schedule.inForce(count, day), day);
    }

    private WorkingState stateOn(int[] inForce, LocalDate day) {
        int skip = tipApplied(inForce);
        WorkingState state = skip < 0 ? WorkingState.of(base) : WorkingState.from(base, tip);
        Violations violations = Violations.collector();
        for (int i = Math.max(skip, 0); i < inForce.length; i++) {
            state.apply((Amendment) amendments.get(inForce[i]), day, violations);
        }
        if (!violations.isEmpty()) {
            // Each amendment was checked against every state it applies to when it was accepted.
            throw new IllegalStateException("an accepted amendment no longer applies: " + violations.list());
        }
        return state;
    }

    /**
     * How many of the amendments in force (indices, in order) the {@link #tip} has applied: all of
     * the tip's when they begin the list, else -1 (the tip is of no use).
     *
     * <p>The tip applied exactly the amendments up to its last that are in force on its day. So when
     * each of the first as many amendments in force as the tip applied is one of those, they are
     * the tip's, in the same order; this takes no look at the amendments themselves.
     */
    private int tipApplied(int[] inForce) {
        if (tip == null || tip.amendmentsInForce().size() > inForce.length) {
            return -1;
        }
        List<Integer> applied = tip.amendmentsInForce();
        if (applied.isEmpty()) {
            return 0;
        }
        long tipDay = tip.date().toEpochDay();
        int tipLast = applied.get(applied.size() - 1) - 1;
        for (int i = 0; i < applied.size(); i++) {
            if (inForce[i] > tipLast || !schedule.covers(inForce[i], tipDay)) {
                return -1;
            }
        }
        return applied.size();
    }

    /**
     * The consolidation of the first {@code count} amendments on a day. When the amendments in force
     * that day are exactly those the {@link #tip} applied, which is the case from the last entry
     * into force until the next lapse, it is the tip itself, re-dated: no state is copied or built.
     */
    private ConsolidatedConvention consolidate(int count, LocalDate day, List<UnrecordedAmendment> unrecorded) {
        int[] inForce = schedule.inForce(count, day);
        if (tipApplied(inForce) == inForce.length) {
            return tip.redated(day, unrecorded);
        }
        return stateOn(inForce, day).freeze(day, unrecorded);
    }

    private List<UnrecordedAmendment> unrecordedBefore(int count, LocalDate day) {
        int[] indices = schedule.unrecordedBefore(count, day, base.concludedOn());
        List<UnrecordedAmendment> found = new ArrayList<>(indices.length);
        for (int index : indices) {
            found.add((UnrecordedAmendment) amendments.get(index));
        }
        return found;
    }

    // ---- consolidation ------------------------------------------------------------------------

    /**
     * Gets the convention as in force on a date (version consolidée): the base convention with
     * every signed amendment whose own term covers the date applied in order, each element with
     * its provenance.
     *
     * <p>Drafts and amendments not yet notified are never applied. The date is not checked against
     * the convention's own term: the result is the text that would apply, and
     * {@link ConsolidatedConvention#term()} tells whether the convention itself is in force.
     *
     * @param date  the date, not null
     * @return the consolidated convention, never null
     * @throws NullPointerException if the date is null
     */
    public ConsolidatedConvention asOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return consolidate(amendments.size(), date, unrecordedBefore(amendments.size(), date));
    }

    /**
     * Gets the convention as it stands just before a candidate amendment takes effect: on its start
     * if known, else on the day of its last signature, else (a draft) on the latest entry into force
     * the history records; with the history's amendments in force that day.
     *
     * @param candidate  the candidate amendment, not null
     * @return the convention as it stands, never null
     * @throws NullPointerException if the candidate is null
     */
    public ConsolidatedConvention standingBefore(Amendment candidate) {
        Objects.requireNonNull(candidate, "candidate");
        LocalDate day = referenceDate(candidate, amendments.size());
        return consolidate(amendments.size(), day, unrecordedBefore(amendments.size(), day));
    }

    /**
     * Gets the convention as it stands just after a candidate amendment takes effect: the state of
     * {@link #standingBefore(Amendment)} with the candidate's changes applied, whether or not the
     * candidate is signed.
     *
     * @param candidate  the candidate amendment, not null
     * @return the convention as amended, never null
     * @throws ValidationException if a change does not apply or the result breaks an invariant
     * @throws NullPointerException if the candidate is null
     */
    public ConsolidatedConvention standingAfter(Amendment candidate) {
        Objects.requireNonNull(candidate, "candidate");
        return after(candidate, amendments.size());
    }

    private ConsolidatedConvention after(Amendment amendment, int count) {
        LocalDate day = referenceDate(amendment, count);
        WorkingState state = stateOn(count, day);
        Violations violations = Violations.collector();
        state.apply(amendment, day, violations);
        violations.throwIfAny();
        return state.freeze(day, unrecordedBefore(count, day));
    }

    private LocalDate referenceDate(Amendment amendment, int count) {
        Schedule.Span span = Schedule.Span.of(amendment);
        return span.firstDay != null ? span.firstDay
                : span.concludedOn != null ? span.concludedOn : latestEntryIntoForce(count);
    }

    /**
     * Gets the change in money committed that an amendment of this history makes: the total
     * committed just after it takes effect less the total just before, on the day given by
     * {@link #standingBefore(Amendment)} for the amendments before it.
     *
     * @param number  the number of a recorded amendment of this history
     * @return the change, negative for a decrease, empty when no money is committed before or after,
     *     never null
     * @throws IllegalArgumentException if the history has no recorded amendment with that number
     * @throws ValidationException with {@link dev.conventio.history.HistoryCodes#MONEY_CURRENCY_MIXED} if the amounts are
     *     not all in one currency
     */
    public Optional<Money> committedIncrease(int number) {
        if (number < 1 || number > amendments.size() || !(amendments.get(number - 1) instanceof Amendment)) {
            throw new IllegalArgumentException("the history has no recorded amendment n° " + number);
        }
        Amendment amendment = (Amendment) amendments.get(number - 1);
        LocalDate day = referenceDate(amendment, number - 1);
        Optional<Money> before = consolidate(number - 1, day, List.of()).totalCommitted();
        return difference(after(amendment, number - 1).totalCommitted(), before);
    }

    /** The money the base convention commits, for policies that cap increases. */
    Optional<Money> initialCommitment() {
        return WorkingState.of(base).freeze(base.concludedOn(), List.of()).totalCommitted();
    }

    /** Subtracts two optional totals, an absent one counting as zero. */
    static Optional<Money> difference(Optional<Money> after, Optional<Money> before) {
        return sum(after, before.map(Money::negated));
    }

    /**
     * Adds two optional totals, an absent one counting as zero.
     *
     * @throws ValidationException with {@link dev.conventio.history.HistoryCodes#MONEY_CURRENCY_MIXED} for two currencies
     */
    static Optional<Money> sum(Optional<Money> left, Optional<Money> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return left.isEmpty() ? right : left;
        }
        if (!left.get().getCurrencyUnit().equals(right.get().getCurrencyUnit())) {
            Violations.collector().add(HistoryCodes.MONEY_CURRENCY_MIXED, "", "cannot add " + left.get() + " and "
                    + right.get() + "; amounts are never converted between currencies").throwIfAny();
        }
        return Optional.of(left.get().plus(right.get()));
    }

    // ---- timeline -----------------------------------------------------------------------------

    /**
     * Gets the dated events of the convention in date order: its conclusion, each dated signature
     * of every instrument (drafts included, as partial signatures are facts), each entry into
     * force and lapse of a signed amendment, each committee decision of the base convention or
     * recorded by a signed amendment, and the end of the convention, renewals aside, as its term
     * stands on the latest entry into force the history records.
     *
     * <p>Events of the same day are ordered by {@linkplain TimelineEvent.Kind kind}, then by
     * instrument, then in the order of the instrument's text: the order is stable.
     *
     * @return the events, never null, unmodifiable
     */
    public List<TimelineEvent> timeline() {
        // One list per kind, each filled in instrument order. In a history whose instruments are
        // signed, take effect and lapse in the order of their numbers, as they usually are, each
        // list is already in date order, and the stable sort below (TimSort) only merges a handful
        // of sorted runs: close to linear, where sorting the events as they come would cost
        // n log n comparisons.
        TimelineEvent.Kind[] kinds = TimelineEvent.Kind.values();
        List<List<TimelineEvent>> byKind = new ArrayList<>(kinds.length);
        for (int k = 0; k < kinds.length; k++) {
            byKind.add(new ArrayList<>());
        }
        Instrument baseInstrument = Instrument.base();
        List<Signature> baseSignatures = base.signatures();
        for (int k = 0; k < baseSignatures.size(); k++) {
            Signature signature = baseSignatures.get(k);
            signature.date().ifPresent(date -> add(byKind, TimelineEvent.described(date.toEpochDay(),
                    TimelineEvent.Kind.SIGNATURE, baseInstrument, () -> signed(baseInstrument, signature))));
        }
        add(byKind, TimelineEvent.of(base.concludedOn(), TimelineEvent.Kind.CONCLUSION, baseInstrument,
                "convention " + base.reference() + " concluded"));
        base.term().flatMap(term -> term.start().startDate(Optional.of(base.concludedOn()))).ifPresent(start ->
                add(byKind, TimelineEvent.of(start, TimelineEvent.Kind.ENTRY_INTO_FORCE, baseInstrument,
                        "convention " + base.reference() + " takes effect")));
        for (CommitteeDecision decision : base.decisions()) {
            add(byKind, TimelineEvent.described(decision.date().toEpochDay(), TimelineEvent.Kind.COMMITTEE_DECISION,
                    baseInstrument, () -> decided(decision, null)));
        }
        // The amendments' events come from the schedule's dates alone: the amendments themselves
        // are read only when a description is asked for. Amendment j is number j + 1.
        for (int j = 0; j < amendments.size(); j++) {
            if (schedule.isUnrecorded(j)) {
                continue;
            }
            int index = j;
            Instrument instrument = Instrument.amendment(j + 1);
            for (int k = schedule.signaturesFrom(j); k < schedule.signaturesFrom(j + 1); k++) {
                if (schedule.signatureDay(k) != Schedule.UNKNOWN) {
                    int signature = k - schedule.signaturesFrom(j);
                    add(byKind, TimelineEvent.described(schedule.signatureDay(k), TimelineEvent.Kind.SIGNATURE,
                            instrument, () -> signed(instrument, amendment(index).signatures().get(signature))));
                }
            }
            if (schedule.first(j) != Schedule.UNKNOWN) {
                add(byKind, TimelineEvent.described(schedule.first(j), TimelineEvent.Kind.ENTRY_INTO_FORCE, instrument,
                        () -> instrument + " takes effect"));
                add(byKind, TimelineEvent.described(schedule.last(j), TimelineEvent.Kind.LAPSE, instrument,
                        () -> "last day the provisions of " + instrument + " are in force"));
            }
            for (int k = schedule.decisionsFrom(j); k < schedule.decisionsFrom(j + 1); k++) {
                int change = schedule.decisionChange(k);
                add(byKind, TimelineEvent.described(schedule.decisionDay(k), TimelineEvent.Kind.COMMITTEE_DECISION,
                        instrument, () -> {
                            RecordDecision recorded = (RecordDecision) amendment(index).changes().get(change);
                            return decided(recorded.decision(), recorded.article());
                        }));
            }
        }
        endOfConvention().ifPresent(end -> add(byKind, end));
        int total = 0;
        for (List<TimelineEvent> events : byKind) {
            total += events.size();
        }
        List<TimelineEvent> events = new ArrayList<>(total);
        byKind.forEach(events::addAll);
        // List.sort is stable: same-day events of the same kind and instrument keep the order they
        // were listed in, which each list keeps.
        events.sort(TIMELINE_ORDER);
        return Collections.unmodifiableList(events);
    }

    private Amendment amendment(int index) {
        return (Amendment) amendments.get(index);
    }

    private static void add(List<List<TimelineEvent>> byKind, TimelineEvent event) {
        byKind.get(event.kind().ordinal()).add(event);
    }

    /**
     * The end of the convention, renewals aside, as its term stands on the latest entry into force
     * the history records; empty when the term or its end is not recorded.
     */
    private Optional<TimelineEvent> endOfConvention() {
        int count = amendments.size();
        LocalDate latest = latestEntryIntoForce(count);
        int[] inForce = schedule.inForce(count, latest);
        Optional<Term> standing = tipApplied(inForce) == inForce.length
                ? tip.term().map(Sourced::value) : stateOn(inForce, latest).term();
        return standing.flatMap(term -> lastDay(term, false).map(end -> TimelineEvent.of(end,
                TimelineEvent.Kind.END, Instrument.base(), "last day of convention " + base.reference()
                        + term.renewal().map(renewal -> ", renewable " + renewal.maxRenewals() + " time(s) by "
                                + renewal.period()).orElse(""))));
    }

    /** The description of a signature. */
    private static String signed(Instrument instrument, Signature signature) {
        return instrument + " signed for '" + signature.party() + "' by " + signature.signatory() + ", "
                + signature.capacity();
    }

    /**
     * The description of a committee decision.
     *
     * @param recordedBy  the article of the amendment that records it, null for the base convention
     */
    private static String decided(CommitteeDecision decision, String recordedBy) {
        return decision.statement() + (decision.validatedPhases().isEmpty() ? ""
                : " (validates phases " + decision.validatedPhases() + ")")
                + (recordedBy == null ? "" : ", recorded by article " + recordedBy);
    }

    /**
     * Compares the base convention, the amendments and the policies; what a history derives from
     * them, such as the state it keeps to consolidate faster, takes no part.
     *
     * @param other  the other object, null returns false
     * @return true if the other is a history with equal base, amendments and policies
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof History)) {
            return false;
        }
        History that = (History) other;
        return base.equals(that.base) && amendments.equals(that.amendments) && policies.equals(that.policies);
    }

    @Override
    public int hashCode() {
        return Objects.hash(base, amendments, policies);
    }

    /**
     * Returns a short description: the reference and the number of amendments.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return "History of " + base.reference() + " with " + amendments.size() + " amendment(s)"
                + (policies.isEmpty() ? "" : " under " + policies);
    }
}
