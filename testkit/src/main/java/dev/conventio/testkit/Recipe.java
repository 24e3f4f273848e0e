package dev.conventio.testkit;

import dev.conventio.change.Change;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * When a kind of change applies to a convention as it stands, and how to build one that keeps it
 * valid: the recipes {@link ChangeKind} keeps in a file of their family ({@link MoneyChanges},
 * {@link TermChanges}) rather than inline.
 */
interface Recipe {

    /** Builds a change valid for a standing, belonging to the given amending article. */
    @FunctionalInterface
    interface Builder {
        Change build(RandomGenerator random, Standing standing, String article);
    }

    /** Tells whether a change of this kind can be built valid for the standing. */
    boolean appliesTo(Standing standing);

    /** Builds a change of this kind, valid for the standing, belonging to the given amending article. */
    Change build(RandomGenerator random, Standing standing, String article);

    /** The recipe of a kind that applies when the predicate holds. */
    static Recipe of(Predicate<Standing> applies, Builder builder) {
        return new Recipe() {
            @Override
            public boolean appliesTo(Standing standing) {
                return applies.test(standing);
            }

            @Override
            public Change build(RandomGenerator random, Standing standing, String article) {
                return builder.build(random, standing, article);
            }
        };
    }
}
