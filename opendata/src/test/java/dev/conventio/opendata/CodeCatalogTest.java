package dev.conventio.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.validation.CodeCatalog;
import dev.conventio.validation.ViolationCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The module's codes are found like core's, described in French, and listed in the docs. */
class CodeCatalogTest {

    private static List<ViolationCode> codes() {
        return CodeCatalog.named("conventio-opendata").orElseThrow().codes();
    }

    @Test
    void theCatalogIsInstalledBesideCoresWithIdsOfItsOwn() {
        assertThat(CodeCatalog.installed()).extracting(CodeCatalog::name).contains("conventio-core", "conventio-opendata");
        Set<String> ids = new HashSet<>();
        for (CodeCatalog catalog : CodeCatalog.installed()) {
            for (ViolationCode code : catalog.codes()) {
                assertThat(ids.add(code.id())).as(code.id()).isTrue();
            }
        }
        assertThat(codes()).allMatch(code -> code.id().startsWith("scdl.") || code.id().startsWith("subsidy."));
        assertThat(CodeCatalog.find("scdl.siret.invalid")).isPresent();
    }

    @Test
    void everyCodeHasAFrenchDescription() {
        for (ViolationCode code : codes()) {
            assertThat(CodeCatalog.describe(code, Locale.FRENCH)).as(code.id()).isNotEqualTo(code.description());
        }
        assertThat(CodeCatalog.describe(codes().get(0), Locale.GERMAN)).isEqualTo(codes().get(0).description());
    }

    @Test
    void everyCodeHasARowInTheDocsOfCodes() throws IOException {
        String docs = Files.readString(Path.of(System.getProperty("user.dir")).resolve("../docs/codes.md"));
        for (ViolationCode code : codes()) {
            assertThat(docs).as(code.id()).contains("| `" + code.id() + "` | "
                    + code.kind().name().toLowerCase(Locale.ROOT) + " |");
        }
    }
}
