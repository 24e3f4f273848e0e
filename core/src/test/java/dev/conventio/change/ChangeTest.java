package dev.conventio.change;

import static dev.conventio.validation.ValidationAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.validation.CommonCodes;
import dev.conventio.validation.ViolationCode;
import dev.conventio.work.Orientation;
import dev.conventio.work.PhaseStatus;
import dev.conventio.work.WorkCodes;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeTest {

    @Test
    void everyChangeBelongsToANonBlankArticle() {
        assertViolation(() -> RemoveContribution.of(" ", "participation-2020"), CommonCodes.TEXT_BLANK, "article");
        assertThat(RemoveContribution.of("2", "participation-2020").article()).isEqualTo("2");
    }

    @Test
    void phaseNumbersArePositive() {
        assertViolation(() -> ChangePhaseStatus.of("1", 0, PhaseStatus.VALIDATED),
                WorkCodes.PHASE_NUMBER_NOT_POSITIVE, "phase");
        assertViolation(() -> SetOrientations.of("1", -1, List.of(Orientation.of(1, "a"))),
                WorkCodes.PHASE_NUMBER_NOT_POSITIVE, "phase");
    }

    @Test
    void identifiersAreWellFormed() {
        assertViolation(() -> RemoveParty.of("1", "Etat"), CommonCodes.IDENTIFIER_MALFORMED, "party");
        assertViolation(() -> ChangeObject.of("1", ""), CommonCodes.TEXT_BLANK, "object");
    }

    @Test
    void theVisitorDispatchesOnTheKind() {
        ChangeVisitor<String> names = new ChangeVisitorNames();
        assertThat(RemovePhase.of("1", 3).accept(names)).isEqualTo("RemovePhase 3");
        assertThat(ChangeObject.of("1", "Nouvel objet").accept(names)).isEqualTo("ChangeObject Nouvel objet");
    }
}
