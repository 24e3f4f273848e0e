package dev.conventio.decision;

import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * The decision that authorises a party to sign an instrument (« dûment habilitée à signer le présent
 * avenant par délibération n° … du Bureau de la Métropole du 19 décembre 2019 »).
 * <pre>{@code
 * Authorisation habilitation = Authorisation.of("metropole-amp",
 *         Decision.deliberation("Bureau de la Métropole", PartialDate.of(LocalDate.of(2019, 12, 19))));
 * }</pre>
 *
 * <p>Each instrument lists its own: the rule {@link DecisionCodes#SIGNATURE_BEFORE_AUTHORISATION} says
 * that the party does not sign that instrument before the decision.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Authorisation {

    Authorisation() {
    }

    /**
     * Gets the identifier of the party the decision authorises.
     *
     * @return the party's identifier, never null
     */
    public abstract String party();

    /**
     * Gets the decision.
     *
     * @return the decision, never null
     */
    public abstract Decision decision();

    /**
     * Obtains an authorisation.
     *
     * @param party  the identifier of the party, not null
     * @param decision  the decision, not null
     * @return the authorisation, never null
     * @throws dev.conventio.validation.ValidationException if the identifier is malformed
     * @throws NullPointerException if an argument is null
     */
    public static Authorisation of(String party, Decision decision) {
        return ImmutableAuthorisation.builder().party(party).decision(decision).build();
    }

    @Value.Check
    void check() {
        Violations.collector().requireIdentifier(party(), "party").throwIfAny();
    }
}
