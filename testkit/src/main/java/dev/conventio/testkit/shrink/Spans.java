package dev.conventio.testkit.shrink;

import java.util.random.RandomGenerator;

/**
 * Optional hints a generator gives the shrinker: where the choices of one part of a value (an
 * element of a list, an amendment of a history) begin and end, so that the shrinker can delete or
 * simplify the whole part in one step.
 *
 * <p>Generators never need them: without hints every value still shrinks, by the passes on blocks
 * and single choices. The testkit's combinators and domain generators mark their elements; a
 * generator of its own can do the same around the draws of each element:
 *
 * <pre>{@code
 * for (int i = 0; i < count; i++) {
 *     Spans.open(random);
 *     elements.add(element.generate(random, size));
 *     Spans.close(random);
 * }
 * }</pre>
 *
 * <p>On any source other than the testkit's recording and replaying ones, both methods do
 * nothing. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Spans {

    private Spans() {
    }

    /**
     * Marks the start of a part at the next draw.
     *
     * @param random  the source the part is drawn from, not null
     */
    public static void open(RandomGenerator random) {
        if (random instanceof ChoiceLog log) {
            log.openSpan();
        }
    }

    /**
     * Marks the end of the part opened last.
     *
     * @param random  the source the part was drawn from, not null
     */
    public static void close(RandomGenerator random) {
        if (random instanceof ChoiceLog log) {
            log.closeSpan();
        }
    }
}
