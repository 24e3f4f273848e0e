package dev.conventio.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.opendata.export.Refusal;
import dev.conventio.opendata.export.ScdlExport;
import dev.conventio.opendata.scdl.ScdlRow;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the README's run command prints of open data: typed refusals for the real bodies, rows for the generated ones. */
class ReferenceOpenDataTest {

    private static List<String> reasons(List<Refusal> refusals) {
        return refusals.stream().flatMap(r -> r.violations().stream()).map(v -> v.code().id() + " at " + v.path())
                .collect(Collectors.toList());
    }

    @Test
    void theReferenceConventionIsRefusedNamingEachMissingField() {
        assertThat(reasons(ReferenceOpenData.referenceRefusals())).containsExactly(
                "scdl.export.attributor.siret-missing at parties[0].siret",
                "scdl.export.payment.conditions-unknown at contributions[0].schedule",
                "scdl.export.payment.dates-unknown at contributions[0].schedule",
                "scdl.export.notification.unknown at contributions[0].aid.basis",
                "scdl.export.beneficiary.unidentified at parties[1].siret");
    }

    @Test
    void theCorpusSubsidyConventionIsRefusedAndNoIdentifierIsMadeUp() {
        assertThat(reasons(ReferenceOpenData.corpusRefusals())).containsExactly(
                "scdl.export.attributor.siret-missing at parties[0].siret",
                "scdl.export.amount.unknown at contributions[0].amount",
                "scdl.export.payment.conditions-unknown at contributions[0].schedule",
                "scdl.export.payment.dates-unknown at contributions[0].schedule",
                "scdl.export.notification.unknown at contributions[0].aid.basis",
                "scdl.export.beneficiary.unidentified at parties[1].siret");
    }

    @Test
    void theGeneratedConventionIsPrintedAsCsvRowsUnderItsHeaderLine() {
        List<ScdlRow> rows = ScdlExport.asOf(ReferenceOpenData.generated().base().conclusionDate().orElseThrow().plusDays(1))
                .rows(ReferenceOpenData.generated());
        assertThat(rows).hasSizeGreaterThan(1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReferenceOpenData.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        String generated = printed.substring(printed.indexOf("== Convention générée"), printed.indexOf("== Convention du corpus"));
        List<String> lines = generated.lines().filter(line -> !line.isBlank()).collect(Collectors.toList());
        assertThat(lines.get(0)).contains("parties fictives, identifiants valides");
        assertThat(lines.get(1)).startsWith("nomAttribuant,idAttribuant,dateConvention,referenceDecision,");
        assertThat(lines.subList(2, lines.size())).hasSize(rows.size()).allMatch(line -> line.contains("(fictive)"));
        assertThat(printed).contains("cannot be exported").contains("fiche 01");
    }
}
