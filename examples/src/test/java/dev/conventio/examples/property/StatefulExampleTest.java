package dev.conventio.examples.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.change.AddContribution;
import dev.conventio.finance.BudgetPeriod;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.history.History;
import dev.conventio.testkit.ConventionGen;
import dev.conventio.testkit.HistoryGen;
import dev.conventio.testkit.property.PropertyFailure;
import dev.conventio.testkit.property.PropertyResult;
import dev.conventio.testkit.stateful.HistoryAction;
import dev.conventio.testkit.stateful.HistoryInvariant;
import dev.conventio.testkit.stateful.HistoryMachine;
import dev.conventio.testkit.stateful.HistoryRun;
import dev.conventio.testkit.stateful.HistoryState;
import dev.conventio.testkit.stateful.HistoryStep;
import dev.conventio.validation.ValidationException;
import dev.conventio.validation.Violation;
import dev.conventio.history.HistoryCodes;
import java.util.List;
import java.util.random.RandomGenerator;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A stateful test of an application's own policy ({@link IncreaseCap}): the testkit runs sequences
 * of actions on a history (add a valid amendment, try an invalid one, check, consolidate, build the
 * timeline, a JSON round trip), checks after each step that the history holds what a simple model
 * says, and here also runs an action and an invariant of the application's own.
 */
class StatefulExampleTest {

    static final Money CAP = Money.of(CurrencyUnit.EUR, 50_000);

    /** The application's invariant: no amendment the history holds raised the money by more than the cap. */
    static final HistoryInvariant NEVER_ABOVE_THE_CAP = state -> {
        History history = state.history();
        for (AmendmentRecord record : history.amendments()) {
            if (record instanceof Amendment amendment && !amendment.isDraft()) {
                Money raised = history.committedIncrease(amendment.number()).orElse(Money.zero(CurrencyUnit.EUR));
                assertThat(raised.isGreaterThan(CAP)).as("amendment n° %s raised %s", amendment.number(), raised)
                        .isFalse();
            }
        }
    };

    /**
     * The application's action: a valid next amendment with a contribution added that takes its
     * increase one cent over the cap; the policy must reject it, and the history stay as it was.
     */
    static final HistoryAction RAISE_ONE_CENT_TOO_MANY = new HistoryAction() {
        @Override
        public String name() {
            return "raise one cent over the cap";
        }

        @Override
        public boolean appliesTo(HistoryState state) {
            return state.hasRoomForAnAmendment();
        }

        @Override
        public HistoryStep run(HistoryState state, RandomGenerator random, int size) {
            History history = state.history();
            Amendment next = HistoryGen.nextAmendments(history).generate(random, size);
            Money extra = CAP.plusMinor(1).minus(IncreaseCap.increase(history, next));
            List<String> parties = List.copyOf(history.standingAfter(next).convention().partyIds());
            // An amendment that already raises more than the cap on its own is too much as it is.
            Amendment tooMuch = !extra.isPositive() ? next : Amendment.builder().from(next).addChange(AddContribution.of("1",
                    FinancialContribution.builder().id("rallonge-" + next.number()).contributor(parties.get(0))
                            .beneficiary(parties.get(1)).amount(extra).budget(BudgetPeriod.ofYear(2025)).build()))
                    .build();

            ValidationException rejection = catchThrowableOfType(ValidationException.class, () -> history.add(tooMuch));
            assertThat(rejection.violations()).extracting(Violation::code)
                    .containsOnly(HistoryCodes.POLICY_INCREASE_CAP_EXCEEDED);
            return HistoryStep.of("raise amendment n° " + next.number() + " by " + CAP.plusMinor(1) + ": rejected", state);
        }
    };

    static HistoryMachine machine() {
        return HistoryMachine.ofConventions(ConventionGen.conventions())
                .withPolicies(new IncreaseCap(CAP))
                .withAction(RAISE_ONE_CENT_TOO_MANY)
                .withInvariant(NEVER_ABOVE_THE_CAP)
                .maxSteps(10);
    }

    @Test
    void thePolicyHoldsOverEverySequenceOfActions() {
        PropertyResult result = machine().property().runSeed(7).cases(60).run(HistoryRun::assertPassed);
        assertThat(result.passed()).as(result.report()).isTrue();
    }

    @Test
    void aPolicyWithABugIsCaughtAndShrunkToTheShortestSequence() {
        // A wrong policy: it measures the increase of the wrong amendment (the last accepted one), so
        // it lets a raise above the cap through. The invariant catches it, and the shrinker reduces
        // the failing sequence to the one amendment that shows it.
        HistoryMachine buggy = HistoryMachine.ofConventions(ConventionGen.conventions())
                .withPolicies((history, candidate) -> List.of())
                .withInvariant(NEVER_ABOVE_THE_CAP)
                .maxSteps(10);
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () -> buggy.property().runSeed(7)
                .cases(200).verify(HistoryRun::assertPassed));

        HistoryRun shortest = (HistoryRun) failure.counterexample().value();
        assertThat(shortest.steps()).singleElement().asString().startsWith("add amendment n° 1");
        assertThat(failure.getMessage()).contains("raised");
    }
}
