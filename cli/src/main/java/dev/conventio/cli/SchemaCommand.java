package dev.conventio.cli;

import dev.conventio.serialization.ConventioJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code conventio schema}: prints the JSON Schema (draft 2020-12) of the format, as the library ships it. */
@Command(name = "schema", usageHelpAutoWidth = true,
        description = "Prints the JSON Schema (draft 2020-12) of the format this command reads.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        String schema;
        try (InputStream in = ConventioJson.schema().openStream()) {
            schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the schema is a resource of the library", e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(schema);
        out.flush();
        return Conventio.OK;
    }
}
