package dev.conventio.governance;

import static dev.conventio.validation.ValidationAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.date.DateCodes;
import dev.conventio.date.PartialDate;
import dev.conventio.validation.CommonCodes;
import dev.conventio.work.WorkCodes;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The steering committee and its decisions as values: what each holds, and each invariant at its path. */
class GovernanceTest {

    @Test
    void aCommitteeHasANameAMissionAndMembersNamedByIdentifier() {
        SteeringCommittee committee = SteeringCommittee.builder().name("Comité de pilotage").mission("Valide")
                .addMembers("metropole-amp").build();
        assertThat(committee.mission()).contains("Valide");
        assertThat(committee.members()).containsExactly("metropole-amp");
        assertViolation(() -> SteeringCommittee.builder().name(" ").build(), CommonCodes.TEXT_BLANK, "name");
        assertViolation(() -> SteeringCommittee.of("Comité", "\t"), CommonCodes.TEXT_BLANK, "mission");
        assertViolation(() -> SteeringCommittee.builder().name("Comité").addMembers("metropole-amp", "Pas un id")
                .build(), CommonCodes.IDENTIFIER_MALFORMED, "members[1]");
    }

    @Test
    void aDecisionDatedInPartHasNoDay() {
        CommitteeDecision june = CommitteeDecision.of(PartialDate.of(YearMonth.of(2019, 6)), "Comité de juin", 3, 2);
        assertThat(june.decidedOn()).isEqualTo(PartialDate.parse("2019-06"));
        assertThat(june.date()).isEmpty();
        assertThat(june.validatedPhases()).containsExactly(2, 3);
        CommitteeDecision unknown = CommitteeDecision.of(PartialDate.unknown(), "Bilan", List.of(1));
        assertThat(unknown.decidedOn().isKnown()).isFalse();
        assertThat(unknown.validatedPhases()).containsExactly(1);
        assertThat(CommitteeDecision.of(LocalDate.of(2019, 3, 21), "Validation", List.of(2, 3)).date())
                .isEqualTo(Optional.of(LocalDate.of(2019, 3, 21)));
    }

    @Test
    void aDecisionStatesSomethingAndValidatesPhasesCountedFromOne() {
        assertViolation(() -> CommitteeDecision.of(PartialDate.unknown(), " "), CommonCodes.TEXT_BLANK, "statement");
        assertViolation(() -> CommitteeDecision.of(PartialDate.of(YearMonth.of(2019, 6)), "Bilan", List.of(0)),
                WorkCodes.PHASE_NUMBER_NOT_POSITIVE, "validatedPhases");
        assertViolation(() -> CommitteeDecision.of(LocalDate.of(10000, 1, 1), "Bilan", List.of()),
                DateCodes.DATE_OUT_OF_RANGE, "date");
    }
}
