package dev.conventio.history;

import dev.conventio.date.PartialDate;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.change.TerminateConvention;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a convention is in force on a date (vie de la convention): not yet in force, in force,
 * ended, terminated, or undetermined when what the documents record cannot tell; with the day and
 * the provenance of what decided it.
 * <pre>{@code
 * Life life = history.asOf(LocalDate.of(2027, 1, 1)).life();
 * life.status();        // ENDED
 * life.day();           // Optional[2026-09-08]: the last day in force
 * life.decidedBy();     // Optional[amendment n° 2, article 2]: the change that set that end
 * }</pre>
 *
 * <p>The day is the first day in force for a convention not yet in force or in force, the last day
 * in force for one that has ended, the first day it no longer is for one terminated; it is empty
 * when undetermined. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Life {

    /** The state of a convention's life on a date. */
    public enum Status {
        /** Its term has not started yet (pas encore en vigueur). */
        NOT_YET_IN_FORCE,
        /** In force (en vigueur). */
        IN_FORCE,
        /** Its term has ended (arrivée à son terme). */
        ENDED,
        /** Terminated before its term (résiliée). */
        TERMINATED,
        /** What is recorded cannot tell: the term is not recorded, or a day it depends on is not known. */
        UNDETERMINED
    }

    private final Status status;
    private final LocalDate day;
    private final Provenance decidedBy;
    private final String reason;

    private Life(Status status, LocalDate day, Provenance decidedBy, String reason) {
        this.status = status;
        this.day = day;
        this.decidedBy = decidedBy;
        this.reason = reason;
    }

    /** A known status, decided by a day and the element that set it. */
    static Life of(Status status, LocalDate day, Provenance decidedBy) {
        return new Life(Objects.requireNonNull(status, "status"), Objects.requireNonNull(day, "day"),
                Objects.requireNonNull(decidedBy, "decidedBy"), null);
    }

    /**
     * An undetermined status.
     *
     * @param reason  what is not known, in English, such as "the term is not recorded"
     * @param decidedBy  the element whose missing part makes it undetermined, null when nothing is recorded
     */
    static Life undetermined(String reason, Provenance decidedBy) {
        return new Life(Status.UNDETERMINED, null, decidedBy, Objects.requireNonNull(reason, "reason"));
    }

    /**
     * The life on a date of a convention concluded on a day, whose term and termination as they
     * stand on that date are given: after the last day of a termination, terminated unless it had
     * ended by then; before its start, not yet in force; after its last day, ended, unless a renewal
     * its clause allows may still run (renewals are not recorded: undetermined until the last day
     * every renewal would reach); between them, in force.
     */
    static Life on(LocalDate date, Optional<Sourced<Term>> standing, PartialDate concludedOn,
            Optional<Sourced<TerminateConvention>> termination) {
        if (termination.isPresent() && date.isAfter(termination.get().value().lastDay())) {
            Life untilThen = on(termination.get().value().lastDay(), standing, concludedOn, Optional.empty());
            if (untilThen.status != Status.ENDED) {
                return of(Status.TERMINATED, termination.get().value().lastDay().plusDays(1),
                        termination.get().provenance());
            }
        }
        if (standing.isEmpty()) {
            return undetermined("the convention's term is not recorded", null);
        }
        Term term = standing.get().value();
        Provenance source = standing.get().provenance();
        Optional<LocalDate> start = term.startFor(concludedOn);
        if (start.isEmpty()) {
            String unknown = term.start().kind() == StartRule.Kind.ON_NOTIFICATION
                    ? "its notification, not recorded yet"
                    : concludedOn.isKnown() ? "its conclusion, known only as " + concludedOn
                    : "its conclusion, whose date is not known";
            return undetermined("the convention takes effect on " + unknown, source);
        }
        if (date.isBefore(start.get())) {
            return of(Status.NOT_YET_IN_FORCE, start.get(), source);
        }
        if (term.end().isEmpty()) {
            return of(Status.IN_FORCE, start.get(), source);
        }
        LocalDate last = term.lastDayFor(concludedOn).orElseThrow();
        if (!date.isAfter(last)) {
            return of(Status.IN_FORCE, start.get(), source);
        }
        LocalDate lastPossible = term.lastPossibleDayFor(concludedOn).orElseThrow();
        return date.isAfter(lastPossible) ? of(Status.ENDED, lastPossible, source)
                : undetermined("the term ended on " + last + " and may have been renewed, up to " + lastPossible,
                        source);
    }

    /**
     * Gets the status on the date.
     *
     * @return the status, never null
     */
    public Status status() {
        return status;
    }

    /**
     * Tells whether the convention is certainly in force on the date.
     *
     * @return true for {@link Status#IN_FORCE} only
     */
    public boolean isInForce() {
        return status == Status.IN_FORCE;
    }

    /**
     * Tells whether the convention is certainly not in force on the date: not yet, ended or
     * terminated.
     *
     * @return true for a known status other than {@link Status#IN_FORCE}
     */
    public boolean isCertainlyNotInForce() {
        return status != Status.IN_FORCE && status != Status.UNDETERMINED;
    }

    /**
     * Gets the day that decides the status: the first day in force, the last day in force, or the
     * first day of a termination.
     *
     * @return the day, empty when undetermined, never null
     */
    public Optional<LocalDate> day() {
        return Optional.ofNullable(day);
    }

    /**
     * Gets the element that decided the status: the term and the instrument and article that set
     * it, or the termination.
     *
     * @return the provenance, empty when nothing recorded decides it, never null
     */
    public Optional<Provenance> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    /**
     * Gets why the status is undetermined, in English.
     *
     * @return the reason, empty unless {@link Status#UNDETERMINED}, never null
     */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Life)) {
            return false;
        }
        Life that = (Life) other;
        return status == that.status && Objects.equals(day, that.day) && Objects.equals(decidedBy, that.decidedBy)
                && Objects.equals(reason, that.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, day, decidedBy, reason);
    }

    /**
     * Returns the status with its day and what decided it, such as {@code ENDED on 2026-09-08 by
     * amendment n° 2, article 2}.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        if (status == Status.UNDETERMINED) {
            return "UNDETERMINED: " + reason;
        }
        return status + " on " + day + " by " + decidedBy;
    }
}
