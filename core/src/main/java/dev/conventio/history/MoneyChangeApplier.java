package dev.conventio.history;

import dev.conventio.action.Action;
import dev.conventio.change.AddAction;
import dev.conventio.change.AddContribution;
import dev.conventio.change.AddTarget;
import dev.conventio.change.Change;
import dev.conventio.change.ChangeContributionAmount;
import dev.conventio.change.ChangeContributionSchedule;
import dev.conventio.change.RemoveAction;
import dev.conventio.change.RemoveContribution;
import dev.conventio.change.RemoveTarget;
import dev.conventio.change.ReplaceAction;
import dev.conventio.change.ReplaceContribution;
import dev.conventio.change.ReplaceTarget;
import dev.conventio.change.SetYearlyAmount;
import dev.conventio.change.SplitContribution;
import dev.conventio.change.TransferMoney;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Transfer;
import dev.conventio.finance.YearlyAmount;
import dev.conventio.objective.Target;
import dev.conventio.validation.Violations;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.Money;

/**
 * The part of {@link ChangeApplier} that applies the changes of money, actions and targets, with
 * the state and the reporting every change shares. The path and the wording of the day are built
 * only when a violation is reported.
 */
abstract class MoneyChangeApplier implements Change.Visitor<Void> {

    /**
     * The members of each kind of change this class applies (money, actions and targets), for the
     * paths of the violations its result breaks ({@link ChangeMembers}): one row per kind, beside
     * its {@code visit}.
     */
    static final Map<Class<? extends Change>, ChangeMembers.Kind> MONEY_MEMBERS = Map.ofEntries(
            Map.entry(AddContribution.class, ChangeMembers.Kind.whole("contribution")),
            Map.entry(ReplaceContribution.class, ChangeMembers.Kind.whole("contribution")),
            Map.entry(RemoveContribution.class, ChangeMembers.Kind.parts("contribution")),
            Map.entry(ChangeContributionAmount.class, ChangeMembers.Kind.parts("contribution", "amount", "schedule")),
            Map.entry(ChangeContributionSchedule.class, ChangeMembers.Kind.parts("contribution", "schedule")),
            Map.entry(SetYearlyAmount.class, ChangeMembers.Kind.parts("amount")),
            Map.entry(SplitContribution.class, ChangeMembers.Kind.parts("parts")),
            Map.entry(TransferMoney.class, ChangeMembers.Kind.parts("transfer")),
            Map.entry(AddAction.class, ChangeMembers.Kind.whole("action")),
            Map.entry(ReplaceAction.class, ChangeMembers.Kind.whole("action")),
            Map.entry(RemoveAction.class, ChangeMembers.Kind.parts("action")),
            Map.entry(AddTarget.class, ChangeMembers.Kind.whole("target")),
            Map.entry(ReplaceTarget.class, ChangeMembers.Kind.whole("target")),
            Map.entry(RemoveTarget.class, ChangeMembers.Kind.parts("target")));

    final WorkingState state;
    final Violations violations;
    final LocalDate day;
    int index;
    Provenance source;

    MoneyChangeApplier(WorkingState state, Violations violations, LocalDate day) {
        this.state = state;
        this.violations = violations;
        this.day = day;
    }

    String path() {
        return "changes[" + index + "]";
    }

    String standing() {
        return "on " + day;
    }

    void missing(String what) {
        violations.add(HistoryCodes.CHANGE_TARGET_MISSING, path(),
                what + " does not exist in the convention as it stands " + standing());
    }

    void exists(String what) {
        violations.add(HistoryCodes.CHANGE_TARGET_EXISTS, path(),
                what + " already exists in the convention as it stands " + standing());
    }

    private void invalid(String message) {
        violations.add(HistoryCodes.CHANGE_RESULT_INVALID, path(), message);
    }

    private Sourced<FinancialContribution> contribution(String id) {
        Sourced<FinancialContribution> found = state.contributions.get(id);
        if (found == null) {
            missing("contribution '" + id + "'");
        }
        return found;
    }

    private Void putContribution(FinancialContribution contribution) {
        state.contributions.put(contribution.id(), Sourced.of(contribution, source));
        return null;
    }

    @Override
    public Void visit(AddContribution change) {
        if (state.contributions.containsKey(change.contribution().id())) {
            exists("contribution '" + change.contribution().id() + "'");
            return null;
        }
        return putContribution(change.contribution());
    }

    @Override
    public Void visit(ReplaceContribution change) {
        return contribution(change.contribution().id()) == null ? null : putContribution(change.contribution());
    }

