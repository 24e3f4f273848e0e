package dev.conventio.testkit.junit;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * Reports the seed of a generated case that fails, with the command that replays it, on standard
 * error and as a suppressed exception of the failure; the failure itself is rethrown unchanged.
 *
 * <p>{@link GeneratedSource} registers it; it has nothing to do for other tests.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SeedReporter implements TestExecutionExceptionHandler {

    private static final Pattern INVOCATION = Pattern.compile("\\[test-template-invocation:#(\\d+)]$");

    /**
     * Creates the reporter; JUnit calls it.
     */
    public SeedReporter() {
    }

    /**
     * Adds the seed of the failing case to the failure, and rethrows it.
     *
     * @param context  the context of the failing invocation, not null
     * @param throwable  the failure, not null
     * @throws Throwable the failure, always
     */
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        if (!(throwable instanceof TestAbortedException)) {
            seedOf(context).ifPresent(seed -> {
                String hint = "generated case with seed " + GeneratedArgumentsProvider.formatSeed(seed)
                        + " failed; replay it with -D" + GeneratedArgumentsProvider.SEED_PROPERTY + "="
                        + GeneratedArgumentsProvider.formatSeed(seed) + " -Dtest="
                        + context.getRequiredTestClass().getName() + "#" + context.getRequiredTestMethod().getName();
                System.err.println("[conventio-testkit] " + context.getDisplayName() + ": " + hint);
                throwable.addSuppressed(new GeneratedCaseFailure(hint));
            });
        }
        throw throwable;
    }

    private static java.util.Optional<Long> seedOf(ExtensionContext context) {
        Matcher matcher = INVOCATION.matcher(context.getUniqueId());
        if (!matcher.find() || context.getParent().isEmpty()) {
            return java.util.Optional.empty();
        }
        int index = Integer.parseInt(matcher.group(1)) - 1;
        @SuppressWarnings("unchecked")
        List<Long> seeds = context.getParent().get().getStore(GeneratedArgumentsProvider.NAMESPACE)
                .get(GeneratedArgumentsProvider.SEEDS, List.class);
        return seeds == null || index < 0 || index >= seeds.size() ? java.util.Optional.empty()
                : java.util.Optional.of(seeds.get(index));
    }

    /** The note that carries the seed of a failing case, attached to its failure. */
    static final class GeneratedCaseFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        GeneratedCaseFailure(String message) {
            super(message, null, false, false);
        }
    }
}
