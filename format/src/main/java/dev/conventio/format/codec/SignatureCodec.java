package dev.conventio.format.codec;

import dev.conventio.date.PartialDate;
import dev.conventio.party.Person;
import dev.conventio.signature.Delegation;
import dev.conventio.signature.Signature;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Signatures: the object's members declared once. Version 1 names every signatory and dates a
 * signature to the day; version 2 lets an office alone sign, dates a signature as far as it is known
 * (a partial date, {@code unknown} for a signature whose day is not given) and records a delegation.
 */
final class SignatureCodec {

    private static final Member<Signature, String> PARTY = Member.required(Names.PARTY, Scalars.TEXT, Signature::party);
    private static final Member<Signature, Person> SIGNATORY_V1 = Member.required(Names.SIGNATORY, PartyCodecs.PERSON,
            (Signature s) -> s.signatory().orElseThrow(() -> new IllegalArgumentException("a signature by office only ("
                    + s.capacity() + ") is not in format version 1; write version 2"))).until(1);
    private static final Member<Signature, Person> SIGNATORY = Member.optional(Names.SIGNATORY, PartyCodecs.PERSON,
            Signature::signatory).since(2);
    private static final Member<Signature, String> CAPACITY = Member.required(Names.CAPACITY, Scalars.TEXT,
            Signature::capacity);
    private static final Member<Signature, Delegation> DELEGATION = Member.optional(Names.DELEGATION,
            PresenceCodecs.DELEGATION, Signature::delegation).since(2);
    private static final Member<Signature, LocalDate> DATE_V1 = Member.optional(Names.DATE, Scalars.DATE,
            SignatureCodec::day).until(1);
    private static final Member<Signature, PartialDate> DATE = Member.optional(Names.DATE,
            IdentityScalars.PARTIAL_DATE, Signature::signedOn).since(2);

    static final ObjectCodec<Signature> SIGNATURE = ObjectCodec.of("signature", values -> Signature.builder()
            .party(values.get(PARTY))
            .signatory(Optional.ofNullable(values.has(SIGNATORY_V1) ? values.get(SIGNATORY_V1) : values.get(SIGNATORY)))
            .capacity(values.get(CAPACITY))
            .delegation(values.optional(DELEGATION))
            .signedOn(values.has(DATE_V1) ? Optional.of(PartialDate.of(values.get(DATE_V1))) : values.optional(DATE))
            .build(),
            PARTY, SIGNATORY_V1, SIGNATORY, CAPACITY, DELEGATION, DATE_V1, DATE);

    static final ValueCodec<List<Signature>> SIGNATURES = Scalars.list(SIGNATURE);

    private SignatureCodec() {
    }

    /** The day of a signature, for version 1, which has no date known in part. */
    private static Optional<LocalDate> day(Signature signature) {
        if (signature.signedOn().isPresent() && signature.date().isEmpty()) {
            throw new IllegalArgumentException("a signature dated " + signature.signedOn().get()
                    + " is not in format version 1, which dates signatures to the day; write version 2");
        }
        return signature.date();
    }
}
