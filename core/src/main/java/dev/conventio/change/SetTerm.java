package dev.conventio.change;

import dev.conventio.term.Term;
import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Sets the term of a convention whose term was not recorded, or replaces it whole.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class SetTerm extends Change {

    SetTerm() {
    }

    /**
     * Gets the new term.
     *
     * @return the new term, never null
     */
    public abstract Term term();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param term  the new term, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static SetTerm of(String article, Term term) {
        return ImmutableSetTerm.builder().article(article).term(term).build();
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
