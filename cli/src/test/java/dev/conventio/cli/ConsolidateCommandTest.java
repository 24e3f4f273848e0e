package dev.conventio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.history.History;
import dev.conventio.render.ConsolidatedHtml;
import dev.conventio.serialization.ConventioJson;
import dev.conventio.serialization.JsonDocument;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code conventio consolidate}: the view as JSON and as French text, and what it refuses. */
class ConsolidateCommandTest {

    @TempDir
    Path dir;

    private String history() {
        return Cli.write(dir, "history.json", Cli.document("history.json")).toString();
    }

    @Test
    void theJsonIsTheLibrarysConsolidatedView() throws Exception {
        History history = ConventioJson.compact().read(JsonDocument.HISTORY, Cli.document("history.json"));

        Cli.Run run = Cli.run("consolidate", "--as-of", "2020-06-30", history());

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo(ConventioJson.pretty().writeConsolidated(history.asOf(LocalDate.of(2020, 6, 30))));
        assertThat(run.err).isEmpty();
    }

    @Test
    void theTextIsFrenchWithTheProvenanceOfEachElement() {
        Cli.Run run = Cli.run("consolidate", "--as-of", "2020-06-30", "--format", "text", history());

        assertThat(run.exitCode).isZero();
        assertThat(run.out)
                .startsWith("Convention DEVT 013-2609/17/BM conclue le 22 novembre 2017\n"
                        + "Version consolidée au 30 juin 2020\n"
                        + "Avenants en vigueur : n° 2\n"
                        + "Attention : l'avenant n° 1 n'est pas enregistré et peut être en vigueur ;")
                .contains("\nParties\n  - Métropole Aix-Marseille-Provence (métropole), représentée par Martine Vassal, "
                        + "Présidente, ou son représentant, dûment habilitée par délibération (Bureau de la Métropole) "
                        + "du 19 décembre 2019 [convention initiale]\n")
                .contains("\n  Phase 2 : Exploitation du référentiel d'évaluation — validée [avenant n° 2, article 1]\n")
                .contains("\n  - Participation financière « participation-2020 » de Métropole Aix-Marseille-Provence à "
                        + "GIP Centre de Ressources pour la Politique de la Ville PACA (CRPV PACA) : 100\u202f000,00\u00a0€, "
                        + "exercice 2020 [avenant n° 2, article 2]\n")
                .contains("\n  Total engagé : 100\u202f000,00\u00a0€\n")
                .contains("\nPilotage\n  Comité de pilotage : Validera l'ensemble de cette démarche [avenant n° 2, article 3]\n")
                .endsWith("(phases validées : 2, 3) [avenant n° 2, article 1]\n");
    }

    @Test
    void theHtmlIsTheRenderModulesPageWithTheTimeline() throws Exception {
        History history = ConventioJson.compact().read(JsonDocument.HISTORY, Cli.document("history.json"));

        Cli.Run run = Cli.run("consolidate", "--as-of", "2020-06-30", "--format", "html", history());

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo(ConsolidatedHtml.render(history, LocalDate.of(2020, 6, 30)))
                .startsWith("<!DOCTYPE html>")
                .contains("Version consolidée au 30 juin 2020", "Modifié par l'avenant n° 2, article 2", "<svg");
        assertThat(run.err).isEmpty();
    }

    @Test
    void theTextNamesNoJavaConstant() {
        Cli.Run run = Cli.run("consolidate", "--as-of", "2020-06-30", "--format", "text", history());

        // Constant names are upper-case words joined by underscores: none is left in the text.
        assertThat(run.out).doesNotContainPattern("\\b[A-Z]{2,}_[A-Z_]+\\b")
                .doesNotContain("METROPOLE", "VALIDATED", "PLANNED", "FINANCIAL", "Optional");
    }

    @Test
    void beforeTheAmendmentTakesEffectOnlyTheBaseIsInForce() {
        Cli.Run run = Cli.run("consolidate", "--as-of", "2018-01-01", "--format", "text", history());

        assertThat(run.out).contains("Version consolidée au 1er janvier 2018\nAvenants en vigueur : aucun\n")
                .doesNotContain("avenant n° 2, article");
    }

    @Test
    void aConventionIsAHistoryWithoutAmendments() {
        String convention = Cli.write(dir, "c.json", Cli.document("convention.json")).toString();

        Cli.Run run = Cli.run("consolidate", "--as-of", "2020-06-30", "--format", "text", convention);

        assertThat(run.exitCode).isZero();
        assertThat(run.out).contains("Avenants en vigueur : aucun\n").doesNotContain("Attention");
    }

    @Test
    void aDashReadsStandardInput() {
        Cli.Run run = Cli.withStdin(Cli.document("history.json"), "consolidate", "--as-of", "2020-06-30", "-");

        assertThat(run.exitCode).isZero();
        assertThat(run.out).startsWith("{\n  \"formatVersion\": 2,\n  \"document\": \"consolidated\",\n  \"date\": \"2020-06-30\",");
    }

    @Test
    void anInvalidHistoryExitsOneWithItsProblemsOnStandardError() {
        String file = Cli.write(dir, "h.json", ValidateCommandTest.twoViolations()).toString();

        Cli.Run run = Cli.run("consolidate", "--as-of", "2020-06-30", file);

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.err.lines()).containsExactly(
                file + ":187:23: contribution.amount.not-positive at /amendments/1/changes/4/contribution/amount: "
                        + "a contribution must be positive, was EUR 0.00",
                file + ":186:28: contribution.beneficiary.is-contributor at "
                        + "/amendments/1/changes/4/contribution/beneficiary: party 'metropole-amp' cannot contribute "
                        + "to itself");
    }

    @Test
    void anAmendmentAloneIsRefused() {
        String file = Cli.write(dir, "a.json", Cli.document("avenant-2-signed.json")).toString();

        Cli.Run run = Cli.run("consolidate", "--as-of", "2020-06-30", file);

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).isEqualTo("conventio: " + file + ": is an amendment; this command reads a history or a "
                + "convention (validate checks an amendment on its own)\n");
    }

    @Test
    void aMissingFileOrADirectoryIsAnError() {
        Cli.Run missing = Cli.run("consolidate", "--as-of", "2020-06-30", dir.resolve("none.json").toString());
        Cli.Run directory = Cli.run("consolidate", "--as-of", "2020-06-30", dir.toString());

        assertThat(missing.exitCode).isEqualTo(2);
        assertThat(missing.err).endsWith("none.json: error: no such file or directory\n");
        assertThat(directory.exitCode).isEqualTo(2);
        assertThat(directory.err).endsWith(": is a directory; this command reads one history or convention\n");
    }

    @Test
    void aDateThatDoesNotExistOrNoDateIsAUsageError() {
        Cli.Run bad = Cli.run("consolidate", "--as-of", "2020-02-30", history());
        Cli.Run none = Cli.run("consolidate", history());

        assertThat(bad.exitCode).isEqualTo(2);
        assertThat(bad.err).startsWith("Invalid value for option '--as-of': '2020-02-30' is not a date of the form "
                + "YYYY-MM-DD that exists, such as 2020-06-30");
        assertThat(none.exitCode).isEqualTo(2);
        assertThat(none.err).startsWith("Missing required option: '--as-of=DATE'");
    }
}
