package dev.conventio.history;

import dev.conventio.amendment.Amendment;
import dev.conventio.validation.Violation;
import java.util.List;

/**
 * The policy of {@link AmendmentPolicy#undeterminedRejected()}: it reports nothing of its own; the
 * amendment rules, finding it among a history's policies, make every undetermined outcome of a
 * candidate a certain violation.
 *
 * <p>This class is immutable and thread-safe.
 */
final class UndeterminedRejected implements AmendmentPolicy {

    static final UndeterminedRejected INSTANCE = new UndeterminedRejected();

    private UndeterminedRejected() {
    }

    @Override
    public List<Violation> check(History history, Amendment candidate) {
        return List.of();
    }

    @Override
    public String toString() {
        return "undeterminedRejected";
    }
}
