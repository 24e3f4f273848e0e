package dev.conventio.party;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A role a party or a group of parties plays in a convention (rôle), an open value: well-known
 * roles are constants, and any other is made with {@link #of(String)}.
 * <pre>{@code
 * Role.of("operateur");                  // Role.OPERATEUR
 * Role.of("gestionnaire-des-participations");
 * }</pre>
 *
 * <p>The code is 1 to 64 lower-case letters, digits and single inner hyphens; {@link #toString()} is
 * the exact inverse of {@link #of(String)}. Two roles are equal when their codes are. This class is
 * immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Role {

    private static final Map<String, Role> KNOWN = new LinkedHashMap<>();

    /** The party that grants the money (financeur, attribuant). */
    public static final Role FINANCEUR = known("financeur", "financeur");
    /** The party that receives it (bénéficiaire). */
    public static final Role BENEFICIAIRE = known("beneficiaire", "bénéficiaire");
    /** The body that runs a programme for the State (opérateur). */
    public static final Role OPERATEUR = known("operateur", "opérateur");
    /** The body that manages funds or stakes for another (gestionnaire). */
    public static final Role GESTIONNAIRE = known("gestionnaire", "gestionnaire");
    /** A party that finances beside another (co-financeur). */
    public static final Role CO_FINANCEUR = known("co-financeur", "co-financeur");
    /** The owner of the works (maître d'ouvrage). */
    public static final Role MAITRE_D_OUVRAGE = known("maitre-d-ouvrage", "maître d'ouvrage");

    private final String code;
    private final String label;

    private Role(String code, String label) {
        this.code = code;
        this.label = label;
    }

    private static Role known(String code, String label) {
        Role role = new Role(code, label);
        KNOWN.put(code, role);
        return role;
    }

    /**
     * Obtains a role by its code: the constant when the code is a well-known one.
     *
     * @param code  the code, such as {@code operateur}, not null
     * @return the role, never null
     * @throws dev.conventio.validation.ValidationException with {@link PartyCodes#ROLE_MALFORMED} if the
     *     code is not 1 to 64 lower-case letters, digits and single inner hyphens
     * @throws NullPointerException if the code is null
     */
    public static Role of(String code) {
        Objects.requireNonNull(code, "code");
        Role known = KNOWN.get(code);
        return known != null ? known : new Role(Vocabulary.requireCode(code, PartyCodes.ROLE_MALFORMED, "role's code"),
                null);
    }

    /**
     * Gets the code, the form JSON writes.
     *
     * @return the code, never null
     */
    public String code() {
        return code;
    }

    /**
     * Gets the French name of a well-known role.
     *
     * @return the name, empty for a role made with another code, never null
     */
    public Optional<String> frenchLabel() {
        return Optional.ofNullable(label);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Role && code.equals(((Role) other).code));
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * Returns the code, the form {@link #of(String)} reads.
     *
     * @return the code, never null
     */
    @Override
    public String toString() {
        return code;
    }
}
