package dev.conventio.party;

import dev.conventio.internal.Unique;
import dev.conventio.validation.Violations;
import java.util.List;
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
     * Gets the party's legal form, when stated: it refines the {@linkplain #kind() kind}.
     *
     * @return the legal form, empty when not stated, never null
     */
    public abstract Optional<LegalForm> legalForm();

    /**
     * Gets the party's SIREN, when stated.
     *
     * @return the SIREN, empty when not stated, never null
     */
    public abstract Optional<Siren> siren();

    /**
     * Gets the SIRET of the party's establishment that signs, when stated. A contribution may name
     * other establishments that pay or receive the money.
     *
     * @return the SIRET, empty when not stated, never null
     */
    public abstract Optional<Siret> siret();

    /**
     * Gets the RNA number of an association, when stated.
     *
     * @return the RNA number, empty when not stated, never null
     */
    public abstract Optional<Rna> rna();

    /**
     * Gets the city of the trade register where the party is registered (« RCS de Paris »), when
     * stated.
     *
     * @return the city, empty when not stated, never null
     */
    public abstract Optional<String> tradeRegisterCity();

    /**
     * Gets the party's address or seat as written (« 56 rue de Lille, 75007 Paris »), when stated.
     *
     * @return the address, empty when not stated, never null
     */
    public abstract Optional<String> address();

    /**
     * Gets the names by which the instrument refers to the party (« ci-après l'Opérateur »,
     * « l'ADEME »).
     *
     * @return the designations, possibly empty, never null, unmodifiable
     */
    public abstract List<String> designations();

    /**
     * Gets the roles the party plays in the convention (opérateur, financeur…).
     *
     * @return the roles, distinct, possibly empty, never null, unmodifiable
     */
    public abstract List<Role> roles();

    /**
     * Gets who represents the party as the convention's text states it on the party, the form
     * version 1 has: it is read as the base convention's representative unless the convention states
     * the party's {@linkplain dev.conventio.convention.Convention#representations() representation}
     * itself. Each instrument states its own representations.
     *
     * @return the representative, empty when not stated, never null
     */
    public abstract Optional<Representative> representative();

    /**
     * Gets the decision that empowers the representative to sign, as version 1 states it on the
     * party: it is read as one of the base convention's authorisations for the party, but has no
     * place in time, so that the order of signatures is checked only against the authorisations an
     * instrument states.
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
        tradeRegisterCity().ifPresent(city -> violations.requireNonBlank(city, "tradeRegisterCity"));
        address().ifPresent(address -> violations.requireNonBlank(address, "address"));
        for (int i = 0; i < designations().size(); i++) {
            violations.requireNonBlank(designations().get(i), "designations[" + i + "]");
        }
        Unique.check(roles(), Role::code, "roles", "", PartyCodes.ROLES_DUPLICATE,
                role -> "role " + role + " is listed twice", violations);
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
