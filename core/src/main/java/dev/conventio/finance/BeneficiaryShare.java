package dev.conventio.finance;

import dev.conventio.validation.Violations;
import org.immutables.value.Value;

/**
 * The part of a subsidy one of its beneficiaries receives, when one subsidy is split between
 * several (répartition entre bénéficiaires): a party and its {@link Portion}.
 * <pre>{@code
 * BeneficiaryShare.of("association-a", Portion.of(60, 100));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class BeneficiaryShare {

    BeneficiaryShare() {
    }

    /**
     * Gets the identifier of the beneficiary, a party of the convention.
     *
     * @return the identifier, never null
     */
    public abstract String party();

    /**
     * Gets the beneficiary's part of the whole.
     *
     * @return the portion, never null
     */
    public abstract Portion portion();

    /**
     * Obtains a share.
     *
     * @param party  the identifier of the beneficiary, not null
     * @param portion  its part of the whole, not null
     * @return the share, never null
     * @throws dev.conventio.validation.ValidationException if the identifier is malformed
     * @throws NullPointerException if an argument is null
     */
    public static BeneficiaryShare of(String party, Portion portion) {
        return ImmutableBeneficiaryShare.builder().party(party).portion(portion).build();
    }

    @Value.Check
    void check() {
        Violations.collector().requireIdentifier(party(), "party").throwIfAny();
    }
}
