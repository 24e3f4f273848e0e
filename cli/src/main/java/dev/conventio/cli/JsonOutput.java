package dev.conventio.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The generator of the command's own JSON reports, in the pretty form of the library's documents:
 * two-space indents, {@code "name": value}, {@code []} and {@code {}} when empty, line feeds only.
 */
final class JsonOutput {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonOutput() {
    }

    /** A generator on a writer that it flushes but never closes. */
    static JsonGenerator generator(Writer out) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        try {
            JsonGenerator generator = FACTORY.createGenerator(out);
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.setPrettyPrinter(new DefaultPrettyPrinter(separators).withObjectIndenter(indenter)
                    .withArrayIndenter(indenter));
            return generator;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
