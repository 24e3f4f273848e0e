package dev.conventio.history;

import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.change.TerminateConvention;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.governance.SteeringCommittee;
import dev.conventio.party.Party;
import dev.conventio.party.Representation;
import dev.conventio.term.Term;
import dev.conventio.work.Orientation;
import dev.conventio.work.Phase;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.joda.money.Money;

/**
 * A convention as in force on a date (version consolidée): the base convention with every signed
 * amendment in force that day applied in order, each element with the {@link Provenance} of the
 * instrument and article that last set it.
 * <pre>{@code
 * ConsolidatedConvention mid2020 = history.asOf(LocalDate.of(2020, 6, 30));
 * Sourced<FinancialContribution> c = mid2020.contribution("participation-2020").orElseThrow();
 * c.provenance();                                  // amendment n° 2, article 2
 * mid2020.committedForBudgetYear(Year.of(2020));   // Optional[EUR 100000.00]
 * }</pre>
 *
 * <p>What "last set" means for each kind of element:
 * <ul>
 *   <li>the object: the base, or the last {@code ChangeObject};</li>
 *   <li>a party: the change that added it or last changed its representative or mandate;</li>
 *   <li>a phase: the change that added or replaced it, or last changed its status; its
 *       orientations carry their own provenance, the change that last set them
 *       ({@code SetOrientations}, or adding or replacing the phase);</li>
 *   <li>a contribution: the change that added or replaced it, or last changed its amount or schedule;</li>
 *   <li>a committee decision: the instrument that recorded it;</li>
 *   <li>the steering committee and the term: the change that last set them, for the term including
 *       a change of its start or end;</li>
 *   <li>an article of the base text: the base article itself, or the amending article that replaced
 *       or added it.</li>
 * </ul>
 *
 * <p>Money queries add amounts only in one currency: a sum that would mix currencies throws a
 * {@link dev.conventio.validation.ValidationException} with {@link dev.conventio.history.HistoryCodes#MONEY_CURRENCY_MIXED}
 * whose path names the first contribution in another currency, never a silent or converted sum.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ConsolidatedConvention {

    private final LocalDate date;
    private final State state;
    private final List<UnrecordedAmendment> unrecordedBefore;

    /**
     * A view of a state on a date.
     *
     * @param unrecordedBefore  the unrecorded amendments that may be in force on that date
     */
    ConsolidatedConvention(LocalDate date, State state, List<UnrecordedAmendment> unrecordedBefore) {
        this.date = date;
        this.state = state;
        this.unrecordedBefore = List.copyOf(unrecordedBefore);
    }

    /**
     * Gets the date this consolidation is for.
     *
     * @return the date, never null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Gets the consolidated convention as a plain model value, without provenance.
     *
     * <p>Its signatures are those of the base convention, less those of parties removed since.
     *
     * @return the convention, never null
     */
    public Convention convention() {
        return state.convention();
    }

    /**
     * Gets who represented a party (or a participant) in each instrument of this view: the base
     * convention (its stated representation, else the party's version-1 representative), then each
     * amendment in force that states one.
     *
     * @param party  the identifier of the party, not null
     * @return the representations by instrument, in order, possibly empty, never null, unmodifiable
     * @throws NullPointerException if the identifier is null
     */
    public Map<Instrument, Representation> representationsOf(String party) {
        java.util.Objects.requireNonNull(party, "party");
        Map<Instrument, Representation> found = new LinkedHashMap<>();
        state.representations.stream().filter(e -> e.getValue().party().equals(party))
                .forEach(e -> found.put(e.getKey(), e.getValue()));
        return java.util.Collections.unmodifiableMap(found);
    }

    /**
     * Gets the numbers of the amendments applied: the signed ones in force on the date, in order.
     *
     * @return the amendment numbers, possibly empty, never null, unmodifiable
     */
    public List<Integer> amendmentsInForce() {
        return state.applied;
    }

    /**
     * Gets the unrecorded amendments that may be in force on the date, so that this consolidation
     * may be incomplete.
     *
     * <p>Amendments are numbered in the order they are concluded, so an unrecorded amendment cannot
     * have been concluded before the conclusion of the instrument numbered just before it that is
     * recorded (the base convention, or a signed amendment); it is listed unless that date is after
     * the date of this consolidation.
     *
     * @return the unrecorded amendments, possibly empty, never null, unmodifiable
     */
    public List<UnrecordedAmendment> unrecordedBefore() {
        return unrecordedBefore;
    }

    /**
     * Tells whether this consolidation may be incomplete because an unrecorded amendment may be in
     * force on the date.
     *
     * @return true if {@link #unrecordedBefore()} is not empty
     */
    public boolean isPossiblyIncomplete() {
        return !unrecordedBefore.isEmpty();
    }

    /**
     * Gets the object of the convention (objet) with its provenance.
     *
     * @return the object, never null
     */
    public Sourced<String> object() {
        return state.object;
    }

    /**
     * Gets the parties with their provenance, in order.
     *
     * @return the parties, never null, unmodifiable
     */
    public List<Sourced<Party>> parties() {
        return state.parties;
    }

    /**
     * Finds a party by identifier.
     *
     * @param id  the identifier, not null
     * @return the party with its provenance, empty if none has that identifier, never null
     * @throws NullPointerException if the identifier is null
     */
    public Optional<Sourced<Party>> party(String id) {
        Objects.requireNonNull(id, "id");
        return find(state.parties, party -> party.id().equals(id));
    }

    /**
     * Gets the phases with their provenance, numbered 1 to n.
     *
     * @return the phases, possibly empty, never null, unmodifiable
     */
    public List<Sourced<Phase>> phases() {
        return state.phases;
    }

    /**
     * Finds a phase by number.
     *
     * @param number  the phase number
     * @return the phase with its provenance, empty if there is no such phase, never null
     */
    public Optional<Sourced<Phase>> phase(int number) {
        return number >= 1 && number <= state.phases.size() ? Optional.of(state.phases.get(number - 1)) : Optional.empty();
    }

    /**
     * Gets the orientations (étapes de travail) of a phase, each with the provenance of the change
     * that last set the phase's orientations.
     *
     * @param phase  the phase number
     * @return the orientations, possibly empty, never null, unmodifiable
     * @throws IllegalArgumentException if there is no such phase
     */
    public List<Sourced<Orientation>> orientations(int phase) {
        Sourced<Phase> found = phase(phase).orElseThrow(() -> new IllegalArgumentException(
                "phase " + phase + " does not exist; the convention has " + state.phases.size() + " phases on " + date));
        Provenance source = state.orientationSources.get(phase - 1);
        List<Sourced<Orientation>> result = new ArrayList<>();
        found.value().orientations().forEach(orientation -> result.add(Sourced.of(orientation, source)));
        return Collections.unmodifiableList(result);
    }

    /** The provenance of the orientations of an existing phase, for working states that start from here. */
    Provenance orientationsProvenance(int phase) {
        return state.orientationSources.get(phase - 1);
    }

    /**
     * Gets the financial contributions with their provenance, in order.
     *
     * @return the contributions, possibly empty, never null, unmodifiable
     */
    public List<Sourced<FinancialContribution>> contributions() {
        return state.contributions;
    }

    /**
     * Finds a financial contribution by identifier.
     *
     * @param id  the identifier, not null
     * @return the contribution with its provenance, empty if none has that identifier, never null
     * @throws NullPointerException if the identifier is null
     */
    public Optional<Sourced<FinancialContribution>> contribution(String id) {
        Objects.requireNonNull(id, "id");
        return find(state.contributions, contribution -> contribution.id().equals(id));
    }

    /**
     * Gets the committee decisions with the instrument that recorded them, in date order.
     *
     * @return the decisions, possibly empty, never null, unmodifiable
     */
    public List<Sourced<CommitteeDecision>> decisions() {
        return state.decisions;
    }

    /**
     * Gets the steering committee (comité de pilotage) with its provenance.
     *
     * @return the committee, empty when none is set up, never null
     */
    public Optional<Sourced<SteeringCommittee>> steeringCommittee() {
        return state.steeringCommittee;
    }

    /**
     * Gets the term of the convention (durée) with its provenance.
     *
     * @return the term, empty when none is recorded, never null
     */
    public Optional<Sourced<Term>> term() {
        return state.term;
    }

    /**
     * Gets the recorded articles of the text with their provenance, in order.
     *
     * @return the articles, possibly empty, never null, unmodifiable
     */
    public List<Sourced<Article>> articles() {
        return state.articles;
    }

    /**
     * Finds an article by number.
     *
     * @param number  the number as written, not null
     * @return the article with its provenance, empty if none has that number, never null
     * @throws NullPointerException if the number is null
     */
    public Optional<Sourced<Article>> article(String number) {
        Objects.requireNonNull(number, "number");
        return find(state.articles, article -> article.number().equals(number));
    }

    /**
     * Gets the text of the convention as in force (texte consolidé): its preamble and articles,
     * each paragraph and table with its provenance, the articles deleted, and the textual
     * modifications kept as instructions where the text they name is not recorded.
     *
     * @return the text, never null
     */
    public ConsolidatedText text() {
        return state.text;
    }

    // ---- money --------------------------------------------------------------------------------

    /**
     * Gets whether the convention is in force on the date: not yet, in force, ended, terminated or
     * undetermined, with the day and the provenance of what decided it (its term as it stands on
     * the date).
     *
     * @return the life, never null
     */
    public Life life() {
        return Life.on(date, state.term, state.base.concludedOn(), state.termination);
    }

    /**
     * Gets the termination of the convention (résiliation) recorded by the date, with its
     * provenance, whether or not its last day has passed.
     *
     * @return the termination, empty when none is recorded, never null
     */
    public Optional<Sourced<TerminateConvention>> termination() {
        return state.termination;
    }

    /**
     * Gets the money committed on the date by every contribution: zero when the convention is not
     * in force that day.
     *
     * @return the total, nothing counted when there is no contribution, never null
     * @throws dev.conventio.validation.ValidationException with {@link HistoryCodes#MONEY_CURRENCY_MIXED}
     *     if the contributions are not all in one currency
     */
    public Committed totalCommitted() {
        return MoneyTotals.sum(state.contributions, contribution -> true, "the total committed", date, life());
    }

    /**
     * Gets the money committed on the date by each contributor.
     *
     * @return the totals by contributor identifier, in the order contributors first appear, never null,
     *     unmodifiable
     * @throws dev.conventio.validation.ValidationException with {@link HistoryCodes#MONEY_CURRENCY_MIXED}
     *     if the contributions of one contributor are not all in one currency
     */
    public Map<String, Committed> committedByContributor() {
        return MoneyTotals.totals(state.contributions, FinancialContribution::contributor, new LinkedHashMap<>(),
                "the money committed by ", date, life());
    }

    /**
     * Gets the money committed on the date to each beneficiary.
     *
     * @return the totals by beneficiary identifier, in the order beneficiaries first appear, never null,
     *     unmodifiable
     * @throws dev.conventio.validation.ValidationException with {@link HistoryCodes#MONEY_CURRENCY_MIXED}
     *     if the contributions to one beneficiary are not all in one currency
     */
    public Map<String, Committed> committedByBeneficiary() {
        return MoneyTotals.totals(state.contributions, FinancialContribution::beneficiary, new LinkedHashMap<>(),
                "the money committed to ", date, life());
    }

    /**
     * Gets the money committed on the date for each budget period, as the contributions state
     * their periods.
     *
     * <p>A multi-year period such as {@code 2020-2022} is a key of its own and is never split
     * across its years: any split would invent an allocation the instrument does not state, and
     * counting the whole amount in each year would count it several times.
     *
     * @return the totals by budget period, in period order, never null, unmodifiable
     * @throws dev.conventio.validation.ValidationException with {@link HistoryCodes#MONEY_CURRENCY_MIXED}
     *     if the contributions of one period are not all in one currency
     */
    public Map<BudgetPeriod, Committed> committedByBudgetPeriod() {
        return MoneyTotals.totals(state.contributions, FinancialContribution::budget, new TreeMap<>(),
                "the money committed for ", date, life());
    }

    /**
     * Gets the money committed on the date for one budget year (exercice): the contributions
     * charged to that single year, not those of a multi-year period that includes it.
     *
     * @param year  the budget year, not null
     * @return the total, nothing counted when no contribution is charged to that single year, never null
     * @throws dev.conventio.validation.ValidationException with {@link HistoryCodes#MONEY_CURRENCY_MIXED}
     *     if those contributions are not all in one currency
     * @throws NullPointerException if the year is null
     */
    public Committed committedForBudgetYear(Year year) {
        Objects.requireNonNull(year, "year");
        BudgetPeriod period = BudgetPeriod.ofYear(year);
        return MoneyTotals.sum(state.contributions, contribution -> contribution.budget().equals(period),
                "the money committed for " + year, date, life());
    }

    /** The state this view shows, for a working state that starts from it. */
    State state() {
        return state;
    }

    /**
     * Returns the same consolidated state for another date: the amendments in force on that date
     * are the ones this state applied. Shares every list, which are immutable.
     *
     * @param on  the date, not null
     * @param unrecorded  the unrecorded amendments that may be in force on that date, not null
     */
    ConsolidatedConvention redated(LocalDate on, List<UnrecordedAmendment> unrecorded) {
        return new ConsolidatedConvention(on, state, unrecorded);
    }

    private static <T> Optional<Sourced<T>> find(List<Sourced<T>> elements, Predicate<T> test) {
        return elements.stream().filter(element -> test.test(element.value())).findFirst();
    }

    /**
     * Returns a short description: the reference, the date and the amendments in force.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return state.base.identification() + " as of " + date + ", amendments in force " + state.applied
                + (isPossiblyIncomplete() ? ", possibly incomplete" : "");
    }
}
