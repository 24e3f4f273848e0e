package dev.conventio.testkit.stats;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.change.Change;
import dev.conventio.history.History;
import dev.conventio.testkit.AmendmentGen;
import dev.conventio.testkit.InvalidCase;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The classifiers the testkit knows: the kinds of change of a history, its number of amendments,
 * and the violation code of an invalid case.
 *
 * <pre>{@code
 * Coverage.requireEvery(AmendmentGen.changeKinds()).atLeastOnce().within(1000)
 *         .of(HistoryGen.histories(), Classifiers.changeKinds());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Classifiers {

    private static final List<Class<? extends Change>> KINDS = AmendmentGen.changeKinds();

    private Classifiers() {
    }

    /**
     * Obtains the classifier of histories by the kinds of change their recorded amendments make,
     * each kind being a class of {@link AmendmentGen#changeKinds()}, such as {@code AddPhase.class}.
     *
     * @return the classifier, named {@code change kinds}, never null
     */
    public static Classifier<History> changeKinds() {
        return Classifier.ofMany("change kinds", history -> {
            Set<Class<? extends Change>> kinds = new LinkedHashSet<>();
            for (AmendmentRecord record : history.amendments()) {
                if (record instanceof Amendment amendment) {
                    amendment.changes().forEach(change -> kinds.add(kindOf(change)));
                }
            }
            return kinds;
        });
    }

    /**
     * Gets the kind of a change: the class of {@link AmendmentGen#changeKinds()} it is an instance of.
     *
     * @param change  the change, not null
     * @return the kind, never null
     * @throws IllegalArgumentException if the change is of no known kind
     */
    public static Class<? extends Change> kindOf(Change change) {
        for (Class<? extends Change> kind : KINDS) {
            if (kind.isInstance(change)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not a known kind of change: " + change.getClass().getName());
    }

    /**
     * Obtains the classifier of histories by their number of amendments, recorded or not.
     *
     * @return the classifier, named {@code amendments}, never null
     */
    public static Classifier<History> amendmentCounts() {
        return Classifier.of("amendments", history -> history.amendments().size());
    }

    /**
     * Obtains the classifier of invalid cases by the violation code they must be rejected with.
     *
     * @return the classifier, named {@code violation codes}, never null
     */
    public static Classifier<InvalidCase> violationCodes() {
        return Classifier.of("violation codes", InvalidCase::code);
    }
}
