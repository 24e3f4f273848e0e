package dev.conventio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.conventio.serialization.ConventioJson;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command itself: its version, help, usage errors, and {@code schema}. */
class ConventioTest {

    @Test
    void versionNamesTheBuildTheFormatAndTheJvm() {
        Cli.Run run = Cli.run("--version");

        assertThat(run.exitCode).isZero();
        assertThat(run.out.lines()).containsExactly("conventio " + System.getProperty("project.version"),
                "format version 2", "Java " + System.getProperty("java.version") + " ("
                        + System.getProperty("java.vm.name") + ")");
    }

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        Cli.Run run = Cli.run("--help");

        assertThat(run.exitCode).isZero();
        assertThat(run.out).contains("  validate ", "  consolidate ", "  timeline ", "  export ", "  schema ")
                .contains("Exit codes:", "0   every document is valid", "1   a document is invalid",
                        "2   a usage error, or a file that cannot be read");
    }

    @Test
    void everyCommandHasItsOwnHelp() {
        for (String command : new String[] {"validate", "consolidate", "timeline", "export", "schema"}) {
            Cli.Run run = Cli.run(command, "--help");

            assertThat(run.exitCode).as(command).isZero();
            assertThat(run.out).as(command).startsWith("Usage: conventio " + command + " [-hV]").contains("Exit codes:");
        }
    }

    @Test
    void noCommandOrAnUnknownOneIsAUsageError() {
        Cli.Run none = Cli.run();
        Cli.Run unknown = Cli.run("check", "x.json");

        assertThat(none.exitCode).isEqualTo(2);
        assertThat(none.err).startsWith("Missing command: validate, consolidate, timeline, export or schema "
                + "(conventio --help lists them)");
        assertThat(unknown.exitCode).isEqualTo(2);
        assertThat(unknown.err).startsWith("Unmatched arguments from index 0: 'check', 'x.json'");
    }

    @Test
    void aNamedSubcommandIsRegisteredAloneAndNoneOrAMisspeltOneRegistersAll() {
        assertThat(Conventio.subcommandsFor("validate", "--jobs", "2", "x.json")).containsExactly(ValidateCommand.class);
        assertThat(Conventio.subcommandsFor("-h", "export", "scdl")).containsExactly(ExportCommand.class);
        assertThat(Conventio.subcommandsFor()).isEqualTo(Conventio.SUBCOMMANDS);
        assertThat(Conventio.subcommandsFor("--help")).isEqualTo(Conventio.SUBCOMMANDS);
        assertThat(Conventio.subcommandsFor("valdate", "x.json")).isEqualTo(Conventio.SUBCOMMANDS);
        assertThat(Conventio.SUBCOMMANDS).hasSize(5);
    }

    @Test
    void aMisspeltCommandIsAnsweredWithTheNearestOne() {
        Cli.Run run = Cli.run("valdate", "x.json");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("Did you mean: conventio validate");
    }

    @Test
    void schemaPrintsTheLibrarysSchemaAsItIs() throws Exception {
        String expected;
        try (InputStream in = ConventioJson.schema().openStream()) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        Cli.Run run = Cli.run("schema");

        assertThat(run.exitCode).isZero();
        assertThat(run.out).isEqualTo(expected);
        JsonNode schema = new ObjectMapper().readTree(run.out);
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }
}
