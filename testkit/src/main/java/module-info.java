/**
 * Conventio testkit: generators of valid and invalid conventions, amendments and histories for
 * property-based tests, driven by any {@link java.util.random.RandomGenerator}.
 */
module dev.conventio.testkit {
    requires transitive dev.conventio.core;

    exports dev.conventio.testkit;
}
