package dev.conventio.convention;

import static dev.conventio.convention.ConventionFixtures.contribution;
import static dev.conventio.convention.ConventionFixtures.convention;
import static dev.conventio.validation.ValidationAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.action.Action;
import dev.conventio.finance.BeneficiaryShare;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Portion;
import dev.conventio.objective.Quantity;
import dev.conventio.objective.Target;
import dev.conventio.objective.TargetPeriod;
import dev.conventio.validation.CommonCodes;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A programme convention's actions and targets, and what ties them to its money and phases. */
class ProgrammeTest {

    private static final Action ACTION_1 = Action.of("action-1", "Modernisation de l'appareil de formation");

    private static Target target(String id) {
        return Target.builder().id(id).title("Projets d'investissement")
                .quantity(Quantity.about(new BigDecimal("50"), "projets")).period(TargetPeriod.programme()).build();
    }

    private static FinancialContribution ofAction(String id, String action) {
        return FinancialContribution.builder().from(contribution(id, 250)).action(action).build();
    }

    @Test
    void actionsHoldTheContributionsAndTargetsThatNameThem() {
        Convention programme = convention().addActions(ACTION_1).addContribution(ofAction("dotation-1", "action-1"))
                .addTargets(Target.builder().from(target("projets")).action("action-1").build()).build();
        assertThat(programme.action("action-1")).contains(ACTION_1);
        assertThat(programme.target("projets").orElseThrow().action()).contains("action-1");
        assertThat(programme.contribution("dotation-1").orElseThrow().action()).contains("action-1");
        assertThat(programme.contributionsOf("action-1")).extracting(FinancialContribution::id)
                .containsExactly("dotation-1");
        assertThat(programme.targetsOf("action-1")).extracting(Target::id).containsExactly("projets");
        assertThat(programme.contributionsOf("action-2")).isEmpty();
        assertThat(programme.targetsOf("action-2")).isEmpty();
        assertThat(programme.action("action-2")).isEmpty();
        assertThat(programme.target("budget")).isEmpty();
    }

    @Test
    void anActionHasAnIdentifierAndATitle() {
        assertViolation(() -> Action.of("Action 1", "Titre"), CommonCodes.IDENTIFIER_MALFORMED, "id");
        assertViolation(() -> Action.of("action-1", " "), CommonCodes.TEXT_BLANK, "title");
    }

    @Test
    void actionIdentifiersAreUnique() {
        assertViolation(() -> convention().addActions(ACTION_1, Action.of("action-1", "Autre")).build(),
                ConventionCodes.CONVENTION_ACTIONS_DUPLICATE, "actions[1].id");
    }

    @Test
    void targetIdentifiersAreUnique() {
        assertViolation(() -> convention().addTargets(target("projets"), target("projets")).build(),
                ConventionCodes.CONVENTION_TARGETS_DUPLICATE, "targets[1].id");
    }

    @Test
    void aContributionNamesAnActionOfTheConvention() {
        assertViolation(() -> convention().addContribution(ofAction("dotation-2", "action-2")).build(),
                ConventionCodes.CONTRIBUTION_ACTION_UNKNOWN, "contributions[1].action");
    }

    @Test
    void aTargetNamesAnActionOfTheConvention() {
        assertViolation(() -> convention().addTargets(Target.builder().from(target("t")).action("action-2").build())
                .build(), ConventionCodes.TARGET_ACTION_UNKNOWN, "targets[0].action");
        assertThat(convention().addActions(ACTION_1).addTargets(Target.builder().from(target("t")).action("action-1")
                .build()).build().targets()).hasSize(1);
    }

    @Test
    void aTargetNamesAPhaseOfTheConvention() {
        assertViolation(() -> convention().addTargets(Target.builder().from(target("t")).phase(4).build()).build(),
                ConventionCodes.TARGET_PHASE_UNKNOWN, "targets[0].phase");
        assertThat(convention().addTargets(Target.builder().from(target("t")).phase(3).build()).build().targets())
                .hasSize(1);
    }

    @Test
    void everySharedBeneficiaryIsAParty() {
        FinancialContribution shared = FinancialContribution.builder().from(contribution("partagee", 900))
                .addShares(BeneficiaryShare.of("gip-crpv-paca", Portion.of(1, 2)),
                        BeneficiaryShare.of("inconnue", Portion.of(1, 2))).build();
        assertViolation(() -> convention().addContribution(shared).build(), ConventionCodes.CONTRIBUTION_PARTY_UNKNOWN,
                "contributions[1].shares[1].party");
    }
}
