package dev.conventio.finance;

import dev.conventio.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the open-data format of subsidies asks about an aid, as the instrument records it: its basis
 * under the rules on State aid, its number in the répertoire des aides aux entreprises (RAE) and
 * the aid scheme (dispositif d'aide) it is granted under.
 * <pre>{@code
 * AidFacts.builder().basis(StateAidBasis.NOTIFIED)
 *         .basisReference("décision de la Commission européenne du 16 septembre 2014").build();
 * AidFacts.builder().basis(StateAidBasis.DE_MINIMIS).raeNumber("12345").build();
 * }</pre>
 *
 * <p>Each fact is optional: what the instrument does not say stays unknown. This class is immutable
 * and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class AidFacts {

    AidFacts() {
    }

    /**
     * Gets the basis of the aid under the rules on State aid.
     *
     * @return the basis, empty when not recorded, never null
     */
    public abstract Optional<StateAidBasis> basis();

    /**
     * Gets the reference of that basis: the Commission's decision, the regulation or scheme cited.
     *
     * @return the reference, empty when not recorded, never null
     */
    public abstract Optional<String> basisReference();

    /**
     * Gets the number of the aid in the répertoire des aides aux entreprises (RAE): one to five digits.
     *
     * @return the number, empty when the aid is not listed there or not recorded, never null
     */
    public abstract Optional<String> raeNumber();

    /**
     * Gets the identifier of the aid scheme (dispositif d'aide) the aid is granted under, as the
     * schema of aid schemes of data.gouv.fr identifies it.
     *
     * @return the identifier, empty when not recorded, never null
     */
    public abstract Optional<String> scheme();

    /**
     * Obtains a builder; every fact is optional.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector();
        basisReference().ifPresent(text -> violations.requireNonBlank(text, "basisReference"));
        scheme().ifPresent(text -> violations.requireNonBlank(text, "scheme"));
        raeNumber().filter(number -> !number.matches("[0-9]{1,5}")).ifPresent(number -> violations.add(
                FinanceCodes.AID_RAE_MALFORMED, "raeNumber", "an RAE number is one to five digits, was '" + number + "'"));
        violations.throwIfAny();
    }

    /**
     * Builds {@link AidFacts} values; {@code build()} checks the invariants and throws
     * {@link dev.conventio.validation.ValidationException} when one is broken.
     */
    public static final class Builder extends ImmutableAidFacts.Builder {
        Builder() {
        }
    }
}
