package dev.conventio.opendata.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.opendata.Samples;
import dev.conventio.opendata.scdl.ScdlRow;
import dev.conventio.opendata.schema.SchemaCheck;
import dev.conventio.testkit.Gen;
import dev.conventio.testkit.junit.GeneratedSource;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

/** The writer gives files the official schema accepts, and the reader reads them back as they were. */
class ScdlWriterTest {

    static Gen<List<ScdlRow>> files() {
        return Samples.rows().list(0, 20);
    }

    static String write(List<ScdlRow> rows) throws IOException {
        StringWriter out = new StringWriter();
        try (ScdlWriter writer = ScdlWriter.to(out)) {
            for (ScdlRow row : rows) {
                writer.write(row);
            }
            assertThat(writer.rowsWritten()).isEqualTo(rows.size());
        }
        return out.toString();
    }

    @Test
    void anEmptyExportIsTheHeaderLine() throws IOException {
        assertThat(write(List.of())).isEqualTo("nomAttribuant,idAttribuant,dateConvention,referenceDecision,"
                + "nomBeneficiaire,idBeneficiaire,rnaBeneficiaire,objet,montant,nature,conditionsVersement,"
                + "datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention,dispositifAide\n");
    }

    @Test
    void aRowIsWrittenAsTheSchemaSpellsItsCells() throws IOException {
        String csv = write(List.of(Samples.validRow().build()));
        assertThat(csv.lines().skip(1)).containsExactly("Commune de Trifouillis,21130055300016,2020-03-02,"
                + "DEL-2020-03-12,Les Amis du Lavoir,38047555800058,W133000001,Fonctionnement de l'association en 2020,"
                + "30000.00,aide en numéraire,échelonné,2020-04-01/2020-12-01,12345,non,1.00,"
                + "65d5b6c7-102c-4440-ac3b-768f708edc0a");
        assertThat(SchemaCheck.official().problems(csv)).isEmpty();
    }

    @ParameterizedTest
    @GeneratedSource(value = "files", count = 200)
    void everyWrittenFilePassesTheSchemaAndReadsBackAsWritten(List<ScdlRow> rows) throws IOException {
        String csv = write(rows);
        assertThat(SchemaCheck.official().problems(csv)).isEmpty();
        ScdlImport read = ScdlReader.readAll(new StringReader(csv));
        assertThat(read.errors()).isEmpty();
        assertThat(read.warnings()).isEmpty();
        assertThat(read.rows()).isEqualTo(rows);
    }

    @Test
    void aFileIsUtf8WithoutByteOrderMark(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("subventions.csv");
        try (ScdlWriter writer = ScdlWriter.to(file)) {
            writer.write(Samples.validRow().build());
        }
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).isEqualTo((byte) 'n');
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("aide en numéraire,échelonné");
        assertThat(ScdlReader.readAll(file).rows()).containsExactly(Samples.validRow().build());
    }

    @Test
    void flushingGivesTheStreamEveryRowWrittenSoFar() throws IOException {
        StringWriter out = new StringWriter();
        ScdlWriter writer = ScdlWriter.to(out);
        writer.write(Samples.validRow().build());
        writer.flush();
        assertThat(out.toString().lines()).hasSize(2);
        assertThat(out.toString()).contains("Fonctionnement de l'association en 2020");
        writer.close();
    }
}
