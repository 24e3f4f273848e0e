package dev.conventio.signature;

import dev.conventio.decision.Decision;
import dev.conventio.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A signature by delegation (« pour le ministre et par délégation, le directeur de cabinet »): the
 * office on whose behalf the delegate signs and, when the document gives it, the act of delegation
 * (an arrêté, a décret, a decision of a board).
 * <pre>{@code
 * Delegation pourLeMinistre = Delegation.of("le ministre",
 *         Decision.arrete("le ministre de l'économie", PartialDate.of(LocalDate.of(2019, 7, 1))));
 * }</pre>
 *
 * <p>The delegate is the signature's {@linkplain Signature#signatory() signatory}, signing in their
 * own {@linkplain Signature#capacity() capacity}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Delegation {

    Delegation() {
    }

    /**
     * Gets the office on whose behalf the delegate signs, such as "le ministre".
     *
     * @return the non-blank office, never null
     */
    public abstract String onBehalfOf();

    /**
     * Gets the act of delegation, when the document gives it.
     *
     * @return the act, empty when not given, never null
     */
    public abstract Optional<Decision> act();

    /**
     * Obtains a delegation whose act the document does not give.
     *
     * @param onBehalfOf  the delegating office, not blank, not null
     * @return the delegation, never null
     * @throws dev.conventio.validation.ValidationException if the office is blank
     * @throws NullPointerException if the office is null
     */
    public static Delegation of(String onBehalfOf) {
        return ImmutableDelegation.builder().onBehalfOf(onBehalfOf).build();
    }

    /**
     * Obtains a delegation with its act.
     *
     * @param onBehalfOf  the delegating office, not blank, not null
     * @param act  the act of delegation, not null
     * @return the delegation, never null
     * @throws dev.conventio.validation.ValidationException if the office is blank
     * @throws NullPointerException if an argument is null
     */
    public static Delegation of(String onBehalfOf, Decision act) {
        return ImmutableDelegation.builder().onBehalfOf(onBehalfOf).act(act).build();
    }

    @Value.Check
    void check() {
        Violations.collector().requireNonBlank(onBehalfOf(), "onBehalfOf").throwIfAny();
    }
}
