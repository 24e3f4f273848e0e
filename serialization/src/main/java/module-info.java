/**
 * Conventio serialization: a strict, versioned JSON format for conventions and their amendments, as
 * a Jackson {@link com.fasterxml.jackson.databind.Module} and a small facade,
 * {@link dev.conventio.serialization.ConventioJson}, with a JSON Schema of the format.
 */
module dev.conventio.serialization {
    requires transitive dev.conventio.core;
    requires transitive com.fasterxml.jackson.databind;

    exports dev.conventio.serialization;

    provides com.fasterxml.jackson.databind.Module with dev.conventio.serialization.ConventioModule;
}
