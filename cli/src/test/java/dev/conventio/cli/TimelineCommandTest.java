package dev.conventio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code conventio timeline}: one event per line, or a JSON array. */
class TimelineCommandTest {

    @TempDir
    Path dir;

    @Test
    void eachEventIsOneTabSeparatedLineInDateOrder() {
        String file = Cli.write(dir, "h.json", Cli.document("history.json")).toString();

        Cli.Run run = Cli.run("timeline", file);

        assertThat(run.exitCode).isZero();
        assertThat(run.out.lines()).containsExactly(
                "2017-11-22\tconclusion\tconvention initiale\tconvention DEVT 013-2609/17/BM concluded",
                "2019-03-21\tdécision du comité\tavenant n° 2\tRésultats de l'évaluation à mi-parcours présentés ; "
                        + "phases 2 et 3 validées ; quatre grandes orientations validées, constituant les étapes de "
                        + "travail de la phase 3 (validates phases [2, 3]), recorded by article 1",
                "2020-01-27\tsignature\tavenant n° 2\tamendment n° 2 signed for 'metropole-amp' by Mme Arlette Fructus, "
                        + "La Vice-Présidente Déléguée",
                "2020-02-03\tsignature\tavenant n° 2\tamendment n° 2 signed for 'gip-crpv-paca' by M. Mustapha Berra, "
                        + "Le Directeur – Ordonnateur",
                "2020-02-03\tprise d'effet\tavenant n° 2\tamendment n° 2 takes effect",
                "2020-12-31\tfin des dispositions\tavenant n° 2\tlast day the provisions of amendment n° 2 are in force");
    }

    @Test
    void theJsonIsAnArrayOfEventsWithStableKinds() throws Exception {
        Cli.Run run = Cli.withStdin(Cli.document("history.json"), "timeline", "--format", "json", "-");
        assertThat(run.out).as("one document, then a line feed").endsWith("]\n");

        JsonNode events = new ObjectMapper().readTree(run.out);
        assertThat(events).hasSize(6);
        assertThat(events.get(4).toString()).isEqualTo("{\"date\":\"2020-02-03\",\"kind\":\"entry-into-force\","
                + "\"instrument\":{\"instrument\":\"amendment\",\"number\":2},\"description\":\"amendment n° 2 takes effect\"}");
        assertThat(events.get(0).path("instrument").toString()).isEqualTo("{\"instrument\":\"base\"}");
    }

    @Test
    void anInvalidDocumentExitsOne() {
        Cli.Run run = Cli.withStdin("{\"formatVersion\": 1, \"x\": 1}", "timeline", "-");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).startsWith("<stdin>:1:22: format.field.unknown at /x: ");
    }
}
