package dev.conventio.testkit.junit;

import dev.conventio.testkit.Gen;
import dev.conventio.testkit.junit.GeneratedArgumentsProvider.GeneratedRun;
import dev.conventio.testkit.print.ValuePrinter;
import dev.conventio.testkit.print.ValuePrinters;
import dev.conventio.testkit.property.Check;
import dev.conventio.testkit.property.Counterexample;
import dev.conventio.testkit.property.PropertyFailure;
import dev.conventio.testkit.shrink.ChoiceSequence;
import dev.conventio.testkit.shrink.RecordingRandom;
import dev.conventio.testkit.shrink.ShrinkBudget;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.params.provider.Arguments;
import org.opentest4j.TestAbortedException;

/**
 * Shrinks the case of a failing {@link GeneratedSource} invocation: it records the case's choices
 * by generating it again from its seed, shrinks them by calling the test method on simpler cases,
 * and fails the invocation with a {@link PropertyFailure} that reports the original seed, the
 * shrunk case, the number of steps and how to replay both, also printed on standard error.
 *
 * <p>Only the first failing invocation of a run is shrunk; the later ones report their seeds and
 * choices as generated. A candidate counts as failing when the test method throws the same class of exception as on
 * the original case; an assumption that fails ({@link TestAbortedException}) is a candidate that
 * does not count, and an aborted original invocation is left as it is. {@link GeneratedSource}
 * registers this extension; it does nothing for other tests.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class GeneratedCaseShrinker implements InvocationInterceptor {

    private static final Pattern INVOCATION = Pattern.compile("\\[test-template-invocation:#(\\d+)]$");

    /**
     * Creates the extension; JUnit calls it.
     */
    public GeneratedCaseShrinker() {
    }

    /**
     * Runs one invocation of a parameterized test and shrinks its case if it fails.
     *
     * @param invocation  the invocation, not null
     * @param invocationContext  the method, its target and its arguments, not null
     * @param context  the invocation's context, not null
     * @throws Throwable a {@link PropertyFailure} for a generated case that failed, else what the
     *     invocation threw
     */
    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context) throws Throwable {
        try {
            invocation.proceed();
        } catch (TestAbortedException aborted) {
            throw aborted;
        } catch (Throwable failure) {
            Optional<GeneratedRun> run = context.getParent()
                    .map(parent -> parent.getStore(GeneratedArgumentsProvider.NAMESPACE)
                            .get(GeneratedArgumentsProvider.RUN, GeneratedRun.class));
            if (run.isEmpty()) {
                throw failure;
            }
            OptionalLong seed = seedOf(context, run.get());
            if (seed.isEmpty() && run.get().replayed() == null) {
                throw failure;
            }
            throw shrink(run.get(), seed, invocationContext, context, failure);
        }
    }

    private static PropertyFailure shrink(GeneratedRun run, OptionalLong seed,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context, Throwable failure) {
        @SuppressWarnings("unchecked")
        Gen<Object> generator = (Gen<Object>) run.generator();
        ChoiceSequence choices;
        if (seed.isPresent()) {
            RecordingRandom random = RecordingRandom.of(new SplittableRandom(seed.getAsLong()));
            generator.generate(random, run.size());
            choices = random.choices();
        } else {
            choices = run.replayed();
        }
        // Only the first failing case of a run is shrunk; the others report their seeds.
        boolean first = seed.isPresent() && run.shrunk().compareAndSet(false, true);
        Counterexample counterexample = Counterexample.shrink(generator, run.size(), choices, seed,
                candidate(invocationContext), failure, first ? run.budget() : ShrinkBudget.none());
        String report = counterexample.report(printer(), "-Dtest=" + context.getRequiredTestClass().getName() + "#"
                + context.getRequiredTestMethod().getName());
        System.err.println("[conventio-testkit] " + context.getDisplayName() + ":\n" + report);
        return new PropertyFailure(counterexample, report);
    }

    /** Calls the test method on a candidate: the generated arguments replaced, the others kept. */
    private static Check<Object> candidate(ReflectiveInvocationContext<Method> invocationContext) {
        Method method = invocationContext.getExecutable();
        Object target = invocationContext.getTarget().orElse(null);
        List<Object> original = invocationContext.getArguments();
        return value -> {
            Object[] generated = value instanceof Arguments arguments ? arguments.get() : new Object[] {value};
            List<Object> arguments = new ArrayList<>(original);
            for (int i = 0; i < generated.length && i < arguments.size(); i++) {
                arguments.set(i, generated[i]);
            }
            try {
                method.setAccessible(true);
                method.invoke(target, arguments.toArray());
            } catch (InvocationTargetException e) {
                Throwable thrown = e.getCause();
                if (thrown instanceof TestAbortedException) {
                    return;
                }
                if (thrown instanceof Error error) {
                    throw error;
                }
                throw (Exception) thrown;
            }
        };
    }

    /** Prints the generated arguments one by one, each with the standard printers. */
    private static ValuePrinter printer() {
        ValuePrinter standard = ValuePrinters.standard();
        return value -> {
            if (value instanceof Arguments arguments) {
                Object[] values = arguments.get();
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < values.length; i++) {
                    out.append(i == 0 ? "" : "\n").append("argument ").append(i + 1).append(": ")
                            .append(ValuePrinters.print(standard, values[i]));
                }
                return Optional.of(out.toString());
            }
            return standard.print(value);
        };
    }

    private static OptionalLong seedOf(ExtensionContext context, GeneratedRun run) {
        Matcher matcher = INVOCATION.matcher(context.getUniqueId());
        if (!matcher.find()) {
            return OptionalLong.empty();
        }
        int index = Integer.parseInt(matcher.group(1)) - 1;
        return index < 0 || index >= run.seeds().size() ? OptionalLong.empty() : OptionalLong.of(run.seeds().get(index));
    }
}
