package dev.conventio.signature;

import dev.conventio.date.DateRange;
import dev.conventio.party.Person;
import dev.conventio.validation.Violations;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A party's signature of an instrument (« Pour la Métropole, la Vice-Présidente Déléguée,
 * Mme Arlette Fructus »).
 * <pre>{@code
 * Signature signed = Signature.of("metropole-amp", Person.of(Civility.MADAME, "Arlette Fructus"),
 *         "La Vice-Présidente Déléguée", LocalDate.of(2020, 2, 3));
 * Signature block = Signature.unsigned("gip-crpv-paca", Person.of(Civility.MONSIEUR, "Mustapha Berra"),
 *         "Le Directeur-Ordonnateur");   // a draft's signature block
 * }</pre>
 *
 * <p>The person who signs may differ from the party's representative: a vice-présidente déléguée
 * may sign for a party represented by its présidente. The date is absent while the instrument is a
 * draft: such a signature block names who will sign, not that they did.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Signature {

    Signature() {
    }

    /**
     * Gets the identifier of the party this signature binds.
     *
     * @return the party's identifier, never null
     */
    public abstract String party();

    /**
     * Gets the person who signs.
     *
     * @return the signatory, never null
     */
    public abstract Person signatory();

    /**
     * Gets the capacity in which the person signs, such as "La Vice-Présidente Déléguée".
     *
     * @return the non-blank capacity, never null
     */
    public abstract String capacity();

    /**
     * Gets the date of the signature.
     *
     * @return the date, empty while the instrument is a draft, never null
     */
    public abstract Optional<LocalDate> date();

    /**
     * Obtains a dated signature.
     *
     * @param party  the identifier of the party, not null
     * @param signatory  the person who signs, not null
     * @param capacity  the capacity in which they sign, not blank, not null
     * @param date  the date of the signature, not null
     * @return the signature, never null
     * @throws dev.conventio.validation.ValidationException if the identifier is malformed or the
     *     capacity blank
     * @throws NullPointerException if an argument is null
     */
    public static Signature of(String party, Person signatory, String capacity, LocalDate date) {
        return ImmutableSignature.builder().party(party).signatory(signatory).capacity(capacity).date(date).build();
    }

    /**
     * Obtains the signature block of a draft: who will sign, not yet dated.
     *
     * @param party  the identifier of the party, not null
     * @param signatory  the person who will sign, not null
     * @param capacity  the capacity in which they will sign, not blank, not null
     * @return the undated signature, never null
     * @throws dev.conventio.validation.ValidationException if the identifier is malformed or the
     *     capacity blank
     * @throws NullPointerException if an argument is null
     */
    public static Signature unsigned(String party, Person signatory, String capacity) {
        return ImmutableSignature.builder().party(party).signatory(signatory).capacity(capacity).build();
    }

    /**
     * Returns a copy of this signature dated on the given day.
     *
     * @param date  the date of the signature, not null
     * @return the dated signature, never null
     */
    public abstract Signature withDate(LocalDate date);

    /**
     * Tells whether the signature is dated, that is, given.
     *
     * @return true if dated
     */
    public boolean isSigned() {
        return date().isPresent();
    }

    /**
     * Gets the date on which every given party has signed: the last of their signature dates.
     *
     * @param signatures  the signatures of an instrument, not null
     * @param parties  the identifiers of the parties that must sign, not null
     * @return the last signature date, empty if a party has no dated signature or no party is given,
     *     never null
     * @throws NullPointerException if an argument is null
     */
    public static Optional<LocalDate> signedByAllOn(Collection<Signature> signatures, Collection<String> parties) {
        if (parties.isEmpty()) {
            return Optional.empty();
        }
        Set<String> missing = new HashSet<>(parties);
        LocalDate last = null;
        for (Signature signature : signatures) {
            if (signature.date().isPresent() && missing.remove(signature.party())) {
                LocalDate date = signature.date().get();
                last = last == null || date.isAfter(last) ? date : last;
            }
        }
        return missing.isEmpty() ? Optional.ofNullable(last) : Optional.empty();
    }

    @Value.Check
    void check() {
        Violations violations = Violations.collector().requireIdentifier(party(), "party")
                .requireNonBlank(capacity(), "capacity");
        date().ifPresent(day -> DateRange.check(day, "date", violations));
        violations.throwIfAny();
    }
}
