package dev.conventio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code conventio export scdl}: CSV on standard output, refusals on standard error, exit codes. */
class ExportScdlCommandTest {

    private static final String HEADER = "nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,"
            + "idBeneficiaire,rnaBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,"
            + "notificationUE,pourcentageSubvention,dispositifAide\n";

    @TempDir
    Path dir;

    @Test
    void theReferenceHistoryIsRefusedWithTheCodeAndPathOfEachMissingField() {
        String history = Cli.write(dir, "history.json", Cli.document("history.json")).toString();

        Cli.Run run = Cli.run("export", "scdl", "--as-of", "2020-06-30", history);

        assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
        assertThat(run.out).isEqualTo(HEADER);
        assertThat(run.err).startsWith(history + ": attribution participation-2020 of convention DEVT 013-2609/17/BM"
                + " cannot be exported:")
                .contains("scdl.export.attributor.siret-missing at parties[0].siret")
                .contains("scdl.export.beneficiary.unidentified at parties[1].siret");
    }

    @Test
    void aConventionWithNothingInForceGivesTheHeaderLineAlone() {
        String history = Cli.write(dir, "history.json", Cli.document("history.json")).toString();

        Cli.Run run = Cli.run("export", "scdl", "--as-of", "2017-12-01", "--on-refusal", "skip", history);

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo(HEADER);
        assertThat(run.err).isEmpty();
    }

    @Test
    void aDirectoryIsWalkedAndStopEndsAtTheFirstRefusalWhereSkipGoesOn() throws Exception {
        Path documents = java.nio.file.Files.createDirectory(dir.resolve("documents"));
        String first = Cli.write(documents, "a.json", Cli.document("history.json")).toString();
        String second = Cli.write(documents, "b.json", Cli.document("history.json")).toString();
        Cli.write(documents, "notes.txt", "not a document");

        Cli.Run stop = Cli.run("export", "scdl", "--as-of", "2020-06-30", documents.toString());
        Cli.Run skip = Cli.run("export", "scdl", "--as-of", "2020-06-30", "--on-refusal", "skip", documents.toString());

        assertThat(stop.exitCode).as(stop.toString()).isEqualTo(1);
        assertThat(stop.err).contains(first + ": attribution").doesNotContain(second);
        assertThat(skip.exitCode).as(skip.toString()).isEqualTo(1);
        assertThat(skip.err).contains(first + ": attribution").contains(second + ": attribution")
                .doesNotContain("notes.txt");
        assertThat(skip.out).isEqualTo(HEADER);
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(Cli.run("export", "scdl", "--as-of", "2020-06-30", "--on-refusal", "maybe", "x.json").exitCode)
                .isEqualTo(2);
        assertThat(Cli.run("export", "scdl", "x.json").exitCode).isEqualTo(2);
        Cli.Run bare = Cli.run("export");
        assertThat(bare.exitCode).isEqualTo(2);
        assertThat(bare.err).startsWith("Usage: conventio export").contains("scdl");
        assertThat(Cli.run("export", "scdl", "--as-of", "2020-06-30", dir.resolve("missing.json").toString()).exitCode)
                .isEqualTo(2);
    }
}
