package dev.conventio.testkit.property;

import dev.conventio.testkit.Gen;
import dev.conventio.testkit.print.ValuePrinter;
import dev.conventio.testkit.print.ValuePrinters;
import dev.conventio.testkit.shrink.ChoiceSequence;
import dev.conventio.testkit.shrink.ReplayingRandom;
import dev.conventio.testkit.shrink.ShrinkBudget;
import dev.conventio.testkit.shrink.ShrinkResult;
import dev.conventio.testkit.shrink.Shrinker;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A failing case of a property, shrunk: the seed and choices of the case that failed first, the
 * simplest failing case the shrinker found from it, the failure of that case, and how to replay it.
 *
 * <p>A candidate counts as failing only when the property throws the same class of exception as
 * it did on the original case, so that shrinking does not slip from one bug to another; a candidate
 * the generator cannot build never counts.
 *
 * <pre>{@code
 * Counterexample counterexample = result.counterexample().orElseThrow();
 * History smallest = (History) counterexample.value();
 * counterexample.choices();                 // -Dconventio.testkit.replay=<choices> replays it
 * counterexample.shrinking().steps();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe if the values it holds are.
 *
 * @since 0.1
 */
public final class Counterexample {

    private final OptionalLong seed;
    private final ShrinkResult shrinking;
    private final Object value;
    private final Throwable failure;
    private final Throwable originalFailure;

    private Counterexample(OptionalLong seed, ShrinkResult shrinking, Object value, Throwable failure,
            Throwable originalFailure) {
        this.seed = seed;
        this.shrinking = shrinking;
        this.value = value;
        this.failure = failure;
        this.originalFailure = originalFailure;
    }

    /**
     * Shrinks a failing case and replays the simplest one found.
     *
     * @param <T>  the type of the values
     * @param generator  the generator of the case, not null
     * @param size  the size it was generated at, zero or positive
     * @param choices  the choices the generator drew for it, not null
     * @param seed  the seed it was generated from, empty for a case replayed from its choices, not null
     * @param property  the property, not null
     * @param failure  what the property threw on the case, not null
     * @param budget  the shrinking budget, not null
     * @return the counterexample, never null
     * @throws NullPointerException if an argument is null
     */
    public static <T> Counterexample shrink(Gen<T> generator, int size, ChoiceSequence choices, OptionalLong seed,
            Check<? super T> property, Throwable failure, ShrinkBudget budget) {
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(seed, "seed");
        Class<?> kind = failure.getClass();
        ShrinkResult result = Shrinker.of(budget).shrink(choices, random -> {
            Throwable thrown = failureOf(property, generator.generate(random, size));
            return thrown != null && thrown.getClass() == kind;
        });
        T value = generator.generate(ReplayingRandom.of(result.shrunk()), size);
        boolean shrunk = result.stop() != ShrinkResult.Stop.DISABLED && result.stop() != ShrinkResult.Stop.NOT_REPRODUCED;
        Throwable shrunkFailure = shrunk ? failureOf(property, value) : failure;
        if (shrunkFailure == null) {
            // The property does not fail again on the same value: it is not deterministic.
            shrunkFailure = failure;
        }
        return new Counterexample(seed, result, value, shrunkFailure, failure);
    }

    /**
     * Runs a property on a value.
     *
     * @param <T>  the type of the value
     * @param property  the property, not null
     * @param value  the value, not null
     * @return what the property threw, null if it holds
     */
    public static <T> Throwable failureOf(Check<? super T> property, T value) {
        try {
            property.check(value);
            return null;
        } catch (Throwable thrown) {
            return thrown;
        }
    }

    /**
     * Gets the seed of the case that failed first.
     *
     * @return the seed, empty when the case was replayed from its choices, never null
     */
    public OptionalLong seed() {
        return seed;
    }

    /**
     * Gets the choices of the shrunk case, which {@code -Dconventio.testkit.replay} takes.
     *
     * @return the choices, never null
     */
    public ChoiceSequence choices() {
        return shrinking.shrunk();
    }

    /**
     * Gets how the shrinking went: its steps, candidates, time and why it stopped.
     *
     * @return the result, never null
     */
    public ShrinkResult shrinking() {
        return shrinking;
    }

    /**
     * Gets the shrunk case.
     *
     * @return the value, never null
     */
    public Object value() {
        return value;
    }

    /**
     * Gets what the property threw on the shrunk case.
     *
     * @return the failure, never null
     */
    public Throwable failure() {
        return failure;
    }

    /**
     * Gets what the property threw on the case that failed first.
     *
     * @return the failure, never null
     */
    public Throwable originalFailure() {
        return originalFailure;
    }

    /**
     * Renders the report: the failure, the original seed, the shrunk case printed, the number of
     * shrink steps and the system properties that replay each case.
     *
     * @param printer  how to print the shrunk case, not null
     * @param rerun  what else a replay needs, such as {@code -Dtest=Class#method}, possibly empty, not null
     * @return the report, never null
     */
    public String report(ValuePrinter printer, String rerun) {
        String suffix = rerun.isEmpty() ? "" : " " + rerun;
        StringBuilder out = new StringBuilder();
        out.append("Property failed: ").append(firstLine(originalFailure)).append('\n');
        out.append(seed.isPresent() ? "Original case: seed " + Seeds.format(seed.getAsLong())
                : "Original case: replayed from " + shrinking.original()).append(", ")
                .append(shrinking.original().size()).append(" choices\n");
        out.append(switch (shrinking.stop()) {
            case DISABLED -> seed.isPresent() ? "Not shrunk" : "Replayed as given, not shrunk";
            case NOT_REPRODUCED -> "Not shrunk: the property did not fail again on the same case; is it deterministic?";
            default -> "Shrunk in " + shrinking.steps() + " steps (" + shrinking.candidates() + " candidates, "
                    + shrinking.elapsed().toMillis() + " ms, " + (shrinking.stop() == ShrinkResult.Stop.CONVERGED
                            ? "converged" : "stopped by the " + shrinking.stop().name().toLowerCase(java.util.Locale.ROOT)
                            + " budget") + ") to " + shrinking.shrunk().size() + " choices";
        }).append(":\n");
        out.append(indent(ValuePrinters.print(printer, value))).append('\n');
        out.append("Failure of the shrunk case: ").append(firstLine(failure)).append('\n');
        out.append("Replay the shrunk case: -D").append(Property.REPLAY_PROPERTY).append('=').append(shrinking.shrunk())
                .append(suffix).append('\n');
        seed.ifPresent(s -> out.append("Replay the original case: -D").append(Property.SEED_PROPERTY).append('=')
                .append(Seeds.format(s)).append(suffix).append('\n'));
        return out.toString();
    }

    /** The class and message of a failure on one line, at most 300 characters of message. */
    private static String firstLine(Throwable thrown) {
        String message = String.valueOf(thrown.getMessage()).strip().replaceAll("\\s+", " ");
        return thrown.getClass().getName() + ": " + (message.length() > 300 ? message.substring(0, 299) + "…" : message);
    }

    private static String indent(String text) {
        return "  " + text.stripTrailing().replace("\n", "\n  ");
    }

    /**
     * Describes the counterexample: its shrunk choices and shrinking.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return "counterexample " + shrinking.shrunk() + " (" + shrinking + ")";
    }
}
