package dev.conventio.format.codec;

import dev.conventio.party.Civility;
import dev.conventio.party.Mandate;
import dev.conventio.party.Party;
import dev.conventio.party.PartyKind;
import dev.conventio.party.Person;
import dev.conventio.party.Representative;
import dev.conventio.party.Siren;
import dev.conventio.party.Siret;
import java.time.LocalDate;

/** Parties, their representatives and mandates, and persons: each object's members declared once. */
final class PartyCodecs {

    private static final Member<Person, Civility> CIVILITY = Member.optional(Names.CIVILITY, Constants.CIVILITIES,
            Person::civility);
    private static final Member<Person, String> FULL_NAME = Member.required(Names.FULL_NAME, Scalars.TEXT,
            Person::fullName);

    static final ObjectCodec<Person> PERSON = ObjectCodec.of("person", values -> values.has(CIVILITY)
            ? Person.of(values.get(CIVILITY), values.get(FULL_NAME)) : Person.of(values.get(FULL_NAME)),
            CIVILITY, FULL_NAME);

    private static final Member<Representative, Person> PERSON_MEMBER = Member.required(Names.PERSON, PERSON,
            Representative::person);
    private static final Member<Representative, String> TITLE = Member.required(Names.TITLE, Scalars.TEXT,
            Representative::title);
    private static final Member<Representative, Boolean> OR_DELEGATE = Member.required(Names.OR_DELEGATE,
            Scalars.BOOLEAN, Representative::orDelegate);

    static final ObjectCodec<Representative> REPRESENTATIVE = ObjectCodec.of("representative", values ->
            values.get(OR_DELEGATE) ? Representative.orDelegate(values.get(PERSON_MEMBER), values.get(TITLE))
                    : Representative.of(values.get(PERSON_MEMBER), values.get(TITLE)),
            PERSON_MEMBER, TITLE, OR_DELEGATE);

    private static final Member<Mandate, String> DECIDING_BODY = Member.required(Names.DECIDING_BODY, Scalars.TEXT,
            Mandate::decidingBody);
    private static final Member<Mandate, String> DELIBERATION_NUMBER = Member.optional(Names.DELIBERATION_NUMBER,
            Scalars.TEXT, Mandate::deliberationNumber);
    private static final Member<Mandate, LocalDate> DATE = Member.required(Names.DATE, Scalars.DATE, Mandate::date);

    static final ObjectCodec<Mandate> MANDATE = ObjectCodec.of("mandate", values -> values.has(DELIBERATION_NUMBER)
            ? Mandate.of(values.get(DECIDING_BODY), values.get(DELIBERATION_NUMBER), values.get(DATE))
            : Mandate.withUnknownNumber(values.get(DECIDING_BODY), values.get(DATE)),
            DECIDING_BODY, DELIBERATION_NUMBER, DATE);

    private static final Member<Party, String> ID = Member.required(Names.ID, Scalars.TEXT, Party::id);
    private static final Member<Party, String> NAME = Member.required(Names.NAME, Scalars.TEXT, Party::name);
    private static final Member<Party, PartyKind> KIND = Member.required(Names.KIND, Constants.PARTY_KINDS, Party::kind);
    private static final Member<Party, Siren> SIREN = Member.optional(Names.SIREN, Scalars.SIREN, Party::siren);
    private static final Member<Party, Siret> SIRET = Member.optional(Names.SIRET, Scalars.SIRET, Party::siret);
    private static final Member<Party, Representative> REPRESENTATIVE_MEMBER = Member.optional(Names.REPRESENTATIVE,
            REPRESENTATIVE, Party::representative);
    private static final Member<Party, Mandate> MANDATE_MEMBER = Member.optional(Names.MANDATE, MANDATE,
            Party::mandate);

    static final ObjectCodec<Party> PARTY = ObjectCodec.of("party", values -> Party.builder()
            .id(values.get(ID))
            .name(values.get(NAME))
            .kind(values.get(KIND))
            .siren(values.optional(SIREN))
            .siret(values.optional(SIRET))
            .representative(values.optional(REPRESENTATIVE_MEMBER))
            .mandate(values.optional(MANDATE_MEMBER))
            .build(), ID, NAME, KIND, SIREN, SIRET, REPRESENTATIVE_MEMBER, MANDATE_MEMBER);

    private PartyCodecs() {
    }
}
