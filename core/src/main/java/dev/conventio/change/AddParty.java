package dev.conventio.change;

import dev.conventio.party.Party;
import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Adds a party to the convention; the new party signs the amendment that adds it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class AddParty extends Change {

    AddParty() {
    }

    /**
     * Gets the party to add, with an identifier not yet taken.
     *
     * @return the party to add, with an identifier not yet taken, never null
     */
    public abstract Party party();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param party  the party to add, with an identifier not yet taken, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static AddParty of(String article, Party party) {
        return ImmutableAddParty.builder().article(article).party(party).build();
    }

    @Override
    public <R> R accept(Change.Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    void check() {
        Violations violations = checkShared();
        violations.throwIfAny();
    }
}
