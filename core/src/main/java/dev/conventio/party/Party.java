package dev.conventio.party;

import dev.conventio.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party to a convention (partie): a public body, an association or a company.
 * <pre>{@code
 * Party gip = Party.builder().id("gip-crpv-paca").name("GIP CRPV PACA").kind(PartyKind.GIP)
 *         .representative(Representative.of(Person.of(Civility.MONSIEUR, "Mustapha Berra"), "Directeur-Ordonnateur"))
 *         .build();
 * }</pre>
 *
 * <p>A party is known inside a convention by its {@linkplain #id() identifier}, which
 * contributions, signatures and committees refer to. The SIREN and SIRET are optional; when both are
 * given, the SIRET must belong to the SIREN.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Party {

    Party() {
    }

    /**
     * Gets the identifier of the party inside its convention, such as {@code metropole-amp}:
     * 1 to 64 lower-case letters, digits and inner hyphens.
     *
     * @return the identifier, never null
     */
    public abstract String id();

    /**
     * Gets the name of the party, such as "Métropole Aix-Marseille-Provence".
     *
     * @return the non-blank name, never null
     */
    public abstract String name();

    /**
     * Gets the legal nature of the party.
     *
     * @return the kind, never null
     */
    public abstract PartyKind kind();

    /**
     * Gets the party's SIREN, when stated.
     *
     * @return the SIREN, empty when not stated, never null
     */
    public abstract Optional<Siren> siren();

    /**
     * Gets the party's SIRET, when stated.
     *
     * @return the SIRET, empty when not stated, never null
     */
    public abstract Optional<Siret> siret();

    /**
     * Gets who represents the party, when stated.
     *
     * @return the representative, empty when not stated, never null
     */
    public abstract Optional<Representative> representative();

    /**
     * Gets the decision that empowers the representative to sign, when stated.
     *
     * @return the mandate, empty when not stated, never null
     */
    public abstract Optional<Mandate> mandate();

    /**
     * Obtains a builder of parties. {@code id}, {@code name} and {@code kind} are required.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a copy of this party with another representative.
     *
     * @param representative  the new representative, not null
     * @return the changed party, never null
     */
    public abstract Party withRepresentative(Representative representative);

    /**
     * Returns a copy of this party with another mandate.
     *
     * @param mandate  the new mandate, not null
     * @return the changed party, never null
     */
    public abstract Party withMandate(Mandate mandate);

    @Value.Check
    void check() {
        Violations violations = Violations.collector()
                .requireIdentifier(id(), "id")
                .requireNonBlank(name(), "name");
        if (siren().isPresent() && siret().isPresent() && !siret().get().siren().equals(siren().get())) {
            violations.add(PartyCodes.PARTY_SIRET_SIREN_MISMATCH, "siret", "SIRET " + siret().get()
                    + " does not belong to SIREN " + siren().get());
        }
        violations.throwIfAny();
    }

    /**
     * Builds {@link Party} values. Each setter returns this builder; {@code build()} checks the
     * invariants and throws {@link dev.conventio.validation.ValidationException} when one is broken,
     * or {@link IllegalStateException} when a required attribute was not set.
     */
    public static final class Builder extends ImmutableParty.Builder {
        Builder() {
        }
    }
}
