package dev.conventio.publication;

import dev.conventio.date.PartialDate;
import dev.conventio.validation.Violations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Another convention, as an instrument names it: by its reference, its NOR or its publication,
 * with its date and title when given, optionally as amended by avenants (« la convention du 9
 * septembre 2010 modifiée par l'avenant n° 1 du 20 juin 2018 »).
 * <pre>{@code
 * ConventionReference vehiculeDuFutur = ConventionReference.builder()
 *         .nor(Nor.parse("PRMX1031562X")).date(PartialDate.of(LocalDate.of(2010, 12, 8)))
 *         .title("Convention entre l'État et l'ADEME relative à l'action « Véhicule du futur »")
 *         .build();
 * }</pre>
 *
 * <p>At least one of the reference, the NOR and a publication is given
 * ({@link PublicationCodes#LINK_TARGET_UNIDENTIFIED}): the rule by which a convention itself is
 * identified.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class ConventionReference {

    ConventionReference() {
    }

    /**
     * Gets the reference of the convention, such as {@code DEVT 013-2609/17/BM}.
     *
     * @return the reference, empty when not given, never null
     */
    public abstract Optional<String> reference();

    /**
     * Gets the NOR of the convention.
     *
     * @return the NOR, empty when not given, never null
     */
    public abstract Optional<Nor> nor();

    /**
     * Gets where the convention was published.
     *
     * @return the publication, empty when not given, never null
     */
    public abstract Optional<Publication> publication();

    /**
     * Gets the date of the convention.
     *
     * @return the date, {@linkplain PartialDate#unknown() unknown} when not given, never null
     */
    @Value.Default
    public PartialDate date() {
        return PartialDate.unknown();
    }

    /**
     * Gets the title of the convention, when given.
     *
     * @return the title, empty when not given, never null
     */
    public abstract Optional<String> title();

    /**
     * Gets the avenants by which the convention is named as amended (« modifiée par … »).
     *
     * @return the avenants, possibly empty, never null, unmodifiable
     */
    public abstract List<AmendmentReference> asAmendedBy();

    /**
     * Obtains a builder; one of {@code reference}, {@code nor} and {@code publication} is required.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a reference to a convention by its reference.
     *
     * @param reference  the reference, not blank, not null
     * @return the convention reference, never null
     * @throws dev.conventio.validation.ValidationException if the reference is blank
     * @throws NullPointerException if the reference is null
     */
    public static ConventionReference of(String reference) {
        return builder().reference(reference).build();
    }

    /**
     * Obtains a reference to a convention by its NOR.
     *
     * @param nor  the NOR, not null
     * @return the convention reference, never null
     * @throws NullPointerException if the NOR is null
     */
    public static ConventionReference of(Nor nor) {
        return builder().nor(nor).build();
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector();
        reference().ifPresent(text -> violations.requireNonBlank(text, "reference"));
        title().ifPresent(text -> violations.requireNonBlank(text, "title"));
        if (reference().isEmpty() && nor().isEmpty() && publication().isEmpty()) {
            violations.add(PublicationCodes.LINK_TARGET_UNIDENTIFIED, "", "another convention is named by its"
                    + " reference, its NOR or its publication; none is given");
        }
        violations.throwIfAny();
    }

    /**
     * Returns the convention as its reference, else {@code NOR …}, else its publication, with its
     * date and the avenants that amended it.
     *
     * @return a short description, never null
     */
    @Override
    public String toString() {
        String name = reference().orElseGet(() -> nor().map(n -> "NOR " + n).orElseGet(() -> publication().get()
                .toString()));
        return "convention " + name + (date().isKnown() ? " of " + date() : "")
                + (asAmendedBy().isEmpty() ? "" : " as amended by " + asAmendedBy());
    }

    /**
     * Builds {@link ConventionReference} values; {@code build()} checks the invariants and throws
     * {@link dev.conventio.validation.ValidationException} when one is broken.
     */
    public static final class Builder extends ImmutableConventionReference.Builder {
        Builder() {
        }
    }
}
