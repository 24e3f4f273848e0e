package dev.conventio.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.conventio.finance.BudgetPeriod;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The values the writer formats itself, without their toString(): the same text as toString(). */
class ModelWriterTest {

    /** Writes values in a JSON array with a writer's method. */
    @FunctionalInterface
    interface Writing<T> {
        void write(ModelWriter writer, T value) throws IOException;
    }

    private static <T> String written(List<T> values, Writing<T> writing) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = new JsonFactory().createGenerator(out)) {
            ModelWriter writer = new ModelWriter(generator);
            generator.writeStartArray();
            for (T value : values) {
                writing.write(writer, value);
            }
            generator.writeEndArray();
        }
        return out.toString();
    }

    private static String quoted(List<?> values) {
        return values.stream().map(value -> "\"" + value + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    @Test
    void aDateIsWrittenAsLocalDateWritesIt() throws IOException {
        List<LocalDate> dates = List.of(LocalDate.of(2017, 11, 22), LocalDate.of(2020, 12, 31),
                LocalDate.of(2024, 2, 29), LocalDate.of(0, 1, 1), LocalDate.of(7, 7, 7), LocalDate.of(999, 10, 9),
                LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1), LocalDate.of(-1, 6, 15), LocalDate.MIN,
                LocalDate.MAX);
        assertThat(written(dates, ModelWriter::date)).isEqualTo(quoted(dates))
                .contains("\"0007-07-07\"", "\"+10000-01-01\"", "\"-0001-06-15\"");
    }

    @Test
    void aBudgetPeriodIsWrittenAsItsToStringWritesIt() throws IOException {
        List<BudgetPeriod> budgets = List.of(BudgetPeriod.ofYear(2018), BudgetPeriod.ofYear(0), BudgetPeriod.ofYear(42),
                BudgetPeriod.ofYear(9999), BudgetPeriod.of(Year.of(2015), Year.of(2020)),
                BudgetPeriod.of(Year.of(999), Year.of(1000)), BudgetPeriod.of(Year.of(2020), Year.of(2020)));
        assertThat(written(budgets, ModelWriter::budget)).isEqualTo(quoted(budgets))
                .contains("\"0042\"", "\"0999-1000\"");
    }
}
