package dev.conventio.party;

import dev.conventio.internal.Unique;
import dev.conventio.validation.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A named group of parties acting together in a role, such as two companies of one group together
 * « le gestionnaire ».
 * <pre>{@code
 * PartyGroup gestionnaire = PartyGroup.builder().id("gestionnaire").name("le gestionnaire")
 *         .addMembers("bpifrance-epic", "bpifrance-sa").addRoles(Role.GESTIONNAIRE).build();
 * }</pre>
 *
 * <p>A group never signs: its members are parties, and each signs for itself; a signature names a
 * party, never a group, so that the rule « every party signs » is unchanged by groups. A group has
 * at least two distinct members, each a party of its convention, and an identifier no party,
 * participant or other group has.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class PartyGroup {

    PartyGroup() {
    }

    /**
     * Gets the identifier of the group inside its convention.
     *
     * @return the identifier, never null
     */
    public abstract String id();

    /**
     * Gets the name by which the instrument calls the group, such as « le gestionnaire ».
     *
     * @return the non-blank name, never null
     */
    public abstract String name();

    /**
     * Gets the identifiers of the member parties, at least two, distinct.
     *
     * @return the members, never null, unmodifiable
     */
    public abstract List<String> members();

    /**
     * Gets the roles the group plays together.
     *
     * @return the roles, possibly empty, never null, unmodifiable
     */
    public abstract List<Role> roles();

    /**
     * Obtains a builder. {@code id}, {@code name} and two members are required.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector().requireIdentifier(id(), "id").requireNonBlank(name(), "name");
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < members().size(); i++) {
            violations.requireIdentifier(members().get(i), "members[" + i + "]");
            if (!distinct.add(members().get(i))) {
                violations.add(PartyCodes.GROUP_MEMBERS_INVALID, "members[" + i + "]",
                        "'" + members().get(i) + "' is already a member of group " + id());
            }
        }
        Unique.check(roles(), Role::code, "roles", "", PartyCodes.ROLES_DUPLICATE,
                role -> "role " + role + " is listed twice", violations);
        if (distinct.size() < 2) {
            violations.add(PartyCodes.GROUP_MEMBERS_INVALID, "members", "a group has at least two distinct members, "
                    + id() + " has " + distinct.size());
        }
        violations.throwIfAny();
    }

    /**
     * Builds {@link PartyGroup} values; {@code build()} checks the invariants and throws
     * {@link dev.conventio.validation.ValidationException} when one is broken, or
     * {@link IllegalStateException} when a required attribute was not set.
     */
    public static final class Builder extends ImmutablePartyGroup.Builder {
        Builder() {
        }
    }
}
