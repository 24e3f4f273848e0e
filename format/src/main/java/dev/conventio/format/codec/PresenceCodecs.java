package dev.conventio.format.codec;

import dev.conventio.date.PartialDate;
import dev.conventio.decision.Authorisation;
import dev.conventio.decision.Decision;
import dev.conventio.decision.Opinion;
import dev.conventio.decision.Verdict;
import dev.conventio.party.PartyGroup;
import dev.conventio.party.Representation;
import dev.conventio.party.Representative;
import dev.conventio.party.Role;
import dev.conventio.signature.Delegation;
import java.util.List;

/**
 * Who is there and by what decision, from version 2 on: acts (deliberations, arrêtés, board
 * decisions), authorisations, opinions, representations, groups of parties and delegations of
 * signature. Each object's members declared once.
 */
final class PresenceCodecs {

    private static final Member<Decision, Decision.Kind> ACT_KIND = Member.required(Names.KIND,
            Constants.DECISION_KINDS, Decision::kind);
    private static final Member<Decision, String> ACT_BODY = Member.required(Names.BODY, Scalars.TEXT, Decision::body);
    private static final Member<Decision, String> ACT_NUMBER = Member.optional(Names.NUMBER, Scalars.TEXT,
            Decision::number);
    private static final Member<Decision, PartialDate> ACT_DATE = Member.required(Names.DATE,
            IdentityScalars.PARTIAL_DATE, Decision::date);
    private static final Member<Decision, String> ACT_TITLE = Member.optional(Names.TITLE, Scalars.TEXT,
            Decision::title);

    /** A decision of a body: a deliberation, an arrêté, a board decision. */
    static final ObjectCodec<Decision> ACT = ObjectCodec.of("act", values -> Decision.builder()
            .kind(values.get(ACT_KIND)).body(values.get(ACT_BODY)).number(values.optional(ACT_NUMBER))
            .date(values.get(ACT_DATE)).title(values.optional(ACT_TITLE)).build(),
            ACT_KIND, ACT_BODY, ACT_NUMBER, ACT_DATE, ACT_TITLE);

    private static final Member<Authorisation, String> AUTHORISED = Member.required(Names.PARTY, Scalars.TEXT,
            Authorisation::party);
    private static final Member<Authorisation, Decision> AUTHORISING = Member.required(Names.ACT, ACT,
            Authorisation::decision);

    static final ObjectCodec<Authorisation> AUTHORISATION = ObjectCodec.of("authorisation", values ->
            Authorisation.of(values.get(AUTHORISED), values.get(AUTHORISING)), AUTHORISED, AUTHORISING);

    private static final Member<Opinion, String> OPINION_BODY = Member.required(Names.BODY, Scalars.TEXT,
            Opinion::body);
    private static final Member<Opinion, PartialDate> OPINION_DATE = Member.required(Names.DATE,
            IdentityScalars.PARTIAL_DATE, Opinion::date);
    private static final Member<Opinion, Verdict> VERDICT = Member.required(Names.VERDICT, Constants.VERDICTS,
            Opinion::verdict);

    static final ObjectCodec<Opinion> OPINION = ObjectCodec.of("opinion", values -> Opinion.of(
            values.get(OPINION_BODY), values.get(OPINION_DATE), values.get(VERDICT)), OPINION_BODY, OPINION_DATE, VERDICT);

    private static final Member<Representation, String> REPRESENTED = Member.required(Names.PARTY, Scalars.TEXT,
            Representation::party);
    private static final Member<Representation, List<Representative>> REPRESENTATIVES = Member.required(
            Names.REPRESENTATIVES, Scalars.list(PartyCodecs.REPRESENTATIVE), Representation::representatives);

    static final ObjectCodec<Representation> REPRESENTATION = ObjectCodec.of("representation", values ->
            Representation.of(values.get(REPRESENTED), values.get(REPRESENTATIVES)), REPRESENTED, REPRESENTATIVES);

    private static final Member<PartyGroup, String> GROUP_ID = Member.required(Names.ID, Scalars.TEXT, PartyGroup::id);
    private static final Member<PartyGroup, String> GROUP_NAME = Member.required(Names.NAME, Scalars.TEXT,
            PartyGroup::name);
    private static final Member<PartyGroup, List<String>> GROUP_MEMBERS = Member.required(Names.MEMBERS,
            Scalars.TEXTS, PartyGroup::members);
    private static final Member<PartyGroup, List<Role>> GROUP_ROLES = Member.list(Names.ROLES,
            Scalars.list(IdentityScalars.ROLE), PartyGroup::roles);

    static final ObjectCodec<PartyGroup> GROUP = ObjectCodec.of("group", values -> PartyGroup.builder()
            .id(values.get(GROUP_ID)).name(values.get(GROUP_NAME)).members(values.get(GROUP_MEMBERS))
            .roles(values.list(GROUP_ROLES)).build(), GROUP_ID, GROUP_NAME, GROUP_MEMBERS, GROUP_ROLES);

    private static final Member<Delegation, String> ON_BEHALF_OF = Member.required(Names.ON_BEHALF_OF, Scalars.TEXT,
            Delegation::onBehalfOf);
    private static final Member<Delegation, Decision> DELEGATION_ACT = Member.optional(Names.ACT, ACT,
            Delegation::act);

    static final ObjectCodec<Delegation> DELEGATION = ObjectCodec.of("delegation", values -> values.has(DELEGATION_ACT)
            ? Delegation.of(values.get(ON_BEHALF_OF), values.get(DELEGATION_ACT))
            : Delegation.of(values.get(ON_BEHALF_OF)), ON_BEHALF_OF, DELEGATION_ACT);

    static final ValueCodec<List<Authorisation>> AUTHORISATIONS = Scalars.list(AUTHORISATION);
    static final ValueCodec<List<Opinion>> OPINIONS = Scalars.list(OPINION);
    static final ValueCodec<List<Representation>> REPRESENTATIONS = Scalars.list(REPRESENTATION);

    private PresenceCodecs() {
    }
}
