package dev.conventio.testkit.junit;

import dev.conventio.testkit.Gen;
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
 * its seed alone.
 *
 * <p>The seeds of a run are kept in the test method's extension store, where {@link SeedReporter}
 * finds the seed of a failing invocation.
 *
 * <p>Instances are created by JUnit, one per annotated method, and confined to its thread.
 *
 * @since 0.1
 */
public final class GeneratedArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<GeneratedSource> {

    /** The system property that replays one case: its seed, in hexadecimal ({@code 0x…}) or decimal. */
    public static final String SEED_PROPERTY = "conventio.testkit.seed";
    /** The system property that sets the seed drawing every case's seed, to repeat a whole run. */
    public static final String RUN_SEED_PROPERTY = "conventio.testkit.runSeed";
    /** The system property that overrides the number of cases. */
    public static final String COUNT_PROPERTY = "conventio.testkit.count";

    static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(GeneratedSource.class);
    static final String SEEDS = "seeds";

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
     * @return one set of arguments per case, named after its seed, never null
     * @throws ExtensionConfigurationException if the generator method is missing or does not
     *     return a {@code Gen}, or a property is malformed
     */
    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        Gen<?> generator = generator(context);
        List<Long> seeds = seeds();
        context.getStore(NAMESPACE).put(SEEDS, seeds);
        int size = source.size();
        return IntStream.range(0, seeds.size()).mapToObj(i -> {
            long seed = seeds.get(i);
            Object value = generator.sample(seed, size);
            Object[] values = value instanceof Arguments arguments ? arguments.get() : new Object[] {value};
            return Arguments.argumentSet(name(seed, values), values);
        });
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
        String override = System.getProperty(COUNT_PROPERTY);
        int count;
        try {
            count = override == null || override.isBlank() ? source.count() : Integer.parseInt(override.trim());
        } catch (NumberFormatException e) {
            throw new ExtensionConfigurationException(COUNT_PROPERTY + " must be a whole number, was '" + override + "'", e);
        }
        if (count < 1 || source.size() < 0) {
            throw new ExtensionConfigurationException("@GeneratedSource needs count >= 1 and size >= 0, had count "
                    + count + " and size " + source.size());
        }
        return count;
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
        String value = text.trim();
        try {
            if (value.startsWith("0x") || value.startsWith("0X")) {
                return Long.parseUnsignedLong(value.substring(2), 16);
            }
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
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
        return String.format("0x%016x", seed);
    }

    private static String name(long seed, Object[] values) {
        String text = values.length == 1 ? String.valueOf(values[0]) : java.util.Arrays.toString(values);
        return "seed=" + formatSeed(seed) + " " + (text.length() > 100 ? text.substring(0, 99) + "…" : text);
    }

    private Gen<?> generator(ExtensionContext context) {
        String name = source.value();
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
        Method method = find(owner, methodName);
        if (method == null || !Modifier.isStatic(method.getModifiers()) || !Gen.class.isAssignableFrom(method.getReturnType())) {
            throw new ExtensionConfigurationException("@GeneratedSource(\"" + name + "\") needs a static method "
                    + methodName + "() in " + owner.getName() + " that returns a Gen");
        }
        try {
            method.setAccessible(true);
            return (Gen<?>) Objects.requireNonNull(method.invoke(null), () -> name + "() returned null");
        } catch (ReflectiveOperationException e) {
            throw new ExtensionConfigurationException("@GeneratedSource could not call " + name + "()", e);
        }
    }

    private static Method find(Class<?> owner, String name) {
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
