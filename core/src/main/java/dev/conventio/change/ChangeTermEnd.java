package dev.conventio.change;

import dev.conventio.term.TermEnd;
import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Extends (prolonge) or shortens the term of the convention by giving it a new end.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class ChangeTermEnd extends Change {

    ChangeTermEnd() {
    }

    /**
     * Gets the new end.
     *
     * @return the new end, never null
     */
    public abstract TermEnd end();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param end  the new end, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static ChangeTermEnd of(String article, TermEnd end) {
        return ImmutableChangeTermEnd.builder().article(article).end(end).build();
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
