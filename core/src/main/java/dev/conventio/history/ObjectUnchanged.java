package dev.conventio.history;

import dev.conventio.amendment.Amendment;
import dev.conventio.change.ChangeObject;
import dev.conventio.validation.Violation;
import dev.conventio.validation.Violations;
import java.util.List;

/**
 * The policy of {@link AmendmentPolicy#objectUnchanged()}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ObjectUnchanged implements AmendmentPolicy {

    static final ObjectUnchanged INSTANCE = new ObjectUnchanged();

    private ObjectUnchanged() {
    }

    @Override
    public List<Violation> check(History history, Amendment candidate) {
        Violations violations = Violations.collector();
        for (int i = 0; i < candidate.changes().size(); i++) {
            if (candidate.changes().get(i) instanceof ChangeObject change) {
                violations.add(HistoryCodes.POLICY_OBJECT_CHANGED, "changes[" + i + "]", "amendment n° "
                        + candidate.number() + " changes the object of the convention to « " + change.object()
                        + " »; this history does not allow the object to change");
            }
        }
        return violations.list();
    }

    @Override
    public String toString() {
        return "objectUnchanged";
    }
}
