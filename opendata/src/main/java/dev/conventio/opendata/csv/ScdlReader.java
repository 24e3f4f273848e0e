package dev.conventio.opendata.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.conventio.opendata.scdl.ScdlColumn;
import dev.conventio.opendata.scdl.ScdlRow;
import java.io.BufferedReader;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads published SCDL « subventions » files, version 2.1.1, into typed rows (lecture d'un fichier
 * SCDL), streaming, with one typed error per bad cell; the older {@code _} separator of
 * {@code datesPeriodeVersement} is read with a warning.
 * <pre>{@code
 * ScdlImport result = ScdlReader.readAll(Path.of("subventions.csv"));
 * for (CellProblem error : result.errors()) {
 *     System.err.println(error);   // scdl.siret.invalid at row 3, column idBeneficiaire: ...
 * }
 * }</pre>
 *
 * <p>The file is UTF-8 (a leading byte order mark is skipped), comma-separated, with the header
 * line first; its columns may come in any order but must be the schema's sixteen, each once,
 * otherwise no row is read. Cells are read as they are: nothing is trimmed or coerced, and an empty
 * cell is a missing value. Numbers are plain decimals ({@code 47800.20}): no exponent, no thousands
 * separator, at most twenty digits on each side of the point. A row with any error is never handed
 * over, not even in part.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ScdlReader {

    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    private ScdlReader() {
    }

    /**
     * Reads a whole file into memory.
     *
     * @param file  the file, UTF-8, not null
     * @return the rows, errors and warnings, never null
     * @throws IOException if the file cannot be read
     * @throws NullPointerException if the file is null
     */
    public static ScdlImport readAll(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readAll(reader);
        }
    }

    /**
     * Reads a whole text into memory; the reader is not closed.
     *
     * @param reader  the text, not null
     * @return the rows, errors and warnings, never null
     * @throws IOException if the reader fails
     * @throws NullPointerException if the reader is null
     */
    public static ScdlImport readAll(Reader reader) throws IOException {
        List<ScdlRow> rows = new ArrayList<>();
        List<CellProblem> errors = new ArrayList<>();
        List<CellProblem> warnings = new ArrayList<>();
        read(reader, new ImportHandler() {
            @Override
            public void row(long number, ScdlRow row) {
                rows.add(row);
            }

            @Override
            public void error(CellProblem problem) {
                errors.add(problem);
            }

            @Override
            public void warning(CellProblem problem) {
                warnings.add(problem);
            }
        });
        return ScdlImport.of(rows, errors, warnings);
    }

    /**
     * Reads a text row by row, handing each to the handler; the reader is not closed.
     *
     * @param reader  the text, not null
     * @param handler  what to do with each row, error and warning, not null
     * @throws IOException if the reader fails, other than by malformed CSV or undecodable bytes
     *     (reported to the handler as {@link ImportCodes#CSV_MALFORMED})
     * @throws NullPointerException if an argument is null
     */
    public static void read(Reader reader, ImportHandler handler) throws IOException {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(handler, "handler");
        Reader input = reader.markSupported() ? reader : new BufferedReader(reader);
        input.mark(1);
        if (input.read() != '\uFEFF') {
            input.reset();
        }
        long number = 0;
        try (CsvParser parser = FACTORY.createParser(input)) {
            parser.setSchema(CsvSchema.emptySchema());
            parser.disable(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE);
            List<String> header = next(parser);
            if (header == null) {
                handler.error(CellProblem.of(0, "", ImportCodes.HEADER_MISSING_COLUMN, "the file is empty: it has no"
                        + " header line"));
                return;
            }
            int[] positions = positions(header, handler);
            if (positions.length == 0) {
                return;
            }
            for (List<String> cells = next(parser); cells != null; cells = next(parser)) {
                number++;
                row(number, header.size(), positions, cells, handler);
            }
        } catch (JsonProcessingException | CharConversionException | CharacterCodingException e) {
            handler.error(CellProblem.of(number + 1, "", ImportCodes.CSV_MALFORMED, "the file is not well-formed"
                    + " UTF-8 CSV after row " + number + ": " + message(e)));
        }
    }

    private static String message(IOException e) {
        return e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage() : e.toString();
    }

    private static void row(long number, int width, int[] positions, List<String> cells, ImportHandler handler) {
        if (cells.size() != width) {
            handler.error(CellProblem.of(number, "", ImportCodes.ROW_CELL_COUNT, "row " + number + " has "
                    + cells.size() + " cells, the header line " + width + " columns"));
            return;
        }
        String[] ordered = new String[positions.length];
        for (int i = 0; i < positions.length; i++) {
            ordered[i] = cells.get(positions[i]);
        }
        RowReader.Outcome outcome = RowReader.read(number, Arrays.asList(ordered));
        outcome.warnings.forEach(handler::warning);
        outcome.errors.forEach(handler::error);
        outcome.row.ifPresent(row -> handler.row(number, row));
    }

    /** For each column of the schema in its order, its position in the file; empty if the header is bad. */
    private static int[] positions(List<String> header, ImportHandler handler) {
        Map<ScdlColumn, Integer> found = new HashMap<>();
        boolean bad = false;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            var column = ScdlColumn.named(name);
            if (column.isEmpty()) {
                bad = true;
                handler.error(CellProblem.of(0, name, ImportCodes.HEADER_UNKNOWN_COLUMN, "column '" + name
                        + "' is not a field of SCDL subventions 2.1.1"));
            } else if (found.putIfAbsent(column.get(), i) != null) {
                bad = true;
                handler.error(CellProblem.of(0, name, ImportCodes.HEADER_DUPLICATE_COLUMN, "column '" + name
                        + "' appears twice in the header line"));
            }
        }
        for (ScdlColumn column : ScdlColumn.inOrder()) {
            if (!found.containsKey(column)) {
                bad = true;
                handler.error(CellProblem.of(0, column.fieldName(), ImportCodes.HEADER_MISSING_COLUMN, "the header"
                        + " line lacks column '" + column.fieldName() + "'"));
            }
        }
        return bad ? new int[0] : ScdlColumn.inOrder().stream().mapToInt(found::get).toArray();
    }

    /** The cells of the next record, null at the end. */
    private static List<String> next(CsvParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return null;
        }
        List<String> cells = new ArrayList<>(16);
        for (token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            cells.add(parser.getText());
        }
        return cells;
    }
}
