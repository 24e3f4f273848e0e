package dev.conventio.governance;

import dev.conventio.date.DateRange;
import dev.conventio.date.PartialDate;
import dev.conventio.validation.Violations;
import dev.conventio.work.WorkCodes;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A dated decision of a steering committee (décision du comité de pilotage), such as the
 * validation of phases 2 and 3 on 21 March 2019.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class CommitteeDecision {

    CommitteeDecision() {
    }

    /**
     * Gets the date of the committee meeting that took the decision, as far as the instrument gives
     * it (« le comité de pilotage de juin 2019 »).
     *
     * @return the date, possibly known to the month or the year only, or {@linkplain PartialDate#unknown()
     *     unknown}, never null
     */
    public abstract PartialDate decidedOn();

    /**
     * Gets the day of the meeting, when the instrument gives it.
     *
     * @return the day, present only for a decision dated to the day, never null
     */
    public Optional<LocalDate> date() {
        return decidedOn().date();
    }

    /**
     * Gets what was decided, as the instrument states it.
     *
     * @return the non-blank statement, never null
     */
    public abstract String statement();

    /**
     * Gets the numbers of the phases the decision validates.
     *
     * @return the phase numbers in increasing order, possibly empty, never null, unmodifiable
     */
    @Value.NaturalOrder
    public abstract SortedSet<Integer> validatedPhases();

    /**
     * Obtains a decision.
     *
     * @param date  the date of the meeting, not null
     * @param statement  what was decided, not blank, not null
     * @param validatedPhases  the numbers of the phases it validates, each positive
     * @return the decision, never null
     * @throws dev.conventio.validation.ValidationException if the statement is blank or a phase
     *     number not positive
     * @throws NullPointerException if an argument is null
     */
    public static CommitteeDecision of(LocalDate date, String statement, int... validatedPhases) {
        return of(PartialDate.of(DateRange.require(date, "date")), statement, validatedPhases);
    }

    /**
     * Obtains a decision dated as far as the instrument gives it.
     *
     * @param decidedOn  the date of the meeting, possibly known in part or unknown, not null
     * @param statement  what was decided, not blank, not null
     * @param validatedPhases  the numbers of the phases it validates, each positive
     * @return the decision, never null
     * @throws dev.conventio.validation.ValidationException if the statement is blank or a phase
     *     number not positive
     * @throws NullPointerException if an argument is null
     */
    public static CommitteeDecision of(PartialDate decidedOn, String statement, int... validatedPhases) {
        ImmutableCommitteeDecision.Builder builder = ImmutableCommitteeDecision.builder()
                .decidedOn(decidedOn).statement(statement);
        for (int phase : validatedPhases) {
            builder.addValidatedPhases(phase);
        }
        return builder.build();
    }

    /**
     * Obtains a decision.
     *
     * @param date  the date of the meeting, not null
     * @param statement  what was decided, not blank, not null
     * @param validatedPhases  the numbers of the phases it validates, each positive, not null
     * @return the decision, never null
     * @throws dev.conventio.validation.ValidationException if the statement is blank or a phase
     *     number not positive
     * @throws NullPointerException if an argument is null
     */
    public static CommitteeDecision of(LocalDate date, String statement, Iterable<Integer> validatedPhases) {
        return of(PartialDate.of(DateRange.require(date, "date")), statement, validatedPhases);
    }

    /**
     * Obtains a decision dated as far as the instrument gives it.
     *
     * @param decidedOn  the date of the meeting, possibly known in part or unknown, not null
     * @param statement  what was decided, not blank, not null
     * @param validatedPhases  the numbers of the phases it validates, each positive, not null
     * @return the decision, never null
     * @throws dev.conventio.validation.ValidationException if the statement is blank or a phase
     *     number not positive
     * @throws NullPointerException if an argument is null
     */
    public static CommitteeDecision of(PartialDate decidedOn, String statement, Iterable<Integer> validatedPhases) {
        return ImmutableCommitteeDecision.builder()
                .decidedOn(decidedOn).statement(statement).addAllValidatedPhases(validatedPhases).build();
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector().requireNonBlank(statement(), "statement");
        for (int phase : validatedPhases()) {
            if (phase < 1) {
                violations.add(WorkCodes.PHASE_NUMBER_NOT_POSITIVE, "validatedPhases",
                        "a phase number counts from 1, was " + phase);
            }
        }
        violations.throwIfAny();
    }
}
