package dev.conventio.opendata.csv;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.conventio.opendata.scdl.ScdlColumn;
import dev.conventio.opendata.scdl.ScdlRow;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes SCDL « subventions » rows as a CSV file (écriture d'un fichier SCDL), streaming: the header
 * line of the sixteen columns in the schema's order when opened, then each row as it comes, with
 * Jackson's CSV generator (comma-separated, cells quoted when they hold a comma, a quote or a line
 * break, {@code \n} line ends).
 * <pre>{@code
 * try (ScdlWriter writer = ScdlWriter.to(Path.of("subventions.csv"))) {
 *     ScdlExport.asOf(date).onRefusal(OnRefusal.SKIP).rows(portfolio).forEach(writer::writeUnchecked);
 * }
 * }</pre>
 *
 * <p>A writer is mutable and meant for one thread.
 *
 * @since 0.1
 */
public final class ScdlWriter implements Closeable, Flushable {

    /** Quotes only the cells that need it: a comma, a quote, a line break. */
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema SCHEMA = schema();

    private final CsvGenerator generator;
    private long rows;

    private ScdlWriter(CsvGenerator generator) {
        this.generator = generator;
    }

    private static CsvSchema schema() {
        CsvSchema.Builder builder = CsvSchema.builder();
        for (ScdlColumn column : ScdlColumn.inOrder()) {
            builder.addColumn(column.fieldName());
        }
        return builder.setUseHeader(false).setLineSeparator("\n").build();
    }

    /**
     * Opens a writer on a character stream and writes the header line; closing the writer closes it.
     *
     * @param out  the stream, which should encode UTF-8 if it goes to bytes, not null
     * @return the writer, never null
     * @throws IOException if the header line cannot be written
     * @throws NullPointerException if the stream is null
     */
    public static ScdlWriter to(Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        CsvGenerator generator = FACTORY.createGenerator(out);
        generator.setSchema(SCHEMA);
        ScdlWriter writer = new ScdlWriter(generator);
        writer.line(ScdlColumn.inOrder().stream().map(ScdlColumn::fieldName).toArray(String[]::new));
        return writer;
    }

    /**
     * Opens a writer on a file, in UTF-8 without byte order mark, replacing the file if it exists,
     * and writes the header line.
     *
     * @param file  the file, not null
     * @return the writer, never null
     * @throws IOException if the file cannot be opened or the header line written
     * @throws NullPointerException if the file is null
     */
    public static ScdlWriter to(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return to(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    /**
     * Writes one row.
     *
     * @param row  the row, not null
     * @throws IOException if the row cannot be written
     * @throws NullPointerException if the row is null
     */
    public void write(ScdlRow row) throws IOException {
        Objects.requireNonNull(row, "row");
        List<String> cells = row.cells();
        generator.writeStartArray();
        for (int i = 0; i < cells.size(); i++) {
            generator.writeString(cells.get(i));
        }
        generator.writeEndArray();
        rows++;
    }

    /**
     * Writes one row, for use in a lambda: an {@link IOException} is rethrown unchecked.
     *
     * @param row  the row, not null
     * @throws java.io.UncheckedIOException if the row cannot be written
     * @throws NullPointerException if the row is null
     */
    public void writeUnchecked(ScdlRow row) {
        try {
            write(row);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void line(String[] cells) throws IOException {
        generator.writeStartArray();
        for (String cell : cells) {
            generator.writeString(cell);
        }
        generator.writeEndArray();
    }

    /**
     * Gets the number of rows written, the header line not counted.
     *
     * @return the count, never negative
     */
    public long rowsWritten() {
        return rows;
    }

    /**
     * Flushes what was written to the stream.
     *
     * @throws IOException if the stream fails
     */
    @Override
    public void flush() throws IOException {
        generator.flush();
    }

    /**
     * Flushes and closes the stream.
     *
     * @throws IOException if the stream fails
     */
    @Override
    public void close() throws IOException {
        generator.close();
    }
}
