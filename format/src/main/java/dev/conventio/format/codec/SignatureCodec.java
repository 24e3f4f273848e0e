package dev.conventio.format.codec;

import dev.conventio.party.Person;
import dev.conventio.signature.Signature;
import java.time.LocalDate;
import java.util.List;

/** Signatures: the object's members declared once. */
final class SignatureCodec {

    private static final Member<Signature, String> PARTY = Member.required(Names.PARTY, Scalars.TEXT, Signature::party);
    private static final Member<Signature, Person> SIGNATORY = Member.required(Names.SIGNATORY, PartyCodecs.PERSON,
            Signature::signatory);
    private static final Member<Signature, String> CAPACITY = Member.required(Names.CAPACITY, Scalars.TEXT,
            Signature::capacity);
    private static final Member<Signature, LocalDate> DATE = Member.optional(Names.DATE, Scalars.DATE, Signature::date);

    static final ObjectCodec<Signature> SIGNATURE = ObjectCodec.of("signature", values -> values.has(DATE)
            ? Signature.of(values.get(PARTY), values.get(SIGNATORY), values.get(CAPACITY), values.get(DATE))
            : Signature.unsigned(values.get(PARTY), values.get(SIGNATORY), values.get(CAPACITY)),
            PARTY, SIGNATORY, CAPACITY, DATE);

    static final ValueCodec<List<Signature>> SIGNATURES = Scalars.list(SIGNATURE);

    private SignatureCodec() {
    }
}
