package dev.conventio.testkit.junit;

import dev.conventio.testkit.Gen;
import dev.conventio.testkit.property.Property;
import dev.conventio.testkit.property.Seeds;
import dev.conventio.testkit.shrink.ChoiceSequence;
import dev.conventio.testkit.shrink.ReplayingRandom;
import dev.conventio.testkit.shrink.ShrinkBudget;
import dev.conventio.testkit.stats.Classifier;
import dev.conventio.testkit.stats.Statistics;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * The {@link ArgumentsProvider} behind {@link GeneratedSource}: it draws one seed per case and
 * generates each case from a {@link SplittableRandom} of that seed, so that a case is replayed from
 * its seed alone; or it replays one case from its choices.
 *
 * <p>What a run needs to shrink a failing case (the generator, the size, the budget, the seeds) is
 * kept in the test method's extension store, where {@link GeneratedCaseShrinker} finds it.
 *
 * <p>Instances are created by JUnit, one per annotated method, and confined to its thread.
 *
 * @since 0.1
 */
public final class GeneratedArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<GeneratedSource> {

    /** The system property that replays one case from its choices ({@code c1.…}, or {@code @file}). */
    public static final String REPLAY_PROPERTY = Property.REPLAY_PROPERTY;
    /** The system property that replays one case: its seed, in hexadecimal ({@code 0x…}) or decimal. */
    public static final String SEED_PROPERTY = Property.SEED_PROPERTY;
    /** The system property that sets the seed drawing every case's seed, to repeat a whole run. */
    public static final String RUN_SEED_PROPERTY = Property.RUN_SEED_PROPERTY;
    /** The system property that overrides the number of cases. */
    public static final String COUNT_PROPERTY = Property.COUNT_PROPERTY;

    static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(GeneratedSource.class);
    static final String RUN = "run";

    /**
     * What the shrinker needs of a run: its generator and size, the budget, and each case's seed,
     * or the choices of the one case replayed; and whether a case of the run was shrunk already,
     * since the first failing case is the one to shrink and report in full.
     */
    record GeneratedRun(Gen<?> generator, int size, ShrinkBudget budget, List<Long> seeds, ChoiceSequence replayed,
            java.util.concurrent.atomic.AtomicBoolean shrunk) {
        GeneratedRun(Gen<?> generator, int size, ShrinkBudget budget, List<Long> seeds, ChoiceSequence replayed) {
            this(generator, size, budget, seeds, replayed, new java.util.concurrent.atomic.AtomicBoolean());
        }
    }

    private GeneratedSource source;

    /**
     * Creates the provider; JUnit calls it.
     */
    public GeneratedArgumentsProvider() {
    }

    /**
     * Receives the annotation of the test method; JUnit calls it before providing arguments.
     *
     * @param annotation  the annotation, not null
     */
    @Override
    public void accept(GeneratedSource annotation) {
        this.source = Objects.requireNonNull(annotation, "annotation");
    }

