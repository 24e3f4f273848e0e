package dev.conventio.party;

import dev.conventio.validation.Violations;
import java.util.List;
import org.immutables.value.Value;

/**
 * Who represents one party in one instrument: one representative or several at once (« l'État,
 * représenté par le Premier ministre et par la ministre chargée des transports »).
 * <pre>{@code
 * Representation etat = Representation.of("etat",
 *         Representative.office("le Premier ministre"), Representative.office("la ministre chargée des transports"));
 * }</pre>
 *
 * <p>Each instrument — the convention and each avenant — states its own: the representatives change
 * with governments and presidents while the party stays. A representation names a party of the
 * instrument or one of its participants.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Representation {

    Representation() {
    }

    /**
     * Gets the identifier of the party (or participant) represented.
     *
     * @return the identifier, never null
     */
    public abstract String party();

    /**
     * Gets the representatives, at least one, in the order the instrument names them.
     *
     * @return the representatives, never empty, never null, unmodifiable
     */
    public abstract List<Representative> representatives();

    /**
     * Obtains a representation.
     *
     * @param party  the identifier of the party, not null
     * @param first  the first representative, not null
     * @param others  the other representatives, not null
     * @return the representation, never null
     * @throws dev.conventio.validation.ValidationException if the identifier is malformed
     * @throws NullPointerException if an argument is null
     */
    public static Representation of(String party, Representative first, Representative... others) {
        return ImmutableRepresentation.builder().party(party).addRepresentatives(first).addRepresentatives(others)
                .build();
    }

    /**
     * Obtains a representation.
     *
     * @param party  the identifier of the party, not null
     * @param representatives  the representatives, at least one, not null
     * @return the representation, never null
     * @throws dev.conventio.validation.ValidationException if the identifier is malformed or the list empty
     * @throws NullPointerException if an argument or a representative is null
     */
    public static Representation of(String party, List<Representative> representatives) {
        return ImmutableRepresentation.builder().party(party).representatives(representatives).build();
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector().requireIdentifier(party(), "party");
        if (representatives().isEmpty()) {
            violations.add(PartyCodes.REPRESENTATION_EMPTY, "representatives",
                    "the representation of '" + party() + "' names no representative");
        }
        violations.throwIfAny();
    }
}
