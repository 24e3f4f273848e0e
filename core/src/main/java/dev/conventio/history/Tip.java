package dev.conventio.history;

import java.time.LocalDate;

/**
 * The state of the first {@code count} amendments of a history on the day the last of them with
 * a known start took effect (the state's date), and the first day after it on which the set of
 * those in force changes ({@code validUntil}, null if never): on every day in between, the first
 * {@code count} amendments consolidate to that state.
 */
record Tip(ConsolidatedConvention state, int count, LocalDate validUntil) {

    /** Tells whether the set of the first {@code count} amendments in force is the same on a day as on the state's. */
    boolean holdsOn(LocalDate day) {
        return !day.isBefore(state.date()) && (validUntil == null || day.isBefore(validUntil));
    }

    /**
     * Tells whether the amendments in force on a day, among the first {@code upTo}, are this
     * state's: when it is the chronicle's tip, every amendment after its first {@code count} has
     * no known start.
     */
    boolean answers(int upTo, LocalDate day) {
        return upTo >= count && holdsOn(day);
    }
}
