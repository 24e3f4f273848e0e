package dev.conventio.decision;

import dev.conventio.validation.ViolationCode;
import dev.conventio.validation.ViolationCode.Kind;

/**
 * The violation codes of authorisations and opinions: the order of signatures, decisions and
 * opinions within one instrument.
 *
 * <p>Each code's {@linkplain ViolationCode#id() id} is part of the library's contract: it never
 * changes meaning, and a retired id is never reused.
 *
 * @since 0.1
 */
public final class DecisionCodes {

    /** A party signs an instrument before the decision that authorises it to sign. */
    public static final ViolationCode SIGNATURE_BEFORE_AUTHORISATION = ViolationCode.of(
            "signature.before-authorisation", Kind.INVARIANT,
            "a party signs before the decision that authorises it");

    /** An instrument is signed before an opinion it requires. */
    public static final ViolationCode SIGNATURE_BEFORE_OPINION = ViolationCode.of(
            "signature.before-opinion", Kind.INVARIANT, "an instrument is signed before an opinion it requires");

    /** An authorisation is for a party that is not a party of the instrument. */
    public static final ViolationCode AUTHORISATION_PARTY_UNKNOWN = ViolationCode.of(
            "authorisation.party.unknown", Kind.INVARIANT,
            "an authorisation is for a body that is not a party");

    private DecisionCodes() {
    }
}
