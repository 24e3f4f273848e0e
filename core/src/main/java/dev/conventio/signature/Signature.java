package dev.conventio.signature;

import dev.conventio.date.PartialDate;
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
 * Signature office = Signature.byOffice("etat", "Le Premier ministre", PartialDate.parse("2011"));
 * office.isSigned();                     // true: signed in 2011
 * office.date();                         // Optional.empty(): the day is not known
 * }</pre>
 *
 * <p>The person who signs may differ from the party's representative: a vice-présidente déléguée
 * may sign for a party represented by its présidente. A signature may be given by office only (no
 * person named), and by delegation ({@link Delegation}).
 *
 * <p>When it was signed is a {@link PartialDate}: known to the day, the month, the year, or not at
 * all (signed, on a day the document does not give). A draft's signature block has no date at all:
 * it names who will sign, not that they did. {@link #signedOn()} tells one from the other;
 * {@link #date()} gives the day, only when it is known.
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
     * Gets the person who signs, when the document names them.
     *
     * @return the signatory, empty for a signature by office only, never null
     */
    public abstract Optional<Person> signatory();

    /**
     * Gets the capacity in which the person signs, such as "La Vice-Présidente Déléguée" or "Le
     * Premier ministre".
     *
     * @return the non-blank capacity, never null
     */
    public abstract String capacity();

    /**
     * Gets when the signature was given, as far as the document says.
     *
     * @return the date, possibly {@linkplain PartialDate#unknown() unknown} when the instrument is
     *     known to be signed on a day not given; empty while the instrument is a draft, never null
     */
    public abstract Optional<PartialDate> signedOn();

    /**
     * Gets the delegation under which the signatory signs (« pour le ministre et par délégation »).
     *
     * @return the delegation, empty when the signatory signs in their own right, never null
     */
    public abstract Optional<Delegation> delegation();

    /**
     * Gets the day of the signature, when the document gives it.
     *
     * @return the day, present only for a signature dated to the day, never null
     */
    public Optional<LocalDate> date() {
        return signedOn().flatMap(PartialDate::date);
    }

    /**
     * Obtains a builder of signatures. {@code party} and {@code capacity} are required.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a signature dated to the day.
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
        return of(party, signatory, capacity, PartialDate.of(date));
    }

    /**
     * Obtains a given signature, dated as far as the document says.
     *
     * @param party  the identifier of the party, not null
     * @param signatory  the person who signs, not null
     * @param capacity  the capacity in which they sign, not blank, not null
     * @param signedOn  when it was signed, possibly unknown, not null
     * @return the signature, never null
     * @throws dev.conventio.validation.ValidationException if the identifier is malformed or the
     *     capacity blank
     * @throws NullPointerException if an argument is null
     */
    public static Signature of(String party, Person signatory, String capacity, PartialDate signedOn) {
        return builder().party(party).signatory(signatory).capacity(capacity).signedOn(signedOn).build();
    }

    /**
     * Obtains a given signature by office only, no person named (« Le Premier ministre »).
     *
     * @param party  the identifier of the party, not null
     * @param capacity  the office that signs, not blank, not null
     * @param signedOn  when it was signed, possibly unknown, not null
     * @return the signature, never null
     * @throws dev.conventio.validation.ValidationException if the identifier is malformed or the
     *     capacity blank
     * @throws NullPointerException if an argument is null
     */
    public static Signature byOffice(String party, String capacity, PartialDate signedOn) {
        return builder().party(party).capacity(capacity).signedOn(signedOn).build();
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
        return builder().party(party).signatory(signatory).capacity(capacity).build();
    }

    /**
     * Returns a copy of this signature given on a date, as far as it is known.
     *
     * @param signedOn  when it was signed, not null
     * @return the given signature, never null
     */
    public abstract Signature withSignedOn(PartialDate signedOn);

    /**
     * Returns a copy of this signature dated on the given day.
     *
     * @param date  the date of the signature, not null
     * @return the dated signature, never null
     * @throws NullPointerException if the date is null
     */
    public Signature withDate(LocalDate date) {
        return withSignedOn(PartialDate.of(date));
    }

    /**
     * Tells whether the signature is given: dated, even if only in part or not at all
     * ({@link PartialDate#unknown()}). A draft's signature block is not.
     *
     * @return true if given
     */
    public boolean isSigned() {
        return signedOn().isPresent();
    }

    /**
     * Gets the date on which every given party has signed: the last of their signature days.
     *
     * @param signatures  the signatures of an instrument, not null
     * @param parties  the identifiers of the parties that must sign, not null
     * @return the last signature day, empty if a party has no signature dated to the day or no party
     *     is given, never null
     * @throws NullPointerException if an argument is null
     */
    public static Optional<LocalDate> signedByAllOn(Collection<Signature> signatures, Collection<String> parties) {
        if (parties.isEmpty()) {
            return Optional.empty();
        }
        Set<String> missing = new HashSet<>(parties);
        LocalDate last = null;
        for (Signature signature : signatures) {
            Optional<LocalDate> day = signature.date();
            if (day.isPresent() && missing.remove(signature.party())) {
                LocalDate date = day.get();
                last = last == null || date.isAfter(last) ? date : last;
            }
        }
        return missing.isEmpty() ? Optional.ofNullable(last) : Optional.empty();
    }

    @Value.Check
    void check() {
        // No range check of the day: a PartialDate holds only days of the years 0000 to 9999.
        Violations.collector().requireIdentifier(party(), "party").requireNonBlank(capacity(), "capacity")
                .throwIfAny();
    }

    /**
     * Builds {@link Signature} values; {@code build()} checks the invariants and throws
     * {@link dev.conventio.validation.ValidationException} when one is broken, or
     * {@link IllegalStateException} when a required attribute was not set.
     */
    public static final class Builder extends ImmutableSignature.Builder {
        Builder() {
        }
    }
}
