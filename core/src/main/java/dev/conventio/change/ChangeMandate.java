package dev.conventio.change;

import dev.conventio.party.Mandate;
import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Changes the decision that empowers a party's representative.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class ChangeMandate extends Change {

    ChangeMandate() {
    }

    /**
     * Gets the identifier of the party.
     *
     * @return the identifier of the party, never null
     */
    public abstract String party();

    /**
     * Gets the new mandate.
     *
     * @return the new mandate, never null
     */
    public abstract Mandate mandate();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param party  the identifier of the party, not null
     * @param mandate  the new mandate, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static ChangeMandate of(String article, String party, Mandate mandate) {
        return ImmutableChangeMandate.builder().article(article).party(party).mandate(mandate).build();
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
