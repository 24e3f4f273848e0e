package dev.conventio.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodeCatalogTest {

    @Test
    void coreCatalogIsInstalledAndFindsItsCodesById() {
        CodeCatalog core = CodeCatalog.named("conventio-core").orElseThrow();
        assertThat(core.codes()).contains(CommonCodes.TEXT_BLANK, dev.conventio.party.PartyCodes.SIREN_CHECKSUM,
                dev.conventio.history.HistoryCodes.MONEY_CURRENCY_MIXED).doesNotHaveDuplicates();
        for (ViolationCode code : core.codes()) {
            assertThat(CodeCatalog.find(code.id())).contains(code);
        }
        assertThat(CodeCatalog.find("no.such-code")).isEmpty();
        assertThat(CodeCatalog.named("no-such-catalog")).isEmpty();
    }

    @Test
    void idsAreUniqueAcrossEveryInstalledCatalog() {
        Set<String> ids = new HashSet<>();
        for (CodeCatalog catalog : CodeCatalog.installed()) {
            for (ViolationCode code : catalog.codes()) {
                assertThat(ids.add(code.id())).as(catalog.name() + " declares " + code.id() + " again").isTrue();
            }
        }
    }

    /**
     * The ledger lists every id core ever issued, with its kind, and marks the retired ones: a code
     * of the catalog missing from it, of another kind, or declared again after its retirement fails.
     */
    @Test
    void everyCoreIdIsInTheLedgerOfIssuedIdsAndNoRetiredIdIsReused() throws IOException {
        Map<String, String> issued = new HashMap<>();
        Set<String> retired = new HashSet<>();
        for (String line : ledger()) {
            String[] fields = line.split(" ");
            assertThat(issued.put(fields[0], fields[1])).as("issued twice: " + fields[0]).isNull();
            if (fields.length > 2 && fields[2].equals("retired")) {
                retired.add(fields[0]);
            }
        }
        for (ViolationCode code : CodeCatalog.named("conventio-core").orElseThrow().codes()) {
            assertThat(issued).as("the ledger lists " + code.id()).containsKey(code.id());
            assertThat(issued.get(code.id())).as(code.id()).isEqualTo(code.kind().name().toLowerCase(java.util.Locale.ROOT));
            assertThat(retired).as(code.id() + " was retired").doesNotContain(code.id());
        }
    }

    private static List<String> ledger() throws IOException {
        try (InputStream in = CodeCatalogTest.class.getResourceAsStream("issued-codes.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
    }

    @Test
    void everyCoreCodeHasAFrenchDescriptionAndEnglishStaysTheDefault() {
        for (ViolationCode code : CodeCatalog.named("conventio-core").orElseThrow().codes()) {
            String french = CodeCatalog.describe(code, Locale.FRENCH);
            assertThat(french).as(code.id()).isNotBlank().isNotEqualTo(code.description());
            assertThat(CodeCatalog.describe(code, Locale.CANADA_FRENCH)).isEqualTo(french);
            assertThat(CodeCatalog.describe(code, Locale.ENGLISH)).isEqualTo(code.description());
        }
        assertThat(CodeCatalog.describe(CommonCodes.TEXT_BLANK, Locale.FRENCH))
                .isEqualTo("un texte obligatoire est vide ou ne contient que des espaces");
        ViolationCode foreign = ViolationCode.of("acme.x", ViolationCode.Kind.RULE, "not declared by any catalog");
        assertThat(CodeCatalog.describe(foreign, Locale.FRENCH)).isEqualTo("not declared by any catalog");
    }

    @Test
    void theFrenchDescriptionsNameOnlyCodesOfTheCatalog() throws IOException {
        java.util.Properties french = new java.util.Properties();
        try (InputStream in = dev.conventio.internal.codes.CoreCodeCatalog.class
                .getResourceAsStream("descriptions_fr.properties")) {
            french.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> ids = new HashSet<>();
        CodeCatalog.named("conventio-core").orElseThrow().codes().forEach(code -> ids.add(code.id()));
        assertThat(french.stringPropertyNames()).isEqualTo(ids);
    }
}
