package dev.conventio.change;

import dev.conventio.party.Representative;
import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Changes who represents a party.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class ChangeRepresentative extends Change {

    ChangeRepresentative() {
    }

    /**
     * Gets the identifier of the party.
     *
     * @return the identifier of the party, never null
     */
    public abstract String party();

    /**
     * Gets the new representative.
     *
     * @return the new representative, never null
     */
    public abstract Representative representative();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param party  the identifier of the party, not null
     * @param representative  the new representative, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static ChangeRepresentative of(String article, String party, Representative representative) {
        return ImmutableChangeRepresentative.builder().article(article).party(party).representative(representative).build();
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
