package dev.conventio.testkit.assertj;

import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.history.History;
import dev.conventio.validation.Violation;
import dev.conventio.validation.ViolationCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a {@link History}.
 *
 * <p>Instances are not thread-safe: one assertion chain at a time.
 *
 * @since 0.1
 */
public final class HistoryAssert extends AbstractObjectAssert<HistoryAssert, History> {

    HistoryAssert(History actual) {
        super(actual, HistoryAssert.class);
    }

    /**
     * Moves on to the convention as in force on a date.
     *
     * @param date  the date, not null
     * @return the assertions on the consolidated convention, never null
     * @throws AssertionError if the history is null
     */
    public ConsolidatedConventionAssert inForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        isNotNull();
        return new ConsolidatedConventionAssert(actual.asOf(date));
    }

    /**
     * Verifies that the history has amendments numbered 1 to {@code count}.
     *
     * @param count  the number of amendments, recorded or not
     * @return this, for chaining
     * @throws AssertionError if the history has another number of amendments, or they are not
     *     numbered 1 to n in order
     */
    public HistoryAssert hasContiguousAmendments(int count) {
        isNotNull();
        List<AmendmentRecord> amendments = actual.amendments();
        if (amendments.size() != count) {
            failWithMessage("expected %s amendments but the history has %s", count, amendments.size());
        }
        for (int i = 0; i < amendments.size(); i++) {
            if (amendments.get(i).number() != i + 1) {
                failWithMessage("expected amendment n° %s at position %s but found n° %s", i + 1, i,
                        amendments.get(i).number());
            }
        }
        return this;
    }

    /**
     * Verifies that the history would accept an amendment as its next one: no certain violation,
     * whatever its undetermined outcomes.
     *
     * @param next  the candidate, not null
     * @return this, for chaining
     * @throws AssertionError if the history reports a certain violation
     */
    public HistoryAssert accepts(AmendmentRecord next) {
        isNotNull();
        List<Violation> violations = Violation.certainOf(actual.check(Objects.requireNonNull(next, "next")));
        if (!violations.isEmpty()) {
            failWithMessage("expected amendment n° %s to be accepted but the history reports %s", next.number(),
                    violations);
        }
        return this;
    }

    /**
     * Verifies that the history rejects an amendment with these codes and no other, among its
     * certain violations (its undetermined outcomes reject nothing).
     *
     * @param next  the candidate, not null
     * @param codes  the codes expected, each at least once, not empty, not null
     * @return this, for chaining
     * @throws AssertionError if the history accepts the candidate or reports other codes
     */
    public HistoryAssert rejects(AmendmentRecord next, ViolationCode... codes) {
        isNotNull();
        List<Violation> violations = Violation.certainOf(actual.check(Objects.requireNonNull(next, "next")));
        Set<ViolationCode> found = new TreeSet<>();
        violations.forEach(violation -> found.add(violation.code()));
        if (!found.equals(new TreeSet<>(List.of(codes)))) {
            failWithMessage("expected amendment n° %s to be rejected with exactly %s but the history reports %s",
                    next.number(), List.of(codes), violations);
        }
        return this;
    }
}
