package dev.conventio.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import dev.conventio.convention.Convention;
import dev.conventio.jackson3.ConventioJackson3Module;
import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.ConventioModule;

/**
 * The library's two Jackson modules, each in its own version's mapper, as docs/jackson3.md tells an
 * application to build them: the facade's read limits, and the whole input read as the document
 * (fail on trailing tokens, Jackson 3's default). The benchmarks read and write through a reader and
 * a writer for {@link Convention}, as an application holds them.
 */
final class Modules {

    private static final com.fasterxml.jackson.databind.json.JsonMapper JACKSON_2 =
            com.fasterxml.jackson.databind.json.JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                    .streamReadConstraints(ConventioJson.readConstraints()).build())
                    .addModule(new ConventioModule())
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .build();

    private static final tools.jackson.databind.json.JsonMapper JACKSON_3 =
            tools.jackson.databind.json.JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
                    .streamReadConstraints(ConventioJackson3Module.readConstraints()).build())
                    .addModule(new ConventioJackson3Module())
                    .build();

    private Modules() {
    }

    static com.fasterxml.jackson.databind.ObjectReader jackson2Reader() {
        return JACKSON_2.readerFor(Convention.class);
    }

    static com.fasterxml.jackson.databind.ObjectWriter jackson2Writer() {
        return JACKSON_2.writerFor(Convention.class);
    }

    static tools.jackson.databind.ObjectReader jackson3Reader() {
        return JACKSON_3.readerFor(Convention.class);
    }

    static tools.jackson.databind.ObjectWriter jackson3Writer() {
        return JACKSON_3.writerFor(Convention.class);
    }
}
