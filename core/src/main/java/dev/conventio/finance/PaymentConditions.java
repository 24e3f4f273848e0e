package dev.conventio.finance;

import dev.conventio.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a contribution is paid (conditions de versement): in one payment, by instalments, or as the
 * instrument describes otherwise; the three choices of the open-data format of subsidies
 * ({@code conditionsVersement}: « unique », « échelonné », or a free description).
 * <pre>{@code
 * PaymentConditions.single();
 * PaymentConditions.inInstalments();
 * PaymentConditions.other("versement trimestriel sur appel de fonds");
 * }</pre>
 *
 * <p>When the contribution has a schedule, its conditions agree with it: a single payment has at
 * most one instalment, payment by instalments has more than one. This class is immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class PaymentConditions {

    /** The kinds of payment conditions. */
    public enum Kind {
        /** One payment (versement unique). */
        SINGLE,
        /** Several payments (versement échelonné: avance, acomptes, solde). */
        INSTALMENTS,
        /** Another arrangement, which the description states. */
        OTHER
    }

    PaymentConditions() {
    }

    /**
     * Gets the kind of conditions.
     *
     * @return the kind, never null
     */
    public abstract Kind kind();

    /**
     * Gets the words of the instrument about the payment.
     *
     * @return the description, present for {@link Kind#OTHER}, never null
     */
    public abstract Optional<String> description();

    /**
     * Obtains the conditions of a single payment.
     *
     * @return the conditions, never null
     */
    public static PaymentConditions single() {
        return ImmutablePaymentConditions.builder().kind(Kind.SINGLE).build();
    }

    /**
     * Obtains the conditions of a payment by instalments.
     *
     * @return the conditions, never null
     */
    public static PaymentConditions inInstalments() {
        return ImmutablePaymentConditions.builder().kind(Kind.INSTALMENTS).build();
    }

    /**
     * Obtains conditions the instrument describes in its own words.
     *
     * @param description  the words of the instrument, not blank, not null
     * @return the conditions, never null
     * @throws dev.conventio.validation.ValidationException if the description is blank
     * @throws NullPointerException if the description is null
     */
    public static PaymentConditions other(String description) {
        return ImmutablePaymentConditions.builder().kind(Kind.OTHER).description(description).build();
    }

    /**
     * Obtains conditions of their parts, as a reader of a document has them.
     *
     * @param kind  the kind, not null
     * @param description  the words of the instrument, empty for none, not null
     * @return the conditions, never null
     * @throws dev.conventio.validation.ValidationException with {@link FinanceCodes#CONDITION_UNDESCRIBED}
     *     for {@link Kind#OTHER} without a description, or if the description is blank
     * @throws NullPointerException if an argument is null
     */
    public static PaymentConditions of(Kind kind, Optional<String> description) {
        return ImmutablePaymentConditions.builder().kind(kind).description(description).build();
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector();
        description().ifPresent(text -> violations.requireNonBlank(text, "description"));
        if (kind() == Kind.OTHER && description().isEmpty()) {
            violations.add(FinanceCodes.CONDITION_UNDESCRIBED, "description",
                    "payment conditions of another kind say which: their description is missing");
        }
        violations.throwIfAny();
    }
}
