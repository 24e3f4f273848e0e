package dev.conventio.internal.codes;

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
class CoreCodeCatalogTest {

    @Test
    void aNewCatalogDescribesEachOfItsCodesInFrench() {
        CoreCodeCatalog catalog = new CoreCodeCatalog();
        assertThat(catalog.name()).isEqualTo("conventio-core");
        assertThat(catalog.codes()).isNotEmpty();
        for (ViolationCode code : catalog.codes()) {
            assertThat(catalog.description(code, Locale.FRENCH)).as(code.id()).isPresent()
                    .get().isNotEqualTo(code.description());
        }
    }

    @Test
    void theFrenchDescriptionsBesideTheClassNameEveryCode() throws IOException {
        Properties descriptions = new Properties();
        try (InputStream in = CoreCodeCatalog.frenchDescriptions()) {
            assertThat(in).isNotNull();
            descriptions.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (ViolationCode code : new CoreCodeCatalog().codes()) {
            assertThat(descriptions.getProperty(code.id())).as(code.id()).isNotBlank();
        }
    }
}
