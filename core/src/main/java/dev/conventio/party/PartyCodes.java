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

    /** An RNA number is not W and nine digits. */
    public static final ViolationCode RNA_MALFORMED = ViolationCode.of(
            "rna.malformed", Kind.INVARIANT, "an RNA number is not W and nine digits");

    /** A legal form's code is not lower-case letters, digits and single inner hyphens. */
    public static final ViolationCode LEGAL_FORM_MALFORMED = ViolationCode.of(
            "legal-form.malformed", Kind.INVARIANT,
            "a legal form's code is not 1 to 64 lower-case letters, digits and single inner hyphens");

    /** A role's code is not lower-case letters, digits and single inner hyphens. */
    public static final ViolationCode ROLE_MALFORMED = ViolationCode.of(
            "role.malformed", Kind.INVARIANT,
            "a role's code is not 1 to 64 lower-case letters, digits and single inner hyphens");

    /** A party or a group lists the same role twice. */
    public static final ViolationCode ROLES_DUPLICATE = ViolationCode.of(
            "roles.duplicate", Kind.INVARIANT, "a party or a group lists the same role twice");

    /** A representation names no representative. */
    public static final ViolationCode REPRESENTATION_EMPTY = ViolationCode.of(
            "representation.empty", Kind.INVARIANT, "a representation names no representative");

    /** An instrument states the representation of one party twice. */
    public static final ViolationCode REPRESENTATION_DUPLICATE = ViolationCode.of(
            "representation.duplicate", Kind.INVARIANT,
            "an instrument states the representation of one party twice");

    /** A representation is for a body that is neither a party nor a participant of the instrument. */
    public static final ViolationCode REPRESENTATION_PARTY_UNKNOWN = ViolationCode.of(
            "representation.party.unknown", Kind.INVARIANT,
            "a representation is for a body that is neither a party nor a participant");

    /** Two parties share a SIREN without being distinct establishments with distinct SIRETs. */
    public static final ViolationCode PARTIES_SIREN_DUPLICATE = ViolationCode.of(
            "parties.siren.duplicate", Kind.INVARIANT,
            "two parties share a SIREN without being establishments with distinct SIRETs");

    /** A participant (« en présence de ») has the identifier of a party or of another participant. */
    public static final ViolationCode PARTICIPANT_ID_TAKEN = ViolationCode.of(
            "participant.id.taken", Kind.INVARIANT,
            "a participant has the identifier of a party or of another participant");

    /** A group has fewer than two distinct members, or names one twice. */
    public static final ViolationCode GROUP_MEMBERS_INVALID = ViolationCode.of(
            "group.members.invalid", Kind.INVARIANT, "a group has fewer than two distinct members, or names one twice");

    /** A group's member is not a party of the convention. */
    public static final ViolationCode GROUP_MEMBER_UNKNOWN = ViolationCode.of(
            "group.member.unknown", Kind.INVARIANT, "a group's member is not a party of the convention");

    /** A group has the identifier of a party, a participant or another group. */
    public static final ViolationCode GROUP_ID_TAKEN = ViolationCode.of(
            "group.id.taken", Kind.INVARIANT, "a group has the identifier of a party, a participant or another group");

    private PartyCodes() {
    }
}
