package dev.conventio.finance;

import dev.conventio.validation.Violations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** The invariants of {@link FinancialContribution}, each reported with its code and path. */
final class ContributionChecks {

    private ContributionChecks() {
    }

    static void check(FinancialContribution c) {
        Violations violations = Violations.collector()
                .requireIdentifier(c.id(), "id")
                .requireIdentifier(c.contributor(), "contributor")
                .requireIdentifier(c.beneficiary(), "beneficiary");
        c.purpose().ifPresent(text -> violations.requireNonBlank(text, "purpose"));
        c.inferredFrom().ifPresent(text -> violations.requireNonBlank(text, "inferredFrom"));
        c.action().ifPresent(id -> violations.requireIdentifier(id, "action"));
        c.origin().ifPresent(id -> violations.requireIdentifier(id, "origin"));
        c.amount().filter(amount -> !amount.isPositive()).ifPresent(amount -> violations.add(
                FinanceCodes.CONTRIBUTION_AMOUNT_NOT_POSITIVE, "amount", "a contribution must be positive, was " + amount));
        if (c.contributor().equals(c.beneficiary())) {
            violations.add(FinanceCodes.CONTRIBUTION_BENEFICIARY_IS_CONTRIBUTOR, "beneficiary",
                    "party '" + c.beneficiary() + "' cannot contribute to itself");
        }
        Years years = checkYears(c, violations);
        checkSchedule(c, years, violations);
        checkShares(c, violations);
        violations.throwIfAny();
    }

    /** The currency of a contribution's amounts, null when none is known, and whether they share it. */
    private record Years(CurrencyUnit currency, boolean sameCurrency) {
    }

    /** Checks the yearly amounts. */
    private static Years checkYears(FinancialContribution c, Violations violations) {
        CurrencyUnit currency = c.amount().map(Money::getCurrencyUnit).orElse(null);
        List<YearlyAmount> years = c.yearlyAmounts();
        Money known = null;
        boolean complete = true;
        boolean sameCurrency = true;
        for (int i = 0; i < years.size(); i++) {
            YearlyAmount year = years.get(i);
            if (i > 0 && !year.year().isAfter(years.get(i - 1).year())) {
                violations.add(FinanceCodes.YEARS_NOT_ASCENDING, "yearlyAmounts[" + i + "].year",
                        "the amount of " + year.year() + " comes after that of " + years.get(i - 1).year()
                                + "; each year appears once, in ascending order");
            }
            if (c.budget().isPresent() && !c.budget().get().contains(year.year())) {
                violations.add(FinanceCodes.YEARS_OUTSIDE_BUDGET, "yearlyAmounts[" + i + "].year",
                        "the year " + year.year() + " is outside the budget period " + c.budget().get());
            }
            if (year.amount().isEmpty()) {
                complete = false;
                continue;
            }
            Money amount = year.amount().get();
            if (currency == null) {
                currency = amount.getCurrencyUnit();
            }
            if (!amount.getCurrencyUnit().equals(currency)) {
                sameCurrency = false;
                violations.add(FinanceCodes.YEARS_CURRENCY_MISMATCH, "yearlyAmounts[" + i + "].amount",
                        "the amount of " + year.year() + ", " + amount + ", is not in " + currency);
            } else {
                known = known == null ? amount : known.plus(amount);
            }
        }
        if (sameCurrency && c.amount().isPresent() && !years.isEmpty()) {
            Money total = c.amount().get();
            Money sum = known == null ? Money.zero(total.getCurrencyUnit()) : known;
            boolean covers = c.coversBudget();
            if (covers ? !sum.isEqual(total) : complete ? sum.isGreaterThan(total) : !sum.isLessThan(total)) {
                violations.add(FinanceCodes.YEARS_SUM_MISMATCH, "yearlyAmounts", (covers
                        ? "the yearly amounts add up to " + sum + ", not to the amount " + total
                        : complete ? "the yearly amounts add up to " + sum + ", more than the amount " + total
                        : "the known yearly amounts add up to " + sum + ", leaving nothing of the amount " + total
                                + " for the years not known"));
            }
        }
        return new Years(currency, sameCurrency);
    }

