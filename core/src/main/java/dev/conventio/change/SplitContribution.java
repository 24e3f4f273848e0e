package dev.conventio.change;

import dev.conventio.finance.FinancialContribution;
import dev.conventio.validation.Violations;
import java.util.List;
import org.immutables.value.Value;

/**
 * Splits one contribution into parts (« l'enveloppe est répartie en … »): the contribution is
 * replaced by its parts, each of which knows its {@linkplain FinancialContribution#origin() origin},
 * and may have its own nature, beneficiary, action or budget.
 *
 * <p>There are at least two parts; one of them may keep the identifier of the contribution split.
 * When the amounts are known, the parts add up to the contribution. This class is immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class SplitContribution extends Change {

    SplitContribution() {
    }

    /**
     * Gets the identifier of the contribution to split.
     *
     * @return the identifier of the contribution to split, never null
     */
    public abstract String contribution();

    /**
     * Gets the parts, which replace the contribution.
     *
     * @return the parts, at least two, never null, unmodifiable
     */
    public abstract List<FinancialContribution> parts();

    /**
     * Obtains the change.
     *
     * @param article  the number of the amending article the change belongs to, not blank, not null
     * @param contribution  the identifier of the contribution to split, not null
     * @param parts  the parts, at least two, not null
     * @return the change, never null
     * @throws dev.conventio.validation.ValidationException with {@link ChangeCodes#SPLIT_PARTS_TOO_FEW}
     *     for fewer than two parts, or if a value breaks an invariant
     * @throws NullPointerException if an argument is null
     */
    public static SplitContribution of(String article, String contribution,
            Iterable<? extends FinancialContribution> parts) {
        return ImmutableSplitContribution.builder().article(article).contribution(contribution).addAllParts(parts).build();
    }

    @Override
    public <R> R accept(Change.Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    void check() {
        Violations violations = checkShared();
        violations.requireIdentifier(contribution(), "contribution");
        if (parts().size() < 2) {
            violations.add(ChangeCodes.SPLIT_PARTS_TOO_FEW, "parts", "a split makes at least two parts, not "
                    + parts().size() + "; to change one contribution, replace it");
        }
        violations.throwIfAny();
    }
}
