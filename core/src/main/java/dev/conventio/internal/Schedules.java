package dev.conventio.internal;

import dev.conventio.finance.FinanceCodes;
import dev.conventio.finance.Instalment;
import dev.conventio.validation.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;

/**
 * The checks of a payment schedule: the ones a contribution makes of its own, and the ones a change
 * that gives a schedule makes without the contribution it changes.
 *
 * <p>Internal: not part of the API, in a package the module does not export.
 */
public final class Schedules {

    private Schedules() {
    }

    /**
     * Reports the instalments that are not in the currency of the amount, the dates out of order and,
     * when every instalment is in that currency, a total other than the amount.
     *
     * @param amount  the amount the instalments pay, not null
     * @param schedule  the instalments, not null
     * @param path  the path of the schedule in the checked value, such as {@code schedule}
     * @param violations  where to report
     */
    public static void check(Money amount, List<Instalment> schedule, String path, Violations violations) {
        if (schedule.isEmpty()) {
            return;
        }
        boolean sameCurrency = true;
        for (int i = 0; i < schedule.size(); i++) {
            Instalment instalment = schedule.get(i);
            if (!instalment.amount().getCurrencyUnit().equals(amount.getCurrencyUnit())) {
                sameCurrency = false;
                violations.add(FinanceCodes.SCHEDULE_CURRENCY_MISMATCH, path + "[" + i + "].amount",
                        "instalment " + instalment.amount() + " is not in " + amount.getCurrencyUnit());
            }
        }
        checkDates(schedule, path, violations);
        if (sameCurrency) {
            Money total = Money.total(schedule.stream().map(Instalment::amount).toArray(Money[]::new));
            if (!total.isEqual(amount)) {
                violations.add(FinanceCodes.SCHEDULE_SUM_MISMATCH, path,
                        "the instalments add up to " + total + ", not to the amount " + amount);
            }
        }
    }

    /**
     * Reports each dated instalment due before the dated one it follows, instalments paid on a
     * condition alone coming anywhere: the check that needs no amount.
     *
     * @param schedule  the instalments, not null
     * @param path  the path of the schedule in the checked value, such as {@code schedule}
     * @param violations  where to report
     */
    public static void checkDates(List<Instalment> schedule, String path, Violations violations) {
        LocalDate last = null;
        for (int i = 0; i < schedule.size(); i++) {
            Optional<LocalDate> dueOn = schedule.get(i).dueOn();
            if (dueOn.isEmpty()) {
                continue;
            }
            if (last != null && dueOn.get().isBefore(last)) {
                violations.add(FinanceCodes.SCHEDULE_DATES_OUT_OF_ORDER, path + "[" + i + "].dueOn",
                        "instalment due on " + dueOn.get() + " comes after one due on " + last);
            }
            last = dueOn.get();
        }
    }
}
