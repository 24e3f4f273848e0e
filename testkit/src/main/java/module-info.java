/**
 * Conventio testkit: generators of valid and invalid conventions, amendments and histories for
 * property-based tests, driven by any {@link java.util.random.RandomGenerator}, with a JUnit 5
 * arguments source and AssertJ assertions.
 *
 * <p>JUnit and AssertJ are read {@code static}: the generators need neither, and a project that
 * uses the JUnit source or the assertions has both on its own test path, in its own versions. The
 * serialization module is read {@code static} too: when present, shrunk histories print as JSON.
 */
module dev.conventio.testkit {
    requires transitive dev.conventio.core;
    requires static org.junit.jupiter.api;
    requires static org.junit.jupiter.params;
    requires static org.assertj.core;
    requires static dev.conventio.serialization;

    exports dev.conventio.testkit;
    exports dev.conventio.testkit.junit;
    exports dev.conventio.testkit.assertj;
    exports dev.conventio.testkit.shrink;
    exports dev.conventio.testkit.print;
    exports dev.conventio.testkit.property;
    exports dev.conventio.testkit.stats;
    exports dev.conventio.testkit.stateful;

    uses dev.conventio.testkit.print.ValuePrinter;
}
