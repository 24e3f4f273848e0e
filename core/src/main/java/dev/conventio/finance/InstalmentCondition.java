package dev.conventio.finance;

import dev.conventio.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an instalment is paid on (condition de versement): an event, with the words of the
 * instrument when it says more (« le solde, sur production du compte rendu financier »).
 * <pre>{@code
 * InstalmentCondition.of(PaymentEvent.FINANCIAL_REPORT);
 * InstalmentCondition.of(PaymentEvent.OTHER, "après l'avis du comité de pilotage");
 * }</pre>
 *
 * <p>An {@link PaymentEvent#OTHER} event is described. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class InstalmentCondition {

    InstalmentCondition() {
    }

    /**
     * Gets the event the instalment waits for.
     *
     * @return the event, never null
     */
    public abstract PaymentEvent event();

    /**
     * Gets the words of the instrument about the condition.
     *
     * @return the description, present for {@link PaymentEvent#OTHER}, never null
     */
    public abstract Optional<String> description();

    /**
     * Obtains a condition on an event.
     *
     * @param event  the event, not {@link PaymentEvent#OTHER}, not null
     * @return the condition, never null
     * @throws dev.conventio.validation.ValidationException with
     *     {@link FinanceCodes#CONDITION_UNDESCRIBED} for {@link PaymentEvent#OTHER}
     * @throws NullPointerException if the event is null
     */
    public static InstalmentCondition of(PaymentEvent event) {
        return ImmutableInstalmentCondition.builder().event(event).build();
    }

    /**
     * Obtains a condition on an event, with the words of the instrument.
     *
     * @param event  the event, not null
     * @param description  the words of the instrument, not blank, not null
     * @return the condition, never null
     * @throws dev.conventio.validation.ValidationException if the description is blank
     * @throws NullPointerException if an argument is null
     */
    public static InstalmentCondition of(PaymentEvent event, String description) {
        return ImmutableInstalmentCondition.builder().event(event).description(description).build();
    }

    /**
     * Obtains a condition of its optional parts, as a reader of a document has them.
     *
     * @param event  the event, not null
     * @param description  the words of the instrument, empty for none, not null
     * @return the condition, never null
     * @throws dev.conventio.validation.ValidationException if the description is blank or missing
     *     for {@link PaymentEvent#OTHER}
     * @throws NullPointerException if an argument is null
     */
    public static InstalmentCondition of(PaymentEvent event, Optional<String> description) {
        return ImmutableInstalmentCondition.builder().event(event).description(description).build();
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector();
        description().ifPresent(text -> violations.requireNonBlank(text, "description"));
        if (event() == PaymentEvent.OTHER && description().isEmpty()) {
            violations.add(FinanceCodes.CONDITION_UNDESCRIBED, "description",
                    "a condition on another event says which one: its description is missing");
        }
        violations.throwIfAny();
    }
}
