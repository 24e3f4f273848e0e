package dev.conventio.opendata.internal.codes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.validation.ViolationCode;
import java.util.Locale;
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
}
