package dev.conventio.objective;

import static dev.conventio.validation.ValidationAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.date.PartialDate;
import dev.conventio.validation.CommonCodes;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetTest {

    private static Target.Builder housing() {
        return Target.builder().id("logements").title("Logements supplémentaires")
                .quantity(Quantity.of(new BigDecimal("15000"), "logements")).period(TargetPeriod.programme());
    }

    @Test
    void aTargetBelongsToTheConventionAPhaseOrAnAction() {
        assertThat(housing().build().action()).isEmpty();
        assertThat(housing().action("action-2").build().action()).contains("action-2");
        assertThat(housing().phase(2).build().phase()).hasValue(2);
        assertViolation(() -> housing().phase(2).action("action-2").build(), TargetCodes.TARGET_ATTACHMENT_AMBIGUOUS,
                "action");
    }

    @Test
    void aQuantityIsPositiveAndKeptWithoutTrailingZeros() {
        assertViolation(() -> Quantity.of(BigDecimal.ZERO, "logements"), TargetCodes.QUANTITY_NOT_POSITIVE, "value");
        assertViolation(() -> Quantity.about(new BigDecimal("-50"), "projets"), TargetCodes.QUANTITY_NOT_POSITIVE,
                "value");
        assertThat(Quantity.of(new BigDecimal("15000.00"), "logements")).isEqualTo(Quantity.of(new BigDecimal("15000"),
                "logements")).hasToString("15000 logements");
        assertThat(Quantity.of(new BigDecimal("1.5E+4"), "logements").value()).isEqualTo(new BigDecimal("15000"));
        Quantity about = Quantity.about(new BigDecimal("50"), "projets d'investissement");
        assertThat(about.isApproximate()).isTrue();
        assertThat(about).isNotEqualTo(Quantity.of(new BigDecimal("50"), "projets d'investissement"))
                .hasToString("about 50 projets d'investissement");
    }

    @Test
    void periodsReadTheirTextForm() {
        assertThat(TargetPeriod.parse("per-year")).isEqualTo(TargetPeriod.perYear());
        assertThat(TargetPeriod.parse("programme")).isEqualTo(TargetPeriod.programme());
        assertThat(TargetPeriod.parse("by 2014")).isEqualTo(TargetPeriod.by(PartialDate.parse("2014")))
                .hasToString("by 2014");
        assertThat(TargetPeriod.parse("by 2014-12-31").date()).contains(PartialDate.parse("2014-12-31"));
        TargetPeriod over = TargetPeriod.parse("over 2011-2014");
        assertThat(over).isEqualTo(TargetPeriod.over(Year.of(2011), Year.of(2014))).hasToString("over 2011-2014");
        assertThat(over.first()).contains(Year.of(2011));
        assertThat(over.last()).contains(Year.of(2014));
        for (String bad : List.of("", "per year", "PER_YEAR", "by", "by 14", "by 2014-13", "by 2014-02-30",
                "over 2011", "over 2011-14", "2011-2014", "by unknown")) {
            assertViolation(() -> TargetPeriod.parse(bad), TargetCodes.TARGET_PERIOD_MALFORMED, "");
        }
    }

    @Test
    void aRunOfYearsDoesNotEndBeforeItStarts() {
        assertViolation(() -> TargetPeriod.over(Year.of(2014), Year.of(2011)), TargetCodes.TARGET_PERIOD_REVERSED, "");
        assertViolation(() -> TargetPeriod.parse("over 2014-2011"), TargetCodes.TARGET_PERIOD_REVERSED, "");
        assertThat(TargetPeriod.over(Year.of(2011), Year.of(2011)).kind()).isEqualTo(TargetPeriod.Kind.OVER);
        assertThatThrownBy(() -> TargetPeriod.by(PartialDate.unknown())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRunOfYearsHasFourDigitYearsFrom0000To9999() {
        assertThat(TargetPeriod.over(Year.of(0), Year.of(9999))).hasToString("over 0000-9999");
        for (int[] years : new int[][] {{-1, 2014}, {2011, 10000}, {10000, 10001}, {-2, -1}}) {
            assertThatThrownBy(() -> TargetPeriod.over(Year.of(years[0]), Year.of(years[1])))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("four digits");
        }
        assertThat(TargetPeriod.perYear()).hasToString("per-year");
        assertThat(TargetPeriod.programme()).hasToString("programme");
    }

    @Test
    void anExactQuantityIsNotApproximateAndKeepsItsUnit() {
        Quantity exact = Quantity.of(new BigDecimal("0.5"), "hectare");
        assertThat(exact.isApproximate()).isFalse();
        assertThat(exact.unit()).isEqualTo("hectare");
        assertViolation(() -> Quantity.of(new BigDecimal("1"), " "), CommonCodes.TEXT_BLANK,
                "unit");
    }

    @Test
    void aTargetNamesItsActionByIdentifierAndItsSourceInWords() {
        assertViolation(() -> housing().action("Action 2").build(), CommonCodes.IDENTIFIER_MALFORMED,
                "action");
        assertViolation(() -> housing().source(" ").build(), CommonCodes.TEXT_BLANK, "source");
    }
}
