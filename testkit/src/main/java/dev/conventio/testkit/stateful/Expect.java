package dev.conventio.testkit.stateful;

import java.util.function.Supplier;

/** The assertions of the built-in actions and invariants, without an assertion library. */
final class Expect {

    private Expect() {
    }

    /** Throws an {@link AssertionError} with the message unless the condition holds. */
    static void that(boolean condition, Supplier<String> message) {
        if (!condition) {
            throw new AssertionError(message.get());
        }
    }
}
