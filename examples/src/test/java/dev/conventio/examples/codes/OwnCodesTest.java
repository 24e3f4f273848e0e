package dev.conventio.examples.codes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.history.HistoryCodes;
import dev.conventio.validation.CodeCatalog;
import dev.conventio.validation.Violation;
import dev.conventio.validation.ViolationCode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An application declares its own codes beside the library's, and tools find them the same way. */
class OwnCodesTest {

    @Test
    void anApplicationCatalogIsInstalledBesideTheLibrarys() {
        assertThat(CodeCatalog.installed()).extracting(CodeCatalog::name).contains("acme-grants", "conventio-core");
        assertThat(CodeCatalog.named("acme-grants").orElseThrow().codes()).containsExactly(AcmeCodes.OVER_CEILING);
    }

    @Test
    void aCodeDeclaredOutsideCoreIsFoundByItsIdAndUsedInViolations() {
        assertThat(CodeCatalog.find("acme.budget.over-ceiling")).contains(AcmeCodes.OVER_CEILING);
        Violation violation = Violation.of(AcmeCodes.OVER_CEILING, "changes", "EUR 120000.00 is over EUR 100000.00");
        assertThat(violation).hasToString("acme.budget.over-ceiling at changes: EUR 120000.00 is over EUR 100000.00");
        assertThat(violation.code().kind()).isEqualTo(ViolationCode.Kind.POLICY);
        assertThat(violation.code()).isNotEqualTo(HistoryCodes.POLICY_INCREASE_CAP_EXCEEDED);
    }

    @Test
    void idsAreUniqueAcrossTheLibraryAndTheApplication() {
        Set<String> ids = new HashSet<>();
        for (CodeCatalog catalog : CodeCatalog.installed()) {
            for (ViolationCode code : catalog.codes()) {
                assertThat(ids.add(code.id())).as(catalog.name() + " declares " + code.id() + " again").isTrue();
            }
        }
    }
}
