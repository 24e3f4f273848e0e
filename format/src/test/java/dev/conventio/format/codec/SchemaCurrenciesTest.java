package dev.conventio.format.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.format.FormatVersions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each schema lists exactly the currencies the reader accepts: the list is written out in the
 * schema, the reader's comes from Joda-Money's registry, and a new version of either shows here.
 */
class SchemaCurrenciesTest {

    private static final Pattern CURRENCY = Pattern.compile(
            "\"currency\": \\{\\s*\"enum\": \\[([^\\]]*)\\]", Pattern.DOTALL);

    @Test
    void everySchemaListsTheReadersCurrencies() throws IOException {
        for (int version = FormatVersions.OLDEST; version <= FormatVersions.LATEST; version++) {
            String schema;
            try (InputStream in = FormatVersions.schema(version).openStream()) {
                schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher found = CURRENCY.matcher(schema);
            assertThat(found.find()).as("version %d has a currency enum", version).isTrue();
            Set<String> listed = new TreeSet<>();
            Arrays.stream(found.group(1).split(",")).map(code -> code.strip().replace("\"", "")).forEach(listed::add);
            assertThat(listed).as("version %d", version).isEqualTo(new TreeSet<>(MoneyFormat.acceptedCodes()))
                    .doesNotContain("XXX", "FRF", "XAU", "CHE").contains("EUR", "JPY", "XPF");
            assertThat(found.find()).as("version %d has one currency enum", version).isFalse();
        }
    }
}
