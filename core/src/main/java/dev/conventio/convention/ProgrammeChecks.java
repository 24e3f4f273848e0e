package dev.conventio.convention;

import dev.conventio.action.Action;
import dev.conventio.finance.BeneficiaryShare;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.internal.Unique;
import dev.conventio.objective.Target;
import dev.conventio.validation.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The invariants of a convention that tie its contributions, actions and targets together: unique
 * identifiers, and every party, action, phase and beneficiary they name known.
 */
final class ProgrammeChecks {

    private ProgrammeChecks() {
    }

    static void check(Convention convention, Set<String> parties, Violations violations) {
        Unique.check(convention.actions(), Action::id, "actions", "id", ConventionCodes.CONVENTION_ACTIONS_DUPLICATE,
                id -> "action identifier '" + id + "' is already taken", violations);
        Unique.check(convention.targets(), Target::id, "targets", "id", ConventionCodes.CONVENTION_TARGETS_DUPLICATE,
                id -> "target identifier '" + id + "' is already taken", violations);
        Set<String> actions = new HashSet<>();
        convention.actions().forEach(action -> actions.add(action.id()));
        List<FinancialContribution> contributions = convention.contributions();
        for (int i = 0; i < contributions.size(); i++) {
            FinancialContribution contribution = contributions.get(i);
            if (contribution.action().isPresent() && !actions.contains(contribution.action().get())) {
                violations.add(ConventionCodes.CONTRIBUTION_ACTION_UNKNOWN, "contributions[" + i + "].action",
                        "action '" + contribution.action().get() + "' is not an action of the convention");
            }
            List<BeneficiaryShare> shares = contribution.shares();
            for (int j = 0; j < shares.size(); j++) {
                if (!parties.contains(shares.get(j).party())) {
                    violations.add(ConventionCodes.CONTRIBUTION_PARTY_UNKNOWN, "contributions[" + i + "].shares[" + j
                            + "].party", "beneficiary '" + shares.get(j).party() + "' is not a party");
                }
            }
        }
        List<Target> targets = convention.targets();
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            if (target.action().isPresent() && !actions.contains(target.action().get())) {
                violations.add(ConventionCodes.TARGET_ACTION_UNKNOWN, "targets[" + i + "].action",
                        "action '" + target.action().get() + "' is not an action of the convention");
            }
            if (target.phase().isPresent() && (target.phase().getAsInt() < 1
                    || target.phase().getAsInt() > convention.phases().size())) {
                violations.add(ConventionCodes.TARGET_PHASE_UNKNOWN, "targets[" + i + "].phase", "phase "
                        + target.phase().getAsInt() + " does not exist; the convention has "
                        + convention.phases().size() + " phases");
            }
        }
    }
}
