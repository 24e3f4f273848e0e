package dev.conventio.testkit.property;

import java.util.Objects;

/**
 * The failure of a property: its message is the report of the shrunk counterexample, its cause what
 * the property threw on the shrunk case, and what it threw on the original case is attached as
 * suppressed.
 *
 * <pre>{@code
 * try {
 *     Property.forAll(HistoryGen.histories()).check(history -> history.amendments().size() < 3);
 * } catch (PropertyFailure failure) {
 *     failure.counterexample().shrinking().steps();
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class PropertyFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    /** Not serialized: a failure is reported, not stored. */
    private final transient Counterexample counterexample;

    /**
     * Creates the failure of a counterexample.
     *
     * @param counterexample  the shrunk counterexample, not null
     * @param report  the report, the message, not null
     * @throws NullPointerException if an argument is null
     */
    public PropertyFailure(Counterexample counterexample, String report) {
        super(Objects.requireNonNull(report, "report"), counterexample.failure());
        this.counterexample = counterexample;
        if (counterexample.originalFailure() != counterexample.failure()) {
            addSuppressed(counterexample.originalFailure());
        }
    }

    /**
     * Gets the counterexample.
     *
     * @return the counterexample, null only after deserialization
     */
    public Counterexample counterexample() {
        return counterexample;
    }
}
