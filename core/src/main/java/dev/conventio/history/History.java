package dev.conventio.history;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.convention.Convention;
import dev.conventio.party.Representation;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * A convention and its numbered amendments (avenants), in order, each accepted under the
 * amendment rules and the history's {@linkplain AmendmentPolicy policies}.
 * <pre>{@code
 * History history = History.of(convention)
 *         .add(UnrecordedAmendment.of(1))          // known to exist, content not recorded
 *         .add(avenant2);                          // throws ValidationException if a rule is broken
 * ConsolidatedConvention mid2020 = history.asOf(LocalDate.of(2020, 6, 30));
 * List<Violation> problems = history.check(avenant3); // would it be accepted?
 * }</pre>
 *
 * <p>An amendment joins under the amendment rules ({@link HistoryCodes}, {@code docs/history.md})
 * and, once its changes apply, the history's policies; a rule that what it records cannot decide is
 * an undetermined outcome, kept. It takes effect by its own term; its provisions last as long as the
 * convention unless its term has an end, after which only a change of the term and a termination
 * remain; a draft is never in force. {@link #add} costs the size of the convention and the new changes.
 *
 * <p>Two histories are equal when their base conventions and amendments are: a history is data, as
 * its JSON document is, and its policies are the application's code that constrains what may be
 * added next, not part of what the history records. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class History {

    private final Chronicle chronicle;
    private final List<AmendmentPolicy> policies;

    private History(Chronicle chronicle, List<AmendmentPolicy> policies) {
        this.chronicle = chronicle;
        this.policies = policies;
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
        return new History(Chronicle.of(base), List.of());
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
        return AmendmentRules.admitAll(of(base), amendments);
    }

    /**
     * Returns a copy of this history with other policies, as {@link #withPolicies(List)} does.
     *
     * @param policies  the policies, replacing the current ones, not null
     * @return the history with those policies, never null
     * @throws NullPointerException if the array or a policy is null
     */
    public History withPolicies(AmendmentPolicy... policies) {
        return withPolicies(List.of(policies));
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
        return new History(chronicle, List.copyOf(policies));
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
        return chronicle.base();
    }

    /**
     * Gets the amendments, numbered 1 to n in order, recorded or not.
     *
     * @return the amendments, possibly empty, never null, unmodifiable
     */
    public List<AmendmentRecord> amendments() {
        return chronicle.ledger().records();
    }

    /**
     * Tells whether an amendment would be accepted as the next one, and if not, why.
     *
     * @param next  the candidate, not null
     * @return every violation of the rules and policies and every {@linkplain Violation#isUndetermined
     *     undetermined outcome}, with paths relative to the candidate; it would be accepted when all
     *     are undetermined; never null
     * @throws NullPointerException if the candidate is null
     */
    public List<Violation> check(AmendmentRecord next) {
        return AmendmentRules.evaluate(this, Objects.requireNonNull(next, "next")).outcomes();
    }

    /**
     * Returns a history with one more amendment, after checking it: accepted when no rule or policy
     * is certainly broken, its undetermined outcomes kept ({@link #undetermined()}).
     *
     * @param next  the amendment, numbered after the last one, not null
     * @return the new history, never null
     * @throws ValidationException with every certain violation of the rules and policies, the
     *     history being unchanged
     * @throws NullPointerException if the amendment is null
     */
    public History add(AmendmentRecord next) {
        return AmendmentRules.admit(this, Objects.requireNonNull(next, "next"));
    }

    /** This history with one more record, already evaluated. */
    History withRecord(AmendmentRecord record, AmendmentRules.Evaluation evaluation) {
        return new History(chronicle.append(record, evaluation), policies);
    }

    /**
     * Gets the undetermined outcomes the amendments were accepted with: the rules (and policies)
     * that what they record cannot decide, such as a signature dated only by its year.
     *
     * @return the outcomes, under {@code amendments[i]}, in order, possibly empty, never null, unmodifiable
     */
    public List<Violation> undetermined() {
        return chronicle.ledger().undetermined();
    }

    /** The consolidation engine, for the rules of this package. */
    Chronicle chronicle() {
        return chronicle;
    }

    /**
     * Gets the convention as in force on a date (version consolidée), each element with its
     * provenance: the base with every signed amendment that has taken effect applied in order, whole
     * while its own term lasts, else what outlives it (a change of the term, a termination). Drafts
     * and amendments not yet notified are never applied; {@link ConsolidatedConvention#life()} tells
     * whether the convention itself is in force.
     *
     * @param date  the date, not null
     * @return the consolidated convention, never null
     * @throws NullPointerException if the date is null
     */
    public ConsolidatedConvention asOf(LocalDate date) {
        return chronicle.consolidate(chronicle.ledger().size(), Objects.requireNonNull(date, "date"));
    }

    /**
     * Tells whether the convention is in force on a date, as {@code asOf(date).life()} does, without
     * building the view: in time logarithmic in the number of days on which the term changes.
     *
     * @param date  the date, not null
     * @return the life on that date, never null
     * @throws NullPointerException if the date is null
     */
    public Life lifeOn(LocalDate date) {
        return chronicle.lifeline().lifeOn(Objects.requireNonNull(date, "date"));
    }

    /**
     * Lists the periods during which the convention is certainly in force, in order: usually one,
     * to the last day of its term as amended (renewals aside) or of its termination.
     *
     * @return the periods, possibly empty (no term, or a notification pending), never null, unmodifiable
     */
    public List<PeriodInForce> periodsInForce() {
        return chronicle.lifeline().periodsInForce();
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
        return chronicle.standingBefore(Objects.requireNonNull(candidate, "candidate"));
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
        return chronicle.standingAfter(Objects.requireNonNull(candidate, "candidate"));
    }

    /**
     * Gets the change in money committed that an amendment of this history makes: the total
     * committed just after it takes effect less the total just before, on the day given by
     * {@link #standingBefore(Amendment)} for the amendments before it, amounts not known left out.
     *
     * @param number  the number of a recorded amendment of this history
     * @return the change, negative for a decrease, empty when no money is committed before or after
     *     or when the amendment gives, removes or changes an amount not known, never null
     * @throws IllegalArgumentException if the history has no recorded amendment with that number
     * @throws ValidationException with {@link HistoryCodes#MONEY_CURRENCY_MIXED} if the amounts are
     *     not all in one currency
     */
    public Optional<Money> committedIncrease(int number) {
        return MoneyTotals.increase(chronicle, number).determined();
    }

    /**
     * Gets the dated events of the convention in date order ({@code docs/history.md}): its
     * conclusion, each dated signature (drafts included), each entry into force and lapse, each
     * committee decision, and its end (renewals aside) or termination. Same-day events are ordered
     * by {@linkplain TimelineEvent.Kind kind}, instrument and text: the order is stable.
     *
     * @return the events, never null, unmodifiable
     */
    public List<TimelineEvent> timeline() {
        return Timeline.of(chronicle);
    }

    /**
     * Gets who represented a party in each instrument of the history: in the base convention (its
     * stated representation, else the party's own representative, the form version 1 has), then in
     * each recorded amendment that states one, drafts included, in order.
     *
     * @param party  the identifier of the party (or of a participant), not null
     * @return the representations by instrument, in order, possibly empty, never null, unmodifiable
     * @throws NullPointerException if the identifier is null
     */
    public Map<Instrument, Representation> representationsOf(String party) {
        return Representations.inHistory(base(), amendments(), Objects.requireNonNull(party, "party"));
    }

    /** Compares the base conventions and the amendments; the policies take no part (see above). */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof History that && base().equals(that.base())
                && amendments().equals(that.amendments());
    }

    @Override
    public int hashCode() {
        return Objects.hash(base(), amendments());
    }

    /** Returns a short description: the reference, the number of amendments and the policies. */
    @Override
    public String toString() {
        return "History of " + base().identification() + " with " + amendments().size() + " amendment(s)"
                + (policies.isEmpty() ? "" : " under " + policies);
    }
}