    @Override
    public Void visit(RemoveContribution change) {
        if (contribution(change.contribution()) != null) {
            state.contributions.remove(change.contribution());
        }
        return null;
    }

    @Override
    public Void visit(ChangeContributionAmount change) {
        Sourced<FinancialContribution> old = contribution(change.contribution());
        return old == null ? null : putContribution(FinancialContribution.builder().from(old.value())
                .amount(change.amount()).schedule(change.schedule()).build());
    }

    @Override
    public Void visit(ChangeContributionSchedule change) {
        Sourced<FinancialContribution> old = contribution(change.contribution());
        return old == null ? null : putContribution(old.value().withSchedule(change.schedule()));
    }

    @Override
    public Void visit(SetYearlyAmount change) {
        Sourced<FinancialContribution> old = contribution(change.contribution());
        if (old == null) {
            return null;
        }
        List<YearlyAmount> years = new ArrayList<>(old.value().yearlyAmounts());
        Year year = change.amount().year();
        int at = 0;
        while (at < years.size() && years.get(at).year().isBefore(year)) {
            at++;
        }
        if (at < years.size() && years.get(at).year().equals(year)) {
            years.set(at, change.amount());
        } else {
            years.add(at, change.amount());
        }
        return putContribution(old.value().withYearlyAmounts(years));
    }

    @Override
    public Void visit(SplitContribution change) {
        String id = change.contribution();
        Sourced<FinancialContribution> old = contribution(id);
        if (old == null) {
            return null;
        }
        List<FinancialContribution> parts = new ArrayList<>(change.parts().size());
        for (FinancialContribution part : change.parts()) {
            if (part.origin().isPresent() && !part.origin().get().equals(id)) {
                invalid("part '" + part.id() + "' names its origin '" + part.origin().get() + "', not '" + id
                        + "', the contribution split");
                return null;
            }
            if (!part.id().equals(id) && state.contributions.containsKey(part.id())) {
                exists("contribution '" + part.id() + "'");
                return null;
            }
            parts.add(part.withOrigin(id));
        }
        if (!partsAddUp(old.value(), parts)) {
            return null;
        }
        Map<String, Sourced<FinancialContribution>> rebuilt = new LinkedHashMap<>();
        state.contributions.forEach((key, value) -> {
            if (key.equals(id)) {
                parts.forEach(part -> rebuilt.put(part.id(), Sourced.of(part, source)));
            } else {
                rebuilt.put(key, value);
            }
        });
        state.contributions.clear();
        state.contributions.putAll(rebuilt);
        return null;
    }

    /** Reports parts whose amounts do not add up to the contribution split, when it is known. */
    private boolean partsAddUp(FinancialContribution split, List<FinancialContribution> parts) {
        Optional<Money> total = split.total();
        if (total.isEmpty()) {
            return true;
        }
        Money sum = Money.zero(total.get().getCurrencyUnit());
        boolean complete = true;
        for (FinancialContribution part : parts) {
            Optional<Money> amount = part.total();
            if (amount.isEmpty()) {
                complete = false;
            } else if (!amount.get().getCurrencyUnit().equals(sum.getCurrencyUnit())) {
                violations.add(HistoryCodes.CHANGE_SPLIT_SUM_MISMATCH, path() + ".parts", "part '" + part.id()
                        + "' is in " + amount.get().getCurrencyUnit() + ", the contribution split in "
                        + sum.getCurrencyUnit() + "; amounts are never converted");
                return false;
            } else {
                sum = sum.plus(amount.get());
            }
        }
        if (complete ? !sum.isEqual(total.get()) : !sum.isLessThan(total.get())) {
            violations.add(HistoryCodes.CHANGE_SPLIT_SUM_MISMATCH, path() + ".parts", (complete
                    ? "the parts add up to " + sum : "the known parts add up to " + sum + ", leaving nothing for the others")
                    + ", not to the " + total.get() + " of contribution '" + split.id() + "'");
            return false;
        }
        return true;
    }

    @Override
    public Void visit(TransferMoney change) {
        Transfer transfer = change.transfer();
        Optional<String> from = transfer.from().contribution();
        Optional<String> to = transfer.to().contribution();
        Sourced<FinancialContribution> origin = from.map(this::contribution).orElse(null);
        Sourced<FinancialContribution> destination = to.map(this::contribution).orElse(null);
        if (from.isPresent() && origin == null || to.isPresent() && destination == null) {
            return null;
        }
        FinancialContribution out = origin == null ? null : moved(origin.value(), transfer, transfer.amount().negated());
        FinancialContribution in = destination == null ? null : moved(destination.value(), transfer, transfer.amount());
        if (origin != null && out == null || destination != null && in == null) {
            return null;
        }
        if (out != null) {
            putContribution(out);
        }
        if (in != null) {
            putContribution(in);
        }
        state.transfers.add(Sourced.of(transfer, source));
        return null;
    }