    private static void checkSchedule(FinancialContribution c, Years years, Violations violations) {
        CurrencyUnit currency = years.currency();
        List<Instalment> schedule = c.schedule();
        c.payment().ifPresent(payment -> {
            if (payment.kind() == PaymentConditions.Kind.SINGLE && schedule.size() > 1
                    || payment.kind() == PaymentConditions.Kind.INSTALMENTS && schedule.size() == 1) {
                violations.add(FinanceCodes.PAYMENT_SCHEDULE_MISMATCH, "payment", "payment conditions "
                        + payment.kind() + " do not agree with a schedule of " + schedule.size() + " instalment(s)");
            }
        });
        if (schedule.isEmpty()) {
            return;
        }
        boolean sameCurrency = true;
        CurrencyUnit expected = currency != null ? currency : schedule.get(0).amount().getCurrencyUnit();
        Instalment lastDated = null;
        for (int i = 0; i < schedule.size(); i++) {
            Instalment instalment = schedule.get(i);
            if (!instalment.amount().getCurrencyUnit().equals(expected)) {
                sameCurrency = false;
                violations.add(FinanceCodes.SCHEDULE_CURRENCY_MISMATCH, "schedule[" + i + "].amount",
                        "instalment " + instalment.amount() + " is not in " + expected);
            }
            if (instalment.dueOn().isPresent()) {
                if (lastDated != null && instalment.dueOn().get().isBefore(lastDated.dueOn().get())) {
                    violations.add(FinanceCodes.SCHEDULE_DATES_OUT_OF_ORDER, "schedule[" + i + "].dueOn",
                            "instalment due on " + instalment.dueOn().get() + " comes after one due on "
                                    + lastDated.dueOn().get());
                }
                lastDated = instalment;
            }
        }
        Optional<Money> total = years.sameCurrency() ? c.total() : Optional.empty();
        if (sameCurrency && total.isPresent() && total.get().getCurrencyUnit().equals(expected)) {
            Money sum = Money.total(schedule.stream().map(Instalment::amount).toArray(Money[]::new));
            if (!sum.isEqual(total.get())) {
                violations.add(FinanceCodes.SCHEDULE_SUM_MISMATCH, "schedule",
                        "the instalments add up to " + sum + ", not to the amount " + total.get());
            }
        }
    }

    private static void checkShares(FinancialContribution c, Violations violations) {
        List<BeneficiaryShare> shares = c.shares();
        if (shares.isEmpty()) {
            return;
        }
        Set<String> parties = new HashSet<>();
        List<Portion> portions = new ArrayList<>(shares.size());
        for (int i = 0; i < shares.size(); i++) {
            BeneficiaryShare share = shares.get(i);
            portions.add(share.portion());
            if (!parties.add(share.party())) {
                violations.add(FinanceCodes.SHARES_DUPLICATE_PARTY, "shares[" + i + "].party",
                        "party '" + share.party() + "' already has a share");
            }
            if (share.party().equals(c.contributor())) {
                violations.add(FinanceCodes.CONTRIBUTION_BENEFICIARY_IS_CONTRIBUTOR, "shares[" + i + "].party",
                        "party '" + share.party() + "' cannot receive a share of its own contribution");
            }
        }
        if (!parties.contains(c.beneficiary())) {
            violations.add(FinanceCodes.SHARES_BENEFICIARY_MISSING, "shares",
                    "the shares do not include the beneficiary '" + c.beneficiary() + "'");
        }
        if (!Portion.addUpToWhole(portions)) {
            violations.add(FinanceCodes.SHARES_SUM_MISMATCH, "shares", "the shares " + portions
                    + " do not add up to the whole");
        }
    }
}
