package dev.conventio.finance;

import dev.conventio.date.DateRange;
import dev.conventio.validation.Violations;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One payment of a contribution's schedule (échéance de versement): a date and an amount.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Instalment {

    Instalment() {
    }

    /**
     * Gets the date the payment is due.
     *
     * @return the date, never null
     */
    public abstract LocalDate dueOn();

    /**
     * Gets the amount of the payment.
     *
     * @return the positive amount, never null
     */
    public abstract Money amount();

    /**
     * Obtains an instalment.
     *
     * @param dueOn  the date the payment is due, not null
     * @param amount  the positive amount, not null
     * @return the instalment, never null
     * @throws dev.conventio.validation.ValidationException with
     *     {@link dev.conventio.finance.FinanceCodes#INSTALMENT_AMOUNT_NOT_POSITIVE} if the amount is not positive
     * @throws NullPointerException if an argument is null
     */
    public static Instalment of(LocalDate dueOn, Money amount) {
        return ImmutableInstalment.builder().dueOn(dueOn).amount(amount).build();
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector();
        DateRange.check(dueOn(), "dueOn", violations);
        if (!amount().isPositive()) {
            violations.add(FinanceCodes.INSTALMENT_AMOUNT_NOT_POSITIVE, "amount",
                    "an instalment must be positive, was " + amount());
        }
        violations.throwIfAny();
    }
}
