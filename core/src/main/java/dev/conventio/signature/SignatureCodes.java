package dev.conventio.signature;

import dev.conventio.validation.ViolationCode;
import dev.conventio.validation.ViolationCode.Kind;

/**
 * The violation codes of signatures.
 *
 * <p>Each code's {@linkplain ViolationCode#id() id} is part of the library's contract: it never
 * changes meaning, and a retired id is never reused.
 *
 * @since 0.1
 */
public final class SignatureCodes {

    /** A party signs the same instrument twice. */
    public static final ViolationCode SIGNATURES_DUPLICATE_PARTY = ViolationCode.of(
            "signatures.duplicate-party", Kind.INVARIANT, "a party signs the same instrument more than once");

    private SignatureCodes() {
    }
}
