package dev.conventio.finance;

import dev.conventio.validation.Violations;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The amount a multi-year contribution commits for one budget year (montant annuel, annuité):
 * firm or a forecast, known or not, read in the instrument or inferred from another source.
 * <pre>{@code
 * YearlyAmount.firm(Year.of(2020), Money.of(EUR, 100_000));         // ferme
 * YearlyAmount.forecast(Year.of(2021), Money.of(EUR, 100_000));     // sous réserve du vote des crédits
 * YearlyAmount.unknown(Year.of(2022), Firmness.FORECAST);           // « le reliquat »: not known
 * YearlyAmount.firm(Year.of(2022), Money.of(EUR, 87_458))
 *         .withInferredFrom("le titre de la délibération 2022 DFPE 28");
 * }</pre>
 *
 * <p>An unknown amount stays unknown: totals leave it out and say so
 * ({@code Committed.hasUnknownAmounts()}). This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class YearlyAmount {

    YearlyAmount() {
    }

    /**
     * Gets the budget year (exercice).
     *
     * @return the year, never null
     */
    public abstract Year year();

    /**
     * Gets the amount for the year.
     *
     * @return the positive amount, empty when the instruments do not give it, never null
     */
    public abstract Optional<Money> amount();

    /**
     * Gets whether the amount is firm or a forecast.
     *
     * @return the firmness, never null
     */
    public abstract Firmness firmness();

    /**
     * Gets what the amount was inferred from when it is not read in the instrument itself, such as
     * « le titre de la délibération 2022 DFPE 28 ».
     *
     * @return the source of the inference, empty when the amount is read in the instrument, never null
     */
    public abstract Optional<String> inferredFrom();

    /**
     * Obtains a firm amount for a year.
     *
     * @param year  the budget year, not null
     * @param amount  the positive amount, not null
     * @return the yearly amount, never null
     * @throws dev.conventio.validation.ValidationException with
     *     {@link FinanceCodes#CONTRIBUTION_AMOUNT_NOT_POSITIVE} if the amount is not positive
     * @throws NullPointerException if an argument is null
     */
    public static YearlyAmount firm(Year year, Money amount) {
        return ImmutableYearlyAmount.builder().year(year).amount(amount).firmness(Firmness.FIRM).build();
    }

    /**
     * Obtains a forecast amount for a year, subject to the vote of its credits.
     *
     * @param year  the budget year, not null
     * @param amount  the positive amount, not null
     * @return the yearly amount, never null
     * @throws dev.conventio.validation.ValidationException with
     *     {@link FinanceCodes#CONTRIBUTION_AMOUNT_NOT_POSITIVE} if the amount is not positive
     * @throws NullPointerException if an argument is null
     */
    public static YearlyAmount forecast(Year year, Money amount) {
        return ImmutableYearlyAmount.builder().year(year).amount(amount).firmness(Firmness.FORECAST).build();
    }

    /**
     * Obtains a year whose amount the instruments do not give.
     *
     * @param year  the budget year, not null
     * @param firmness  whether the year's commitment is firm or a forecast, not null
     * @return the yearly amount, never null
     * @throws NullPointerException if an argument is null
     */
    public static YearlyAmount unknown(Year year, Firmness firmness) {
        return ImmutableYearlyAmount.builder().year(year).firmness(firmness).build();
    }

    /**
     * Obtains a builder; {@code year} and {@code firmness} are required.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a copy of this yearly amount labelled as inferred.
     *
     * @param source  what the amount was inferred from, not blank, not null
     * @return the labelled copy, never null
     * @throws dev.conventio.validation.ValidationException if the source is blank
     */
    public abstract YearlyAmount withInferredFrom(String source);

    /**
     * Tells whether the amount is known.
     *
     * @return true when {@link #amount()} is present
     */
    public boolean isKnown() {
        return amount().isPresent();
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector();
        amount().filter(amount -> !amount.isPositive()).ifPresent(amount -> violations.add(
                FinanceCodes.CONTRIBUTION_AMOUNT_NOT_POSITIVE, "amount",
                "the amount of " + year() + " must be positive, was " + amount));
        inferredFrom().ifPresent(text -> violations.requireNonBlank(text, "inferredFrom"));
        violations.throwIfAny();
    }

    /**
     * Builds {@link YearlyAmount} values; {@code build()} checks the invariants and throws
     * {@link dev.conventio.validation.ValidationException} when one is broken, or
     * {@link IllegalStateException} when a required attribute was not set.
     */
    public static final class Builder extends ImmutableYearlyAmount.Builder {
        Builder() {
        }
    }
}
