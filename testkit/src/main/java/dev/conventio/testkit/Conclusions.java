package dev.conventio.testkit;

import dev.conventio.convention.Convention;
import dev.conventio.signature.Signature;
import java.time.LocalDate;

/**
 * The day the generators plan a convention's amendments from, whatever is known of its conclusion:
 * the day itself when known, else the last day its conclusion may be (every later day certainly
 * follows it), else its fixed start or the day all its parties signed. That day only orders what
 * the generators draw; it is never recorded as the conclusion.
 */
final class Conclusions {

    private Conclusions() {
    }

    /**
     * The day to plan from.
     *
     * @param convention  the convention, not null
     * @return the day, never null
     * @throws IllegalArgumentException if the convention gives no day at all: neither its conclusion,
     *     nor a fixed start, nor the day of its signatures
     */
    static LocalDate from(Convention convention) {
        return convention.concludedOn().latest()
                .or(() -> convention.term().flatMap(term -> term.start().date()))
                .or(() -> Signature.signedByAllOn(convention.signatures(), convention.partyIds()))
                .orElseThrow(() -> new IllegalArgumentException("convention " + convention.identification()
                        + " gives no day: its conclusion is " + convention.concludedOn() + ", and it has neither a"
                        + " fixed start nor signatures dated to the day; the generators plan from a known day"));
    }
}
