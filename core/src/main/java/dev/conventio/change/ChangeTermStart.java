package dev.conventio.change;

import dev.conventio.term.StartRule;
import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Changes the rule by which the convention takes effect.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class ChangeTermStart extends Change {

    ChangeTermStart() {
    }

    /**
     * Gets the new start rule.
     *
     * @return the new start rule, never null
     */
    public abstract StartRule start();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param start  the new start rule, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static ChangeTermStart of(String article, StartRule start) {
        return ImmutableChangeTermStart.builder().article(article).start(start).build();
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
