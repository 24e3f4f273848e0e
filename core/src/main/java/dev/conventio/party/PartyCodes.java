package dev.conventio.party;

import dev.conventio.validation.ViolationCode;
import dev.conventio.validation.ViolationCode.Kind;

/**
 * The violation codes of parties and their identifiers.
 *
 * <p>Each code's {@linkplain ViolationCode#id() id} is part of the library's contract: it never
 * changes meaning, and a retired id is never reused.
 *
 * @since 0.1
 */
public final class PartyCodes {

    /** A SIREN is not nine digits. */
    public static final ViolationCode SIREN_MALFORMED = ViolationCode.of(
            "siren.malformed", Kind.INVARIANT, "a SIREN is not nine digits");

    /** A SIREN fails its Luhn checksum. */
    public static final ViolationCode SIREN_CHECKSUM = ViolationCode.of(
            "siren.checksum", Kind.INVARIANT, "a SIREN fails its Luhn checksum");

    /** A SIRET is not fourteen digits. */
    public static final ViolationCode SIRET_MALFORMED = ViolationCode.of(
            "siret.malformed", Kind.INVARIANT, "a SIRET is not fourteen digits");

    /** A SIRET fails its Luhn checksum (or, for La Poste, its digit-sum rule). */
    public static final ViolationCode SIRET_CHECKSUM = ViolationCode.of(
            "siret.checksum", Kind.INVARIANT,
            "a SIRET fails its Luhn checksum (La Poste: its digit sum is not a multiple of 5)");

    /** A party's SIRET does not start with the party's SIREN. */
    public static final ViolationCode PARTY_SIRET_SIREN_MISMATCH = ViolationCode.of(
            "party.siret.siren-mismatch", Kind.INVARIANT, "a party's SIRET does not start with its SIREN");

    private PartyCodes() {
    }
}
