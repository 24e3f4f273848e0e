package dev.conventio.testkit;

import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.history.History;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.ViolationCode;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One invalid case: a valid value, one targeted mutation of it, and the {@link ViolationCode} the
 * library must reject the mutated value with.
 *
 * <p>Since the model never lets an invalid value exist, the mutated value is not a value but an
 * attempt: {@link #attempt()} builds it (a value with one attribute changed, an amendment added to a
 * history, a query on a consolidated convention) and must throw a {@link ValidationException} whose
 * codes are all {@link #code()}. For a rule or a policy, {@link #history()} and {@link #candidate()}
 * also give the history and the amendment, so that {@link History#check(AmendmentRecord)} can be
 * compared with {@link History#add(AmendmentRecord)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class InvalidCase {

    private final ViolationCode code;
    private final String mutation;
    private final Supplier<?> attempt;
    private final History history;
    private final AmendmentRecord candidate;

    private InvalidCase(ViolationCode code, String mutation, Supplier<?> attempt, History history,
            AmendmentRecord candidate) {
        this.code = Objects.requireNonNull(code, "code");
        this.mutation = Objects.requireNonNull(mutation, "mutation");
        this.attempt = Objects.requireNonNull(attempt, "attempt");
        this.history = history;
        this.candidate = candidate;
    }

    /**
     * Obtains a case whose attempt builds a value or runs a query.
     *
     * @param code  the code the attempt must be rejected with, not null
     * @param mutation  what was changed in the valid value, for a person, not null
     * @param attempt  builds the mutated value or runs the query, not null
     * @return the case, never null
     * @throws NullPointerException if an argument is null
     */
    public static InvalidCase of(ViolationCode code, String mutation, Supplier<?> attempt) {
        return new InvalidCase(code, mutation, attempt, null, null);
    }

    /**
     * Obtains a case whose attempt adds a candidate amendment to a history.
     *
     * @param code  the code the history must reject the candidate with, not null
     * @param mutation  what was changed in the valid candidate, for a person, not null
     * @param history  the history, not null
     * @param candidate  the mutated candidate, not null
     * @return the case, never null
     * @throws NullPointerException if an argument is null
     */
    public static InvalidCase ofRule(ViolationCode code, String mutation, History history, AmendmentRecord candidate) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(candidate, "candidate");
        return new InvalidCase(code, mutation, () -> history.add(candidate), history, candidate);
    }

    /**
     * Gets the code the attempt must be rejected with, and no other.
     *
     * @return the code, never null
     */
    public ViolationCode code() {
        return code;
    }

    /**
     * Gets a description of the mutation, such as {@code "the last phase renumbered 4"}.
     *
     * @return the description, never null
     */
    public String mutation() {
        return mutation;
    }

    /**
     * Builds the mutated value, adds the candidate to the history, or runs the query.
     *
     * @return what the attempt built, which it should not have: the library should have thrown
     * @throws ValidationException as the library rejects the attempt, with {@link #code()}
     */
    public Object attempt() {
        return attempt.get();
    }

    /**
     * Runs the attempt and returns the exception the library rejected it with.
     *
     * @return the exception, never null
     * @throws AssertionError if the attempt is not rejected with a {@link ValidationException}
     */
    public ValidationException rejection() {
        Object built;
        try {
            built = attempt.get();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("expected " + code.id() + " for " + this + ", but the attempt gave " + built);
    }

    /**
     * Gets the history the candidate is added to, for a rule or a policy.
     *
     * @return the history, empty for an invariant or a query, never null
     */
    public Optional<History> history() {
        return Optional.ofNullable(history);
    }

    /**
     * Gets the mutated candidate amendment, for a rule or a policy.
     *
     * @return the candidate, empty for an invariant or a query, never null
     */
    public Optional<AmendmentRecord> candidate() {
        return Optional.ofNullable(candidate);
    }

    /**
     * Returns the code and the mutation, such as {@code convention.phases.not-contiguous: …}.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return code.id() + ": " + mutation;
    }
}