    /**
     * The contribution with an amount moved in or out (a negative delta); an unknown amount stays
     * unknown. Null when the transfer does not apply to it, reported.
     */
    private FinancialContribution moved(FinancialContribution c, Transfer transfer, Money delta) {
        Optional<Money> currency = c.total().or(c::amount)
                .or(() -> c.yearlyAmounts().stream().flatMap(y -> y.amount().stream()).findFirst());
        if (currency.isPresent() && !currency.get().getCurrencyUnit().equals(delta.getCurrencyUnit())) {
            invalid("contribution '" + c.id() + "' is in " + currency.get().getCurrencyUnit() + ", the transfer in "
                    + delta.getCurrencyUnit() + "; amounts are never converted");
            return null;
        }
        if (c.yearlyAmounts().isEmpty()) {
            if (transfer.year().isPresent()
                    && !c.budget().map(p -> p.isSingleYear() && p.first().equals(transfer.year().get())).orElse(false)) {
                invalid("contribution '" + c.id() + "' has no amount for " + transfer.year().get()
                        + ": it is not broken down by year, nor charged to that year alone");
                return null;
            }
            return c.amount().isEmpty() ? c : c.withAmount(c.amount().get().plus(delta));
        }
        if (transfer.year().isEmpty()) {
            invalid("contribution '" + c.id() + "' is broken down by year: the transfer names the year whose amount moves");
            return null;
        }
        Optional<YearlyAmount> year = c.yearlyAmount(transfer.year().get());
        if (year.isEmpty()) {
            missing("the amount of " + transfer.year().get() + " of contribution '" + c.id() + "'");
            return null;
        }
        List<YearlyAmount> years = new ArrayList<>(c.yearlyAmounts());
        YearlyAmount old = year.get();
        years.set(years.indexOf(old), old.amount().isEmpty() ? old
                : YearlyAmount.builder().from(old).amount(old.amount().get().plus(delta)).build());
        FinancialContribution.Builder changed = FinancialContribution.builder().from(c);
        changed.yearlyAmounts(years);
        c.amount().ifPresent(amount -> changed.amount(amount.plus(delta)));
        return changed.build();
    }

    @Override
    public Void visit(AddAction change) {
        if (state.actions.containsKey(change.action().id())) {
            exists("action '" + change.action().id() + "'");
        } else {
            state.actions.put(change.action().id(), Sourced.of(change.action(), source));
        }
        return null;
    }

    @Override
    public Void visit(ReplaceAction change) {
        Action action = change.action();
        if (!state.actions.containsKey(action.id())) {
            missing("action '" + action.id() + "'");
        } else {
            state.actions.put(action.id(), Sourced.of(action, source));
        }
        return null;
    }

    @Override
    public Void visit(RemoveAction change) {
        String id = change.action();
        if (!state.actions.containsKey(id)) {
            missing("action '" + id + "'");
            return null;
        }
        for (Sourced<FinancialContribution> c : state.contributions.values()) {
            if (c.value().action().filter(id::equals).isPresent()) {
                invalid("action '" + id + "' still funds contribution '" + c.value().id()
                        + "': remove, move or split its money first");
                return null;
            }
        }
        for (Sourced<Target> t : state.targets.values()) {
            if (t.value().action().filter(id::equals).isPresent()) {
                invalid("action '" + id + "' still has target '" + t.value().id() + "': remove or replace it first");
                return null;
            }
        }
        state.actions.remove(id);
        return null;
    }

    @Override
    public Void visit(AddTarget change) {
        if (state.targets.containsKey(change.target().id())) {
            exists("target '" + change.target().id() + "'");
        } else {
            state.targets.put(change.target().id(), Sourced.of(change.target(), source));
        }
        return null;
    }

    @Override
    public Void visit(ReplaceTarget change) {
        Target target = change.target();
        if (!state.targets.containsKey(target.id())) {
            missing("target '" + target.id() + "'");
        } else {
            state.targets.put(target.id(), Sourced.of(target, source));
        }
        return null;
    }

    @Override
    public Void visit(RemoveTarget change) {
        if (state.targets.remove(change.target()) == null) {
            missing("target '" + change.target() + "'");
        }
        return null;
    }
}
