package dev.conventio.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded sample of a generator, the same values in every run, for the tests that check what a
 * generator documents over many of its values. Each test draws it again: drawn once in a static
 * field, it would run during class initialisation, which mutation testing attributes to no test.
 */
final class Samples {

    private Samples() {
    }

    /** Draws {@code count} values at size 10 from one random source seeded with {@code seed}. */
    static <T> List<T> of(Gen<T> generator, long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<T> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(generator.generate(random, 10));
        }
        return values;
    }
}