    /**
     * Generates the cases of the test method.
     *
     * @param parameters  the parameters of the test method, not null
     * @param context  the test method's context, not null
     * @return one set of arguments per case, named after its seed or choices, never null
     * @throws ExtensionConfigurationException if the generator method is missing or does not
     *     return a {@code Gen}, or a property or attribute is malformed
     */
    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        @SuppressWarnings("unchecked")
        Gen<Object> generator = (Gen<Object>) find(context, source.value(), Gen.class);
        Statistics<Object> statistics = statistics(context);
        int size = source.size();
        ShrinkBudget budget = budget();
        String replay = System.getProperty(REPLAY_PROPERTY);
        if (replay != null && !replay.isBlank()) {
            ChoiceSequence choices = configured(() -> Property.choices(replay));
            context.getStore(NAMESPACE).put(RUN, new GeneratedRun(generator, size, budget, List.of(), choices));
            Object value = generator.generate(ReplayingRandom.of(choices), size);
            return Stream.of(arguments("replay=" + choices, value));
        }
        List<Long> seeds = seeds();
        context.getStore(NAMESPACE).put(RUN, new GeneratedRun(generator, size, budget, seeds, null));
        Stream<Arguments> cases = IntStream.range(0, seeds.size()).mapToObj(i -> {
            long seed = seeds.get(i);
            Object value = generator.sample(seed, size);
            if (statistics != null) {
                statistics.record(value);
            }
            return arguments("seed=" + Seeds.format(seed), value);
        });
        return statistics == null ? cases : cases.onClose(() -> System.out.print("[conventio-testkit] "
                + context.getDisplayName() + ": " + statistics.report()));
    }

    private static Arguments arguments(String name, Object value) {
        Object[] values = value instanceof Arguments arguments ? arguments.get() : new Object[] {value};
        String text = values.length == 1 ? String.valueOf(values[0]) : java.util.Arrays.toString(values);
        return Arguments.argumentSet(name + " " + (text.length() > 100 ? text.substring(0, 99) + "…" : text), values);
    }

    private Statistics<Object> statistics(ExtensionContext context) {
        if (source.classifiers().length == 0) {
            return null;
        }
        List<Classifier<Object>> classifiers = new ArrayList<>();
        for (String name : source.classifiers()) {
            @SuppressWarnings("unchecked")
            Classifier<Object> classifier = (Classifier<Object>) find(context, name, Classifier.class);
            classifiers.add(classifier);
        }
        return configured(() -> Statistics.of(classifiers));
    }

    private ShrinkBudget budget() {
        return configured(() -> ShrinkBudget.fromSystemProperties(ShrinkBudget.of(source.shrinkCandidates(),
                ShrinkBudget.parseDuration("@GeneratedSource(shrinkTime)", source.shrinkTime()))));
    }

    private List<Long> seeds() {
        String replay = System.getProperty(SEED_PROPERTY);
        if (replay != null && !replay.isBlank()) {
            return List.of(parseSeed(SEED_PROPERTY, replay));
        }
        String runSeed = System.getProperty(RUN_SEED_PROPERTY);
        SplittableRandom run = runSeed == null || runSeed.isBlank() ? new SplittableRandom()
                : new SplittableRandom(parseSeed(RUN_SEED_PROPERTY, runSeed));
        int count = count();
        List<Long> seeds = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            seeds.add(run.nextLong());
        }
        return seeds;
    }

    private int count() {
        if (source.size() < 0 || source.count() < 1) {
            throw new ExtensionConfigurationException("@GeneratedSource needs count >= 1 and size >= 0, had count "
                    + source.count() + " and size " + source.size());
        }
        return configured(() -> Property.count(source.count()));
    }

    /** Runs a step of configuration, reporting a malformed value as JUnit's configuration error. */
    private static <T> T configured(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new ExtensionConfigurationException(e.getMessage(), e);
        }
    }

    /**
     * Reads a seed as printed ({@code 0x} and up to sixteen hexadecimal digits) or in decimal.
     *
     * @param property  the property it comes from, for the message, not null
     * @param text  the seed, not null
     * @return the seed
     * @throws ExtensionConfigurationException if the text is not a seed
     */
    static long parseSeed(String property, String text) {
        try {
            return Seeds.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException(property + " must be a seed such as 0x9e3779b97f4a7c15, was '"
                    + text + "'", e);
        }
    }

    /**
     * Formats a seed the way {@link #parseSeed(String, String)} reads it.
     *
     * @param seed  the seed
     * @return {@code 0x} and sixteen hexadecimal digits, never null
     */
    static String formatSeed(long seed) {
        return Seeds.format(seed);
    }

    /** Calls the static method without parameters that a name refers to, which must return a {@code type}. */
    private static Object find(ExtensionContext context, String name, Class<?> type) {
        Class<?> owner = context.getRequiredTestClass();
        String methodName = name;
        int hash = name.indexOf('#');
        if (hash >= 0) {
            try {
                owner = Class.forName(name.substring(0, hash), true, context.getRequiredTestClass().getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new ExtensionConfigurationException("no class " + name.substring(0, hash) + " for @GeneratedSource", e);
            }
            methodName = name.substring(hash + 1);
        }
        Method method = method(owner, methodName);
        if (method == null || !Modifier.isStatic(method.getModifiers()) || !type.isAssignableFrom(method.getReturnType())) {
            throw new ExtensionConfigurationException("@GeneratedSource(\"" + name + "\") needs a static method "
                    + methodName + "() in " + owner.getName() + " that returns a " + type.getSimpleName());
        }
        try {
            method.setAccessible(true);
            return Objects.requireNonNull(method.invoke(null), () -> name + "() returned null");
        } catch (ReflectiveOperationException e) {
            throw new ExtensionConfigurationException("@GeneratedSource could not call " + name + "()", e);
        }
    }

    private static Method method(Class<?> owner, String name) {
        for (Class<?> type = owner; type != null; type = type.getSuperclass()) {
            try {
                return type.getDeclaredMethod(name);
            } catch (NoSuchMethodException e) {
                // look in the superclass
            }
        }
        return null;
    }
}
