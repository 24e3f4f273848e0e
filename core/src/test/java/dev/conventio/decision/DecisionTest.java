package dev.conventio.decision;

import static dev.conventio.validation.ValidationAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.date.PartialDate;
import dev.conventio.validation.CommonCodes;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Decisions and opinions: their kinds, their texts never blank, their days only when known. */
class DecisionTest {

    private static final PartialDate DAY = PartialDate.of(LocalDate.of(2019, 12, 19));

    @Test
    void eachFactoryGivesItsKindBodyAndDate() {
        assertThat(Decision.deliberation("Bureau de la Métropole", "2019-123", DAY))
                .extracting(Decision::kind, Decision::body, Decision::number, Decision::date)
                .containsExactly(Decision.Kind.DELIBERATION, "Bureau de la Métropole", java.util.Optional.of("2019-123"),
                        DAY);
        assertThat(Decision.deliberation("Conseil de Paris", DAY).number()).isEmpty();
        assertThat(Decision.arrete("Le préfet", DAY).kind()).isEqualTo(Decision.Kind.ARRETE);
        assertThat(Decision.boardDecision("Conseil d'administration", DAY))
                .extracting(Decision::kind, Decision::body).containsExactly(Decision.Kind.BOARD_DECISION,
                        "Conseil d'administration");
        assertThat(Decision.deliberation("Bureau", DAY).day()).contains(LocalDate.of(2019, 12, 19));
        assertThat(Decision.deliberation("Bureau", PartialDate.parse("2019")).day()).isEmpty();
        assertThat(Decision.deliberation("Conseil de Paris", "2022 DFPE 28", PartialDate.unknown()))
                .hasToString("DELIBERATION of Conseil de Paris n° 2022 DFPE 28 of unknown");
    }

    @Test
    void aDecisionsBodyNumberAndTitleAreNeverBlank() {
        assertViolation(() -> Decision.deliberation(" ", DAY), CommonCodes.TEXT_BLANK, "body");
        assertViolation(() -> Decision.deliberation("Bureau", " ", DAY), CommonCodes.TEXT_BLANK, "number");
        assertViolation(() -> Decision.builder().from(Decision.deliberation("Bureau", DAY)).title(" ").build(),
                CommonCodes.TEXT_BLANK, "title");
        assertThat(Decision.builder().from(Decision.deliberation("Bureau", DAY)).title("Avenant n° 2").build().title())
                .contains("Avenant n° 2");
    }

    @Test
    void anOpinionsBodyIsNeverBlankAndItsDayIsGivenOnlyWhenKnown() {
        Opinion opinion = Opinion.of("Commission de surveillance", DAY, Verdict.FOR_INFORMATION);

        assertThat(opinion.day()).contains(LocalDate.of(2019, 12, 19));
        assertThat(Opinion.of("Commission", PartialDate.parse("2019-12"), Verdict.FAVOURABLE).day()).isEmpty();
        assertViolation(() -> Opinion.of(" ", DAY, Verdict.FAVOURABLE), CommonCodes.TEXT_BLANK, "body");
    }
}
