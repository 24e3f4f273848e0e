package dev.conventio.opendata.internal.codes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.validation.ViolationCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * A catalog made anew reads its French descriptions from its own resource: the installed one is
 * made once per JVM, so only a new instance shows what the constructor reads.
 */
class OpenDataCodeCatalogTest {

    @Test
    void aNewCatalogDescribesEachOfItsCodesInFrench() {
        OpenDataCodeCatalog catalog = new OpenDataCodeCatalog();
        assertThat(catalog.name()).isEqualTo("conventio-opendata");
        assertThat(catalog.codes()).isNotEmpty();
        for (ViolationCode code : catalog.codes()) {
            assertThat(catalog.description(code, Locale.FRENCH)).as(code.id()).isPresent()
                    .get().isNotEqualTo(code.description());
        }
    }

    @Test
    void theFrenchDescriptionsBesideTheClassNameEveryCode() throws IOException {
        Properties descriptions = new Properties();
        try (InputStream in = OpenDataCodeCatalog.frenchDescriptions()) {
            assertThat(in).isNotNull();
            descriptions.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (ViolationCode code : new OpenDataCodeCatalog().codes()) {
            assertThat(descriptions.getProperty(code.id())).as(code.id()).isNotBlank();
        }
    }
}
