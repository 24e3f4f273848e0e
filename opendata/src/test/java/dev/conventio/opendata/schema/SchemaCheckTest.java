package dev.conventio.opendata.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.opendata.scdl.ScdlColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The schema-driven check catches each kind of constraint of the file, so that passing it means something. */
class SchemaCheckTest {

    private static final SchemaCheck CHECK = SchemaCheck.official();
    private static final String HEADER = String.join(",", CHECK.fieldNames());
    private static final List<String> VALID = List.of("Commune de Trifouillis", "21130055300016", "2020-03-02",
            "DEL-1", "Les Amis du Lavoir", "38047555800058", "W133000001", "Fonctionnement", "30000.00",
            "aide en numéraire", "unique", "2020-04-01", "12345", "non", "1.00", "");

    private static String csv(List<String> cells) {
        return HEADER + "\n" + cells.stream().map(c -> c.contains(",") ? "\"" + c + "\"" : c)
                .collect(Collectors.joining(",")) + "\n";
    }

    private static List<String> with(String field, String cell) {
        List<String> cells = new ArrayList<>(VALID);
        cells.set(CHECK.fieldNames().indexOf(field), cell);
        return cells;
    }

    @Test
    void theFileIsVersionTwoPointOnePointOneWithTheModulesColumnsInOrder() {
        assertThat(CHECK.version()).isEqualTo("2.1.1");
        assertThat(CHECK.fieldNames()).containsExactlyElementsOf(ScdlColumn.inOrder().stream()
                .map(ScdlColumn::fieldName).collect(Collectors.toList()));
        assertThat(CHECK.customCheckNames()).containsExactlyInAnyOrder("french-siret-value", "one-of-required");
    }

    @Test
    void aValidRowPasses() {
        assertThat(CHECK.problems(csv(VALID))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nomAttribuant|''|field nomAttribuant: required",
        "dateConvention|2020-02-30|field dateConvention: type date",
        "idAttribuant|2113005530001|field idAttribuant: pattern",
        "rnaBeneficiaire|W13300000|field rnaBeneficiaire: pattern",
        "datesPeriodeVersement|2020-01-01_2020-12-31|field datesPeriodeVersement: pattern",
        "nature|aide en espèces|field nature: enum",
        "idRAE|123456|field idRAE: maxLength",
        "montant|30 000,00|field montant: type number",
        "notificationUE|false|field notificationUE: type boolean",
        "pourcentageSubvention|0.009|field pourcentageSubvention: minimum",
        "pourcentageSubvention|1.01|field pourcentageSubvention: maximum",
        "idAttribuant|21130055300017|field idAttribuant: french-siret-value",
        "idBeneficiaire|38047555800059|field idBeneficiaire: french-siret-value",
    })
    void eachConstraintOfTheFileIsChecked(String field, String cell, String problem) {
        assertThat(CHECK.problems(csv(with(field, cell)))).first().asString().startsWith("row 1 " + problem);
    }

    @Test
    void objetAndConditionsAreAtMost256Characters() {
        assertThat(CHECK.problems(csv(with("objet", "o".repeat(256))))).isEmpty();
        assertThat(CHECK.problems(csv(with("objet", "o".repeat(257))))).singleElement().asString()
                .startsWith("row 1 field objet: maxLength");
        assertThat(CHECK.problems(csv(with("conditionsVersement", "é".repeat(257))))).singleElement().asString()
                .startsWith("row 1 field conditionsVersement: maxLength");
    }

    @Test
    void oneOfTheBeneficiarysIdentifiersIsRequired() {
        List<String> cells = with("idBeneficiaire", "");
        assertThat(CHECK.problems(csv(cells))).isEmpty();
        cells.set(CHECK.fieldNames().indexOf("rnaBeneficiaire"), "");
        assertThat(CHECK.problems(csv(cells))).containsExactly(
                "row 1 fields idBeneficiaire, rnaBeneficiaire: one-of-required");
    }

    @Test
    void theHeaderMustBeTheSchemasFieldsInOrder() {
        assertThat(CHECK.problems(csv(VALID).replace("nomAttribuant,idAttribuant", "idAttribuant,nomAttribuant")))
                .singleElement().asString().startsWith("header");
    }

    @Test
    void laPosteSiretsFollowTheirOwnRule() {
        assertThat(SchemaCheck.isSiret("35600000000048")).isTrue();
        assertThat(SchemaCheck.isSiret("35600000000049")).isFalse();
    }
}
