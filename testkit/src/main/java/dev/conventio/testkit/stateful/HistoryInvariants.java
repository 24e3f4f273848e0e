package dev.conventio.testkit.stateful;

import dev.conventio.amendment.AmendmentRecord;
import java.util.List;

/**
 * The invariants the testkit checks after every step: the history holds what the model expects
 * (its base, its policies, its amendments in order), and its amendments are numbered 1 to n.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class HistoryInvariants {

    private HistoryInvariants() {
    }

    /**
     * Obtains the built-in invariants.
     *
     * @return the invariants, never null, unmodifiable
     */
    public static List<HistoryInvariant> defaults() {
        return List.of(matchesTheModel(), numberedOneToN());
    }

    /**
     * Obtains the invariant that the history holds the base convention, the policies and the
     * amendments the model expects: an amendment rejected left it as it was, one accepted was
     * appended.
     *
     * @return the invariant, never null
     */
    public static HistoryInvariant matchesTheModel() {
        return state -> {
            Expect.that(state.history().base().equals(state.base()), () -> "the base convention changed");
            Expect.that(state.history().policies().equals(state.policies()), () -> "the policies changed");
            Expect.that(state.history().amendments().equals(state.expectedAmendments()), () -> "the history holds "
                    + state.history().amendments().size() + " amendments where the model expects "
                    + state.expectedAmendments().size());
        };
    }

    /**
     * Obtains the invariant that the amendments are numbered 1 to n, in order.
     *
     * @return the invariant, never null
     */
    public static HistoryInvariant numberedOneToN() {
        return state -> {
            List<AmendmentRecord> amendments = state.history().amendments();
            for (int i = 0; i < amendments.size(); i++) {
                int at = i;
                Expect.that(amendments.get(at).number() == at + 1, () -> "amendment " + (at + 1) + " is numbered "
                        + amendments.get(at).number());
            }
        };
    }
}
