package dev.conventio.work;

import static dev.conventio.validation.ValidationAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.validation.CommonCodes;
import dev.conventio.validation.ViolationCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhaseTest {

    @Test
    void phaseWithOrientations() {
        Phase phase = Phase.builder().number(3).title("Évaluation finale").status(PhaseStatus.VALIDATED)
                .addOrientations(Orientation.of(1, "Co-construction"), Orientation.of(2, "Jeunesse", "Surreprésentation"))
                .build();
        assertThat(phase.orientations()).extracting(Orientation::order).containsExactly(1, 2);
        assertThat(phase.orientations().get(1).justification()).contains("Surreprésentation");
        assertThat(phase.status()).isEqualTo(PhaseStatus.VALIDATED);
    }

    @Test
    void phaseIsPlannedUnlessSaid() {
        assertThat(Phase.of(1, "Évaluation à mi-parcours").status()).isEqualTo(PhaseStatus.PLANNED);
        assertThat(Phase.of(1, "x").withStatus(PhaseStatus.COMPLETED).status()).isEqualTo(PhaseStatus.COMPLETED);
    }

    @Test
    void phaseNumberMustBePositive() {
        assertViolation(() -> Phase.of(0, "x"), WorkCodes.PHASE_NUMBER_NOT_POSITIVE, "number");
    }

    @Test
    void phaseTitleMustNotBeBlank() {
        assertViolation(() -> Phase.of(1, ""), CommonCodes.TEXT_BLANK, "title");
    }

    @Test
    void orientationOrdersAreUniqueInAPhase() {
        assertViolation(() -> Phase.of(1, "x").withOrientations(List.of(Orientation.of(1, "a"), Orientation.of(1, "b"))),
                WorkCodes.PHASE_ORIENTATIONS_DUPLICATE_ORDER, "orientations[1].order");
    }

    @Test
    void orientationOrderMustBePositive() {
        assertViolation(() -> Orientation.of(0, "a"), WorkCodes.ORIENTATION_ORDER_NOT_POSITIVE, "order");
    }

    @Test
    void orientationTextsMustNotBeBlank() {
        assertViolation(() -> Orientation.of(1, " "), CommonCodes.TEXT_BLANK, "title");
        assertViolation(() -> Orientation.of(1, "a", ""), CommonCodes.TEXT_BLANK, "justification");
    }
}
