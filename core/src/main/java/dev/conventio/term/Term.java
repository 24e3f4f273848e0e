package dev.conventio.term;

import dev.conventio.date.PartialDate;
import dev.conventio.validation.Violations;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The duration of an instrument (durée): its start rule, its end and an optional renewal clause.
 *
 * <p>« Le présent avenant prendra effet à compter de sa signature par les deux parties et trouvera
 * son terme au 31 décembre 2020 » is {@code Term.of(StartRule.onSignatureByAllParties(),
 * TermEnd.on(LocalDate.of(2020, 12, 31)))}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Term {

    Term() {
    }

    /**
     * Gets when the instrument takes effect.
     *
     * @return the start rule, never null
     */
    public abstract StartRule start();

    /**
     * Gets when the instrument ends: a fixed last day or a duration from its start.
     *
     * <p>An amendment without an end changes the convention for good: its provisions last as long
     * as the convention, until it ends or a later amendment changes the same thing. A convention
     * without an end is in force from its start on.
     *
     * @return the end, empty when the instrument states none, never null
     */
    public abstract Optional<TermEnd> end();

    /**
     * Gets the renewal clause, if any.
     *
     * @return the renewal, empty when the instrument is not renewable, never null
     */
    public abstract Optional<Renewal> renewal();

    /**
     * Obtains a term without renewal.
     *
     * @param start  when it takes effect, not null
     * @param end  when it ends, not null
     * @return the term, never null
     * @throws dev.conventio.validation.ValidationException with
     *     {@link dev.conventio.term.TermCodes#TERM_END_NOT_AFTER_START} if both are fixed dates and the end is not
     *     after the start
     * @throws NullPointerException if an argument is null
     */
    public static Term of(StartRule start, TermEnd end) {
        return ImmutableTerm.builder().start(start).end(end).build();
    }

    /**
     * Obtains a term without an end: an amendment whose provisions last as long as the convention
     * (« le présent avenant prend effet à compter de sa signature »), or a convention concluded
     * without a limit of time.
     *
     * @param start  when it takes effect, not null
     * @return the term, never null
     * @throws NullPointerException if the start is null
     */
    public static Term of(StartRule start) {
        return ImmutableTerm.builder().start(start).build();
    }



    /**
     * Obtains a renewable term.
     *
     * @param start  when it takes effect, not null
     * @param end  when it ends, not null
     * @param renewal  the renewal clause, not null
     * @return the term, never null
     * @throws dev.conventio.validation.ValidationException if the end is not after a fixed start
     * @throws NullPointerException if an argument is null
     */
    public static Term of(StartRule start, TermEnd end, Renewal renewal) {
        return ImmutableTerm.builder().start(start).end(end).renewal(renewal).build();
    }

    /**
     * Obtains a builder of terms, for a reader that has the parts separately. {@code start} is
     * required.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Term} values; {@code build()} checks the invariants and throws
     * {@link dev.conventio.validation.ValidationException} when one is broken, or
     * {@link IllegalStateException} when the start was not set.
     */
    public static final class Builder extends ImmutableTerm.Builder {
        Builder() {
        }
    }

    /**
     * Returns a copy of this term with another end: an extension (prolongation) or a shortening.
     *
     * @param end  the new end, not null
     * @return the changed term, never null
     * @throws dev.conventio.validation.ValidationException if the end is not after a fixed start
     */
    public abstract Term withEnd(TermEnd end);

    /**
     * Tells whether the term states an end.
     *
     * @return false for a term that lasts from its start on
     */
    public boolean isLimited() {
        return end().isPresent();
    }

    /**
     * Returns a copy of this term with another start rule.
     *
     * @param start  the new start rule, not null
     * @return the changed term, never null
     * @throws dev.conventio.validation.ValidationException if a fixed end is not after the new start
     */
    public abstract Term withStart(StartRule start);

    /**
     * Works out the last day in force, renewals aside, for a given start.
     *
     * @param start  the first day in force, not null
     * @return the last day in force, empty for a term without an end, never null
     * @throws NullPointerException if the start is null
     */
    public Optional<LocalDate> lastDay(LocalDate start) {
        Objects.requireNonNull(start, "start");
        return end().map(end -> end.lastDay(start));
    }

    /**
     * Works out the total duration of the term, from its first day in force to its end: the
     * duration of an end after a duration, else the time from the start to the day after the end
     * (2017-01-01 to 2026-12-31 is ten years).
     *
     * @param concludedOn  the day the instrument was concluded (signed by all its parties), not null
     * @return the total duration, empty without an end or while the start is not known, never null
     * @throws NullPointerException if the day is null
     */
    public Optional<Period> totalDurationFor(LocalDate concludedOn) {
        return totalDurationConcludedOn(Optional.of(Objects.requireNonNull(concludedOn, "concludedOn")));
    }

    /**
     * Works out the total duration of the term of an instrument whose conclusion is known in part,
     * as {@link #totalDurationFor(LocalDate)} does: a duration needs no day; a fixed end needs the
     * start, which a start on conclusion knows only when the conclusion is known to the day.
     *
     * @param concludedOn  the date the instrument was concluded, possibly known in part, not null
     * @return the total duration, empty without an end or while the start is not known, never null
     * @throws NullPointerException if the date is null
     */
    public Optional<Period> totalDurationFor(PartialDate concludedOn) {
        return totalDurationConcludedOn(Objects.requireNonNull(concludedOn, "concludedOn").date());
    }

    /** The total duration for the day of conclusion, when known. */
    private Optional<Period> totalDurationConcludedOn(Optional<LocalDate> concludedOn) {
        if (end().isEmpty()) {
            return Optional.empty();
        }
        TermEnd end = end().get();
        if (end.duration().isPresent()) {
            return end.duration();
        }
        return start().startDate(concludedOn).map(start -> Period.between(start, end.date().orElseThrow().plusDays(1)));
    }

    /**
     * Works out the day an instrument with this term takes effect, the day it was concluded
     * standing for the day of its last signature.
     *
     * @param concludedOn  the day the instrument was concluded (signed by all its parties), not null
     * @return the first day in force, empty while a notification is pending, never null
     * @throws NullPointerException if the day is null
     */
    public Optional<LocalDate> startFor(LocalDate concludedOn) {
        return start().startDate(Optional.of(Objects.requireNonNull(concludedOn, "concludedOn")));
    }

    /**
     * Works out the day an instrument whose conclusion is known in part takes effect: a start on a
     * fixed day needs no conclusion; a start on conclusion is known only when the conclusion is
     * known to the day. Never an invented day.
     *
     * @param concludedOn  the date the instrument was concluded, possibly known in part, not null
     * @return the first day in force, empty while a notification is pending or the day it depends
     *     on is not known, never null
     * @throws NullPointerException if the date is null
     */
    public Optional<LocalDate> startFor(PartialDate concludedOn) {
        return start().startDate(Objects.requireNonNull(concludedOn, "concludedOn").date());
    }

    /**
     * Works out the last day in force, renewals aside, of an instrument concluded on a day: the
     * fixed end, or the end of the duration from {@link #startFor(LocalDate) its start}.
     *
     * @param concludedOn  the day the instrument was concluded (signed by all its parties), not null
     * @return the last day in force, empty for a term without an end or when the end is a duration
     *     from a start not known yet, never null
     * @throws NullPointerException if the day is null
     */
    public Optional<LocalDate> lastDayFor(LocalDate concludedOn) {
        return lastDayConcludedOn(Optional.of(Objects.requireNonNull(concludedOn, "concludedOn")));
    }

    /**
     * Works out the last day in force, renewals aside, of an instrument whose conclusion is known in
     * part: the fixed end, or the end of the duration from {@link #startFor(PartialDate) its start}
     * when that is known.
     *
     * @param concludedOn  the date the instrument was concluded, possibly known in part, not null
     * @return the last day in force, empty for a term without an end or when the end is a duration
     *     from a start not known, never null
     * @throws NullPointerException if the date is null
     */
    public Optional<LocalDate> lastDayFor(PartialDate concludedOn) {
        return lastDayConcludedOn(Objects.requireNonNull(concludedOn, "concludedOn").date());
    }

    /** The last day in force, renewals aside, for the day of conclusion, when known. */
    private Optional<LocalDate> lastDayConcludedOn(Optional<LocalDate> concludedOn) {
        if (end().isEmpty()) {
            return Optional.empty();
        }
        return end().get().date().or(() -> start().startDate(concludedOn).flatMap(this::lastDay));
    }

    /**
     * Works out the last day an instrument concluded on a day may be in force: its
     * {@linkplain #lastDayFor(LocalDate) last day} after every renewal its clause allows, tacit or
     * express, since renewals are not recorded.
     *
     * @param concludedOn  the day the instrument was concluded (signed by all its parties), not null
     * @return the last possible day in force, empty when the last day is not known, never null
     * @throws NullPointerException if the day is null
     */
    public Optional<LocalDate> lastPossibleDayFor(LocalDate concludedOn) {
        return afterRenewals(lastDayFor(concludedOn));
    }

    /**
     * Works out the last day an instrument whose conclusion is known in part may be in force, as
     * {@link #lastPossibleDayFor(LocalDate)} does.
     *
     * @param concludedOn  the date the instrument was concluded, possibly known in part, not null
     * @return the last possible day in force, empty when the last day is not known, never null
     * @throws NullPointerException if the date is null
     */
    public Optional<LocalDate> lastPossibleDayFor(PartialDate concludedOn) {
        return afterRenewals(lastDayFor(concludedOn));
    }

    /** A last day carried past every renewal the clause allows. */
    private Optional<LocalDate> afterRenewals(Optional<LocalDate> last) {
        return renewal().isEmpty() ? last : last.map(renewal().get()::lastDayAfterRenewals);
    }

    @Value.Check
    void check() {
        Optional<LocalDate> start = start().kind() == StartRule.Kind.ON_DATE ? start().date() : Optional.empty();
        if (renewal().isPresent() && end().isEmpty()) {
            Violations.collector().add(TermCodes.TERM_RENEWAL_WITHOUT_END, "renewal",
                    "a term without an end has nothing to renew: the renewal clause " + renewal().get()
                            + " needs an end").throwIfAny();
        }
        Optional<LocalDate> end = end().flatMap(TermEnd::date);
        if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
            Violations.collector().add(TermCodes.TERM_END_NOT_AFTER_START, "end",
                    "the term ends on " + end.get() + ", which is not after its start on " + start.get())
                    .throwIfAny();
        }
    }
}
