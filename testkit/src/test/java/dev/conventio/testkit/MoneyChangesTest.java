package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.change.AddAction;
import dev.conventio.change.AddTarget;
import dev.conventio.change.RemoveAction;
import dev.conventio.change.RemoveTarget;
import dev.conventio.change.ReplaceAction;
import dev.conventio.change.ReplaceTarget;
import dev.conventio.change.SetYearlyAmount;
import dev.conventio.change.SplitContribution;
import dev.conventio.change.TransferMoney;
import dev.conventio.convention.Convention;
import dev.conventio.finance.Firmness;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Transfer;
import dev.conventio.finance.TransferEnd;
import dev.conventio.finance.YearlyAmount;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The recipes of the changes of actions, targets and money ({@link MoneyChanges}): only in a
 * programme's standing, each when something it can change exists, and what each builds, over the
 * programmes of a seeded sample.
 */
class MoneyChangesTest {

    private static final List<Recipe> ALL = List.of(MoneyChanges.ADD_ACTION, MoneyChanges.REPLACE_ACTION,
            MoneyChanges.REMOVE_ACTION, MoneyChanges.ADD_TARGET, MoneyChanges.REPLACE_TARGET, MoneyChanges.REMOVE_TARGET,
            MoneyChanges.SPLIT_CONTRIBUTION, MoneyChanges.TRANSFER_MONEY, MoneyChanges.SET_YEARLY_AMOUNT);

    private static List<Standing> programmes() {
        return Samples.of(MoneyGen.conventionsWithMoney(), 0x30e1L, 60).stream()
                .map(convention -> Standing.of(convention)).toList();
    }

    @Test
    void noneAppliesOutsideAProgramme() {
        for (long seed = 0; seed < 30; seed++) {
            Convention convention = ConventionGen.conventions().sample(seed, 10);
            Standing standing = Standing.of(convention);
            assertThat(standing.money).isFalse();
            assertThat(ALL).noneMatch(recipe -> recipe.appliesTo(standing));
        }
    }

    @Test
    void addedActionsAndTargetsTakeTheNextFreeNumberAndReplacementsKeepAnExistingOne() {
        SplittableRandom random = new SplittableRandom(1);
        for (Standing standing : programmes()) {
            assertThat(MoneyChanges.ADD_ACTION.appliesTo(standing)).isTrue();
            String action = ((AddAction) MoneyChanges.ADD_ACTION.build(random, standing, "3")).action().id();
            assertThat(action).startsWith("action-").isNotIn(standing.actions);
            assertThat(Integer.parseInt(action.substring("action-".length()))).isGreaterThan(standing.actions.size());
            String target = ((AddTarget) MoneyChanges.ADD_TARGET.build(random, standing, "3")).target().id();
            assertThat(target).startsWith("objectif-").isNotIn(standing.targets.keySet());
            assertThat(MoneyChanges.REPLACE_ACTION.appliesTo(standing)).isEqualTo(!standing.actions.isEmpty());
            if (!standing.actions.isEmpty()) {
                assertThat(((ReplaceAction) MoneyChanges.REPLACE_ACTION.build(random, standing, "3")).action().id())
                        .isIn(standing.actions);
            }
            assertThat(MoneyChanges.REPLACE_TARGET.appliesTo(standing)).isEqualTo(!standing.targets.isEmpty());
            assertThat(MoneyChanges.REMOVE_TARGET.appliesTo(standing)).isEqualTo(!standing.targets.isEmpty());
            if (!standing.targets.isEmpty()) {
                assertThat(((ReplaceTarget) MoneyChanges.REPLACE_TARGET.build(random, standing, "3")).target().id())
                        .isIn(standing.targets.keySet());
                assertThat(((RemoveTarget) MoneyChanges.REMOVE_TARGET.build(random, standing, "3")).target())
                        .isIn(standing.targets.keySet());
            }
        }
    }

    @Test
    void onlyAnActionThatNoContributionAndNoTargetNamesIsRemoved() {
        SplittableRandom random = new SplittableRandom(2);
        int removed = 0;
        for (Standing standing : programmes()) {
            Set<String> named = new HashSet<>();
            standing.contributions.values().forEach(c -> c.action().ifPresent(named::add));
            standing.targets.values().forEach(t -> t.action().ifPresent(named::add));
            boolean some = standing.actions.stream().anyMatch(id -> !named.contains(id));
            assertThat(MoneyChanges.REMOVE_ACTION.appliesTo(standing)).isEqualTo(some);
            if (some) {
                removed++;
                for (int i = 0; i < 10; i++) {
                    assertThat(((RemoveAction) MoneyChanges.REMOVE_ACTION.build(random, standing, "3")).action())
                            .isIn(standing.actions).isNotIn(named);
                }
            }
        }
        assertThat(removed).isPositive();
    }

