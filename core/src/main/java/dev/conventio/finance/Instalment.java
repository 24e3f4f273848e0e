package dev.conventio.finance;

import dev.conventio.date.DateRange;
import dev.conventio.validation.Violations;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One payment of a contribution's schedule (échéance de versement): an amount, due on a date, on a
 * condition (« le solde, sur production du compte rendu financier »), or both.
 * <pre>{@code
 * Instalment.of(LocalDate.of(2020, 3, 1), Money.of(EUR, 70_000));                   // 70 % on 1 March
 * Instalment.on(InstalmentCondition.of(PaymentEvent.FINANCIAL_REPORT), Money.of(EUR, 30_000)); // the balance
 * }</pre>
 *
 * <p>Every instalment has a due date or a condition: the factories take one of them. This class is
 * immutable and thread-safe.
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
     * @return the date, empty for an instalment paid on a condition whose date is not known, never null
     */
    public abstract Optional<LocalDate> dueOn();

    /**
     * Gets the condition the payment waits for.
     *
     * @return the condition, empty when the payment is due on its date alone, never null
     */
    public abstract Optional<InstalmentCondition> condition();

    /**
     * Gets the amount of the payment.
     *
     * @return the positive amount, never null
     */
    public abstract Money amount();

    /**
     * Obtains an instalment due on a date.
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

    /**
     * Obtains an instalment paid on a condition, its date not known.
     *
     * @param condition  what the payment waits for, not null
     * @param amount  the positive amount, not null
     * @return the instalment, never null
     * @throws dev.conventio.validation.ValidationException with
     *     {@link dev.conventio.finance.FinanceCodes#INSTALMENT_AMOUNT_NOT_POSITIVE} if the amount is not positive
     * @throws NullPointerException if an argument is null
     */
    public static Instalment on(InstalmentCondition condition, Money amount) {
        return ImmutableInstalment.builder().condition(condition).amount(amount).build();
    }

    /**
     * Obtains an instalment due on a date and on a condition (« au plus tôt le 1er juillet, sur
     * production du bilan »).
     *
     * @param dueOn  the date the payment is due, not null
     * @param condition  what the payment waits for, not null
     * @param amount  the positive amount, not null
     * @return the instalment, never null
     * @throws dev.conventio.validation.ValidationException with
     *     {@link dev.conventio.finance.FinanceCodes#INSTALMENT_AMOUNT_NOT_POSITIVE} if the amount is not positive
     * @throws NullPointerException if an argument is null
     */
    public static Instalment of(LocalDate dueOn, InstalmentCondition condition, Money amount) {
        Objects.requireNonNull(dueOn, "dueOn");
        return ImmutableInstalment.builder().dueOn(dueOn).condition(condition).amount(amount).build();
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector();
        dueOn().ifPresent(date -> DateRange.check(date, "dueOn", violations));
        if (!amount().isPositive()) {
            violations.add(FinanceCodes.INSTALMENT_AMOUNT_NOT_POSITIVE, "amount",
                    "an instalment must be positive, was " + amount());
        }
        violations.throwIfAny();
    }
}
