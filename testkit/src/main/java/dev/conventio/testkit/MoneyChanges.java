package dev.conventio.testkit;

import static dev.conventio.testkit.PartyGen.pick;

import dev.conventio.change.AddAction;
import dev.conventio.change.AddTarget;
import dev.conventio.change.Change;
import dev.conventio.change.RemoveAction;
import dev.conventio.change.RemoveTarget;
import dev.conventio.change.ReplaceAction;
import dev.conventio.change.ReplaceTarget;
import dev.conventio.change.SetYearlyAmount;
import dev.conventio.change.SplitContribution;
import dev.conventio.change.TransferMoney;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Firmness;
import dev.conventio.finance.Transfer;
import dev.conventio.finance.TransferEnd;
import dev.conventio.finance.YearlyAmount;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.function.Predicate;
import org.joda.money.Money;

/**
 * The kinds of change of actions, targets and money that only format version 2 writes: when each
 * applies to a convention as it stands (a programme's, see {@link MoneyGen}) and how to build one
 * that keeps it valid.
 */
final class MoneyChanges {

    static final Recipe ADD_ACTION = kind(standing -> true, (random, standing, article) ->
            AddAction.of(article, MoneyGen.action(random, fresh(standing.actions, "action-"))));
    static final Recipe REPLACE_ACTION = kind(standing -> !standing.actions.isEmpty(), (random, standing, article) ->
            ReplaceAction.of(article, MoneyGen.action(random, pick(random, List.copyOf(standing.actions)))));
    static final Recipe REMOVE_ACTION = kind(standing -> !removableActions(standing).isEmpty(),
            (random, standing, article) -> RemoveAction.of(article, pick(random, removableActions(standing))));
    static final Recipe ADD_TARGET = kind(standing -> true, (random, standing, article) ->
            AddTarget.of(article, target(random, standing, fresh(standing.targets.keySet(), "objectif-"))));
    static final Recipe REPLACE_TARGET = kind(standing -> !standing.targets.isEmpty(), (random, standing, article) ->
            ReplaceTarget.of(article, target(random, standing, pick(random, List.copyOf(standing.targets.keySet())))));
    static final Recipe REMOVE_TARGET = kind(standing -> !standing.targets.isEmpty(), (random, standing, article) ->
            RemoveTarget.of(article, pick(random, List.copyOf(standing.targets.keySet()))));
    /**
     * In two parts that add up to the whole, each knowing its origin, each of a nature drawn among
     * all: the two natures are the same one time in four.
     */
    static final Recipe SPLIT_CONTRIBUTION = kind(standing -> !splittable(standing).isEmpty(), (random, standing, article) -> {
        FinancialContribution whole = pick(random, splittable(standing));
        Money amount = whole.amount().orElseThrow();
        Money first = MoneyGen.firstPart(random, amount);
        List<FinancialContribution> parts = List.of(
                part(random, whole, standing.freshContributionId(), first),
                part(random, whole, standing.freshContributionId(), amount.minus(first)));
        return SplitContribution.of(article, whole.id(), parts);
    });
    /**
     * From another convention into a contribution whose amount alone is stated, far enough below the
     * largest amount the format writes to take up to a million euros more.
     */
    static final Recipe TRANSFER_MONEY = kind(standing -> !transferable(standing).isEmpty(), (random, standing, article) -> {
        List<FinancialContribution> into = transferable(standing);
        FinancialContribution to = pick(random, into);
        Money amount = Money.ofMinor(to.amount().orElseThrow().getCurrencyUnit(), 100 * (1 + random.nextInt(10_000)));
        return TransferMoney.of(article, Transfer.builder().from(TransferEnd.otherConvention("ANRU-" + (2015
                + random.nextInt(10)))).to(TransferEnd.contribution(to.id())).amount(amount)
                .kind(random.nextBoolean() ? Transfer.Kind.TRANSFER : Transfer.Kind.REDEPLOYMENT).build());
    });
    /** The amount of the one year a contribution is charged to: all of it, firm, or not known yet. */
    static final Recipe SET_YEARLY_AMOUNT = kind(standing -> !yearless(standing).isEmpty(), (random, standing, article) -> {
        FinancialContribution c = pick(random, yearless(standing));
        java.time.Year year = c.budget().orElseThrow().first();
        return SetYearlyAmount.of(article, c.id(), random.nextBoolean() ? YearlyAmount.firm(year, c.amount().orElseThrow())
                : YearlyAmount.unknown(year, Firmness.FORECAST));
    });

    /** The amounts money may be transferred into: below 10^15 euros, far from the format's largest. */
    private static final java.math.BigDecimal TRANSFER_CEILING = new java.math.BigDecimal("1000000000000000");

    private MoneyChanges() {
    }

    /** A kind of money, actions or targets: only in a programme's histories (format version 2). */
    private static Recipe kind(Predicate<Standing> applies, Recipe.Builder builder) {
        return Recipe.of(standing -> standing.money && applies.test(standing), builder);
    }

    private static String fresh(java.util.Collection<String> taken, String prefix) {
        int next = taken.size() + 1;
        while (taken.contains(prefix + next)) {
            next++;
        }
        return prefix + next;
    }

    private static dev.conventio.objective.Target target(RandomGenerator random, Standing standing, String id) {
        return MoneyGen.target(random, id, standing.phases, List.copyOf(standing.actions));
    }

    /** The actions no contribution and no target names. */
    private static List<String> removableActions(Standing standing) {
        return standing.actions.stream().filter(id -> standing.contributions.values().stream()
                .noneMatch(c -> c.action().equals(java.util.Optional.of(id))) && standing.targets.values().stream()
                .noneMatch(t -> t.action().equals(java.util.Optional.of(id)))).toList();
    }

    private static List<FinancialContribution> splittable(Standing standing) {
        return standing.plainContributions().stream().filter(c -> c.schedule().isEmpty() && c.shares().isEmpty()
                && MoneyGen.splittable(c.amount().orElseThrow())).toList();
    }

    private static List<FinancialContribution> transferable(Standing standing) {
        return standing.plainContributions().stream().filter(c -> c.schedule().isEmpty()
                && c.amount().orElseThrow().getAmount().compareTo(TRANSFER_CEILING) < 0).toList();
    }

    private static List<FinancialContribution> yearless(Standing standing) {
        return standing.plainContributions().stream().filter(c -> c.budget().map(b -> b.isSingleYear()).orElse(false))
                .toList();
    }

    private static FinancialContribution part(RandomGenerator random, FinancialContribution whole, String id, Money amount) {
        return FinancialContribution.builder().from(whole).id(id).amount(amount).origin(whole.id())
                .nature(pick(random, List.of(dev.conventio.finance.ContributionNature.values()))).build();
    }
}