    @Test
    void aSplitMakesTwoFreshPartsThatKnowTheirOriginAndAddUpToTheWhole() {
        SplittableRandom random = new SplittableRandom(3);
        int splits = 0;
        for (Standing standing : programmes()) {
            if (!MoneyChanges.SPLIT_CONTRIBUTION.appliesTo(standing)) {
                continue;
            }
            splits++;
            SplitContribution split = (SplitContribution) MoneyChanges.SPLIT_CONTRIBUTION.build(random, standing.copy(), "3");
            FinancialContribution whole = standing.contributions.get(split.contribution());
            assertThat(whole.schedule()).isEmpty();
            assertThat(whole.shares()).isEmpty();
            List<FinancialContribution> parts = split.parts();
            assertThat(parts).hasSize(2).allMatch(part -> part.origin().equals(Optional.of(whole.id()))
                    && !standing.contributions.containsKey(part.id()));
            assertThat(parts.get(0).id()).isNotEqualTo(parts.get(1).id());
            assertThat(parts.get(0).amount().orElseThrow().plus(parts.get(1).amount().orElseThrow()))
                    .isEqualTo(whole.amount().orElseThrow());
        }
        assertThat(splits).isPositive();
    }

    @Test
    void aTransferComesFromAnotherConventionIntoAContributionWithoutSchedule() {
        SplittableRandom random = new SplittableRandom(4);
        Set<Transfer.Kind> kinds = EnumSet.noneOf(Transfer.Kind.class);
        int transfers = 0;
        for (Standing standing : programmes()) {
            if (!MoneyChanges.TRANSFER_MONEY.appliesTo(standing)) {
                continue;
            }
            for (int i = 0; i < 5; i++) {
                transfers++;
                Transfer transfer = ((TransferMoney) MoneyChanges.TRANSFER_MONEY.build(random, standing, "3")).transfer();
                kinds.add(transfer.kind());
                String into = standing.contributions.keySet().stream().filter(id -> transfer.to()
                        .equals(TransferEnd.contribution(id))).findFirst().orElseThrow();
                FinancialContribution to = standing.contributions.get(into);
                assertThat(to.schedule()).isEmpty();
                assertThat(standing.plainContributions()).contains(to);
                Money amount = transfer.amount();
                assertThat(amount.getCurrencyUnit()).isEqualTo(to.amount().orElseThrow().getCurrencyUnit());
                assertThat(amount.getAmountMinorLong() % 100).as("whole euros").isZero();
                assertThat(amount.getAmountMinorLong()).isBetween(100L, 1_000_000L);
                assertThat(List.of(transfer.from())).containsAnyElementsOf(java.util.stream.IntStream.range(2015, 2025)
                        .mapToObj(year -> TransferEnd.otherConvention("ANRU-" + year)).toList());
            }
        }
        assertThat(transfers).isPositive();
        assertThat(kinds).containsExactlyInAnyOrder(Transfer.Kind.TRANSFER, Transfer.Kind.REDEPLOYMENT);
    }

    @Test
    void aYearlyAmountIsTheWholeAmountFirmOrUnknownAndForecastForTheOneYearCharged() {
        SplittableRandom random = new SplittableRandom(5);
        Set<Firmness> firmness = EnumSet.noneOf(Firmness.class);
        for (Standing standing : programmes()) {
            if (!MoneyChanges.SET_YEARLY_AMOUNT.appliesTo(standing)) {
                continue;
            }
            for (int i = 0; i < 5; i++) {
                SetYearlyAmount set = (SetYearlyAmount) MoneyChanges.SET_YEARLY_AMOUNT.build(random, standing, "3");
                FinancialContribution c = standing.contributions.get(set.contribution());
                assertThat(c.budget().orElseThrow().isSingleYear()).isTrue();
                YearlyAmount amount = set.amount();
                firmness.add(amount.firmness());
                assertThat(amount.year()).isEqualTo(c.budget().orElseThrow().first());
                assertThat(amount).isIn(YearlyAmount.firm(amount.year(), c.amount().orElseThrow()),
                        YearlyAmount.unknown(amount.year(), Firmness.FORECAST));
            }
        }
        assertThat(firmness).hasSize(2);
    }
}
