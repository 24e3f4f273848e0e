package dev.conventio.objective;

import dev.conventio.validation.Violations;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantity with its unit (quantité): 15 000 logements, about fifty projets d'investissement.
 * <pre>{@code
 * Quantity.of(new BigDecimal("15000"), "logements supplémentaires");
 * Quantity.about(new BigDecimal("50"), "projets d'investissement");   // « une cinquantaine »
 * }</pre>
 *
 * <p>The value is positive and kept without trailing zeros ({@code 15000}, {@code 2.5}), so that
 * equal quantities are equal whatever the scale they were written with. An approximate quantity
 * is one the instrument gives as an order of size (« environ », « une cinquantaine »). This class
 * is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Quantity {

    private final BigDecimal value;
    private final String unit;
    private final boolean approximate;

    private Quantity(BigDecimal value, String unit, boolean approximate) {
        this.value = value;
        this.unit = unit;
        this.approximate = approximate;
    }

    /**
     * Obtains an exact quantity.
     *
     * @param value  the positive value, not null
     * @param unit  what is counted or measured, not blank, not null
     * @return the quantity, never null
     * @throws dev.conventio.validation.ValidationException with
     *     {@link TargetCodes#QUANTITY_NOT_POSITIVE} if the value is not positive, or if the unit is blank
     * @throws NullPointerException if an argument is null
     */
    public static Quantity of(BigDecimal value, String unit) {
        return of(value, unit, false);
    }

    /**
     * Obtains an approximate quantity (« environ », « une cinquantaine »).
     *
     * @param value  the positive value, not null
     * @param unit  what is counted or measured, not blank, not null
     * @return the quantity, never null
     * @throws dev.conventio.validation.ValidationException with
     *     {@link TargetCodes#QUANTITY_NOT_POSITIVE} if the value is not positive, or if the unit is blank
     * @throws NullPointerException if an argument is null
     */
    public static Quantity about(BigDecimal value, String unit) {
        return of(value, unit, true);
    }

    /**
     * Obtains a quantity, exact or approximate.
     *
     * @param value  the positive value, not null
     * @param unit  what is counted or measured, not blank, not null
     * @param approximate  whether the instrument gives it as an order of size
     * @return the quantity, never null
     * @throws dev.conventio.validation.ValidationException with
     *     {@link TargetCodes#QUANTITY_NOT_POSITIVE} if the value is not positive, or if the unit is blank
     * @throws NullPointerException if an argument is null
     */
    public static Quantity of(BigDecimal value, String unit, boolean approximate) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Violations violations = Violations.collector().requireNonBlank(unit, "unit");
        if (value.signum() <= 0) {
            violations.add(TargetCodes.QUANTITY_NOT_POSITIVE, "value", "a target's quantity is positive, was "
                    + value.toPlainString());
        }
        violations.throwIfAny();
        BigDecimal normal = value.stripTrailingZeros();
        return new Quantity(normal.scale() < 0 ? normal.setScale(0) : normal, unit, approximate);
    }

    /**
     * Gets the value.
     *
     * @return the positive value, without trailing zeros, never null
     */
    public BigDecimal value() {
        return value;
    }

    /**
     * Gets what is counted or measured, such as {@code logements supplémentaires}.
     *
     * @return the unit, never null
     */
    public String unit() {
        return unit;
    }

    /**
     * Tells whether the quantity is an order of size rather than an exact figure.
     *
     * @return true for « environ », « une cinquantaine »
     */
    public boolean isApproximate() {
        return approximate;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Quantity that && value.equals(that.value) && unit.equals(that.unit)
                && approximate == that.approximate;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, unit, approximate);
    }

    /**
     * Returns the value and the unit, such as {@code 15000 logements} or {@code about 50 projets}.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return (approximate ? "about " : "") + value.toPlainString() + " " + unit;
    }
}
