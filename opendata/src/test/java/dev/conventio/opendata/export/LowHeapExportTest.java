package dev.conventio.opendata.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.history.History;
import dev.conventio.opendata.csv.ScdlWriter;
import dev.conventio.testkit.Gen;
import dev.conventio.testkit.SubsidyGen;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The export streams: 100 000 generated subsidy conventions, each generated when the export asks
 * for it, written as CSV to a writer that only counts, in a JVM of 128 MiB of heap (the
 * {@code low-heap} execution of this module's Surefire plugin). Every generated attribution is
 * exported: the rows are written, none refused.
 */
@Tag("low-heap")
class LowHeapExportTest {

    static final int CONVENTIONS = 100_000;

    /** The generated conventions, one after the other, none kept. */
    static Iterable<History> portfolio(int count) {
        Gen<History> histories = SubsidyGen.subsidyHistories();
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public History next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return histories.sample(next++, 10);
            }
        };
    }

    /** A writer that counts the characters and keeps none. */
    static final class Counting extends Writer {
        long chars;

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars += length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void exportsOneHundredThousandConventionsIn128MiB() throws IOException {
        assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx128m").isLessThanOrEqualTo(128L << 20);
        Counting out = new Counting();
        long[] refused = {0};
        long rows;
        try (ScdlWriter writer = ScdlWriter.to(out)) {
            rows = ScdlExport.asOf(LocalDate.of(2025, 1, 1)).onRefusal(OnRefusal.SKIP)
                    .export(portfolio(CONVENTIONS), writer::writeUnchecked, refusal -> refused[0]++);
        }
        assertThat(refused[0]).as("every generated attribution can be published").isZero();
        assertThat(rows).as("at least one row per convention").isGreaterThanOrEqualTo(CONVENTIONS);
        assertThat(out.chars).as("the header line and the rows").isGreaterThan(rows * 100);
    }
}
