package dev.conventio.change;

import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * Changes the object of the convention; public bodies rarely may, see the object policy.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class ChangeObject extends Change {

    ChangeObject() {
    }

    /**
     * Gets the new object.
     *
     * @return the new object, never null
     */
    public abstract String object();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param object  the new object, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static ChangeObject of(String article, String object) {
        return ImmutableChangeObject.builder().article(article).object(object).build();
    }

    @Override
    public <R> R accept(Change.Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    void check() {
        Violations violations = checkShared();
        violations.requireNonBlank(object(), "object");
        violations.throwIfAny();
    }
}
