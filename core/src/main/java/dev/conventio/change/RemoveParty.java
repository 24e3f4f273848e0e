package dev.conventio.change;

import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Removes a party from the convention (retrait d'une partie).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class RemoveParty extends Change {

    RemoveParty() {
    }

    /**
     * Gets the identifier of the party to remove.
     *
     * @return the identifier of the party to remove, never null
     */
    public abstract String party();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param party  the identifier of the party to remove, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static RemoveParty of(String article, String party) {
        return ImmutableRemoveParty.builder().article(article).party(party).build();
    }

    @Override
    public <R> R accept(Change.Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    void check() {
        Violations violations = checkShared();
        violations.requireIdentifier(party(), "party");
        violations.throwIfAny();
    }
}
