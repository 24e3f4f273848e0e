/**
 * Conventio serialization: the JSON format of {@code dev.conventio.format} over Jackson 2, as a
 * Jackson {@link com.fasterxml.jackson.databind.Module} and a small facade,
 * {@link dev.conventio.serialization.ConventioJson}.
 */
module dev.conventio.serialization {
    requires transitive dev.conventio.core;
    requires transitive dev.conventio.format;
    requires transitive com.fasterxml.jackson.databind;

    exports dev.conventio.serialization;

    provides com.fasterxml.jackson.databind.Module with dev.conventio.serialization.ConventioModule;
}
