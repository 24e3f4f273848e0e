/**
 * Conventio over Jackson 3: the JSON format of {@code dev.conventio.format} as a Jackson 3
 * {@link tools.jackson.databind.JacksonModule}, {@link dev.conventio.jackson3.ConventioJackson3Module},
 * for applications whose mapper is Jackson 3's, Spring Boot 4's among them. It depends on core and
 * the format only: no Jackson 2 (Jackson 3 itself brings {@code jackson-annotations}, whose group id
 * stayed {@code com.fasterxml.jackson.core}).
 */
module dev.conventio.jackson3 {
    requires transitive dev.conventio.core;
    requires transitive dev.conventio.format;
    requires transitive tools.jackson.databind;

    exports dev.conventio.jackson3;

    provides tools.jackson.databind.JacksonModule with dev.conventio.jackson3.ConventioJackson3Module;
}
