package dev.conventio.opendata.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.opendata.Samples;
import dev.conventio.opendata.scdl.PaymentDates;
import dev.conventio.opendata.scdl.ScdlCodes;
import dev.conventio.opendata.scdl.ScdlColumn;
import dev.conventio.opendata.scdl.ScdlRow;
import dev.conventio.validation.ViolationCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The import: typed rows, one typed error per bad cell, never a partial row. */
class ScdlReaderTest {

    private static final String HEADER = ScdlColumn.inOrder().stream().map(ScdlColumn::fieldName)
            .collect(Collectors.joining(","));

    private static List<String> valid() {
        return new ArrayList<>(Samples.validRow().build().cells());
    }

    private static String line(List<String> cells) {
        return cells.stream().map(c -> c.contains(",") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c)
                .collect(Collectors.joining(","));
    }

    private static ScdlImport read(String text) throws IOException {
        return ScdlReader.readAll(new StringReader(text));
    }

    private static ScdlImport readRow(ScdlColumn column, String cell) throws IOException {
        List<String> cells = valid();
        cells.set(column.ordinal(), cell);
        return read(HEADER + "\n" + line(valid()) + "\n" + line(cells) + "\n");
    }

    @Test
    void aValidFileGivesTypedRows() throws IOException {
        ScdlImport result = read(HEADER + "\n" + line(valid()) + "\n");
        assertThat(result.isClean()).isTrue();
        ScdlRow row = result.rows().get(0);
        assertThat(row.idBeneficiaire().orElseThrow().toString()).isEqualTo(Samples.SIRET_B);
        assertThat(row.montant()).isEqualByComparingTo("30000");
        assertThat(row.datesPeriodeVersement().last()).isEqualTo(LocalDate.of(2020, 12, 1));
        assertThat(row.notificationUE()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NOM_ATTRIBUANT|''|scdl.cell.required",
        "NOM_BENEFICIAIRE|'  '|scdl.cell.required",
        "OBJET|''|scdl.cell.required",
        "MONTANT|''|scdl.cell.required",
        "ID_ATTRIBUANT|2113005530001|scdl.cell.pattern",
        "ID_ATTRIBUANT|21130055300017|scdl.siret.invalid",
        "ID_BENEFICIAIRE|38047555800059|scdl.siret.invalid",
        "ID_BENEFICIAIRE|380 475 558 00058|scdl.cell.pattern",
        "RNA_BENEFICIAIRE|W12345678|scdl.cell.pattern",
        "DATE_CONVENTION|02/03/2020|scdl.cell.type",
        "DATE_CONVENTION|2020-02-30|scdl.cell.type",
        "MONTANT|30 000,00|scdl.cell.type",
        "MONTANT|1e5|scdl.cell.type",
        "POURCENTAGE_SUBVENTION|0.001|scdl.cell.out-of-range",
        "POURCENTAGE_SUBVENTION|1.5|scdl.cell.out-of-range",
        "NATURE|aide en numeraire|scdl.cell.enum",
        "CONDITIONS_VERSEMENT|''|scdl.cell.required",
        "DATES_PERIODE_VERSEMENT|2020-04-01 - 2020-12-01|scdl.cell.pattern",
        "DATES_PERIODE_VERSEMENT|2020-12-01/2020-04-01|scdl.period.reversed",
        "ID_RAE|123456|scdl.cell.too-long",
        "NOTIFICATION_UE|Non|scdl.cell.type",
    })
    void eachKindOfBadCellIsRejectedWithItsCodeRowAndColumn(ScdlColumn column, String cell, String code)
            throws IOException {
        ScdlImport result = readRow(column, cell);
        assertThat(result.rows()).as("the good row is read, the bad one not at all").hasSize(1);
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.code().id()).isEqualTo(code);
            assertThat(error.row()).isEqualTo(2);
            assertThat(error.column()).isEqualTo(column.fieldName());
            assertThat(error.toViolation().path()).isEqualTo("rows[2]." + column.fieldName());
        });
    }

    @Test
    void longTextsAreRejectedNotTruncated() throws IOException {
        assertThat(readRow(ScdlColumn.OBJET, "é".repeat(257)).errors()).extracting(CellProblem::code)
                .containsExactly(ScdlCodes.CELL_TOO_LONG);
        assertThat(readRow(ScdlColumn.OBJET, "é".repeat(256)).errors()).isEmpty();
        assertThat(readRow(ScdlColumn.CONDITIONS_VERSEMENT, "x".repeat(257)).errors()).extracting(CellProblem::code)
                .containsExactly(ScdlCodes.CELL_TOO_LONG);
    }

    @Test
    void aRowWithoutSiretNorRnaIsRejected() throws IOException {
        List<String> cells = valid();
        cells.set(ScdlColumn.ID_BENEFICIAIRE.ordinal(), "");
        cells.set(ScdlColumn.RNA_BENEFICIAIRE.ordinal(), "");
        ScdlImport result = read(HEADER + "\n" + line(cells) + "\n");
        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).extracting(CellProblem::code, CellProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ScdlCodes.BENEFICIARY_UNIDENTIFIED, "idBeneficiaire"));
    }

    @Test
    void everyBadCellOfARowIsReportedAndTheRowIsNotRead() throws IOException {
        List<String> cells = valid();
        cells.set(ScdlColumn.MONTANT.ordinal(), "trente mille");
        cells.set(ScdlColumn.NATURE.ordinal(), "");
        cells.set(ScdlColumn.ID_RAE.ordinal(), "1234567");
        ScdlImport result = read(HEADER + "\n" + line(cells) + "\n");
        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).extracting(e -> e.code().id() + " " + e.column()).containsExactlyInAnyOrder(
                "scdl.cell.type montant", "scdl.cell.required nature", "scdl.cell.too-long idRAE");
    }

    @Test
    void theOlderUnderscoreSeparatorIsReadWithAWarning() throws IOException {
        ScdlImport result = readRow(ScdlColumn.DATES_PERIODE_VERSEMENT, "2020-04-01_2020-12-01");
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows().get(1).datesPeriodeVersement())
                .isEqualTo(PaymentDates.between(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 12, 1)));
        assertThat(result.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo(ImportCodes.DATES_LEGACY_SEPARATOR);
            assertThat(warning.row()).isEqualTo(2);
            assertThat(warning.column()).isEqualTo("datesPeriodeVersement");
        });
        assertThat(readRow(ScdlColumn.DATES_PERIODE_VERSEMENT, "2020-04-01/2020-12-01").warnings()).isEmpty();
    }

    @Test
    void columnsMayComeInAnyOrderAndAByteOrderMarkIsSkipped() throws IOException {
        List<String> names = ScdlColumn.inOrder().stream().map(ScdlColumn::fieldName).collect(Collectors.toList());
        List<String> cells = valid();
        java.util.Collections.reverse(names);
        java.util.Collections.reverse(cells);
        ScdlImport result = read("\uFEFF" + String.join(",", names) + "\n" + line(cells) + "\n");
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).containsExactly(Samples.validRow().build());
    }

    @Test
    void aBadHeaderLineStopsTheImport() throws IOException {
        String body = "\n" + line(valid()) + "\n";
        assertThat(codes(read(HEADER.replace(",dispositifAide", "") + body))).containsExactly(
                ImportCodes.HEADER_MISSING_COLUMN);
        assertThat(codes(read(HEADER.replace("montant", "montantTotal") + body))).containsExactly(
                ImportCodes.HEADER_UNKNOWN_COLUMN, ImportCodes.HEADER_MISSING_COLUMN);
        assertThat(codes(read(HEADER.replace("idRAE", "objet") + body))).containsExactly(
                ImportCodes.HEADER_DUPLICATE_COLUMN, ImportCodes.HEADER_MISSING_COLUMN);
        assertThat(codes(read(""))).containsExactly(ImportCodes.HEADER_MISSING_COLUMN);
        assertThat(read(HEADER + body).errors()).isEmpty();
        assertThat(read(HEADER.replace("montant", "montantTotal") + body).rows()).isEmpty();
    }

    @Test
    void aRowWithTooManyOrTooFewCellsIsRejected() throws IOException {
        ScdlImport result = read(HEADER + "\n" + line(valid()) + ",extra\n" + line(valid().subList(0, 15)) + "\n"
                + line(valid()) + "\n");
        assertThat(result.errors()).extracting(CellProblem::code, CellProblem::row).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ImportCodes.ROW_CELL_COUNT, 1L),
                org.assertj.core.groups.Tuple.tuple(ImportCodes.ROW_CELL_COUNT, 2L));
        assertThat(result.rows()).hasSize(1);
    }

    @Test
    void malformedCsvStopsTheImportWithItsCode() throws IOException {
        ScdlImport result = read(HEADER + "\n" + line(valid()) + "\n\"Commune sans fin,");
        assertThat(codes(result)).containsExactly(ImportCodes.CSV_MALFORMED);
        assertThat(result.errors().get(0).row()).isEqualTo(2);
        assertThat(result.rows()).hasSize(1);
    }

    private static List<ViolationCode> codes(ScdlImport result) {
        return result.errors().stream().map(CellProblem::code).collect(Collectors.toList());
    }

    @Test
    void aReaderWithoutMarksIsReadAsOneWithThem() throws IOException {
        // InputStreamReader cannot mark: the byte order mark is looked for through a buffer.
        byte[] bytes = ("\uFEFF" + HEADER + "\n" + line(valid()) + "\n").getBytes(StandardCharsets.UTF_8);
        InputStreamReader unmarked = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
        assertThat(unmarked.markSupported()).isFalse();
        ScdlImport result = ScdlReader.readAll(unmarked);
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).containsExactly(Samples.validRow().build());
    }

    @Test
    void malformedCsvIsExplainedWithoutTheParsersClassOrSource() throws IOException {
        CellProblem problem = read(HEADER + "\n\"Commune sans fin,").errors().get(0);
        assertThat(problem.message()).startsWith("the file is not well-formed UTF-8 CSV after row 0: ")
                .doesNotContain("Exception").doesNotContain("[Source");
    }
}
