package dev.conventio.format.codec;

import dev.conventio.amendment.Amendment;
import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.amendment.KnownFrom;
import dev.conventio.amendment.UnrecordedAmendment;
import dev.conventio.change.Change;
import dev.conventio.convention.Article;
import dev.conventio.date.PartialDate;
import dev.conventio.decision.Authorisation;
import dev.conventio.decision.Opinion;
import dev.conventio.party.Party;
import dev.conventio.party.Representation;
import dev.conventio.publication.ConventionLink;
import dev.conventio.publication.Publication;
import dev.conventio.signature.Signature;
import dev.conventio.term.Term;
import java.util.List;

/** Amendment records, recorded and unrecorded: each object's members declared once. */
final class AmendmentCodecs {

    private static final Member<Amendment, Integer> NUMBER = Member.required(Names.NUMBER, Scalars.INTEGER,
            Amendment::number);
    private static final Member<Amendment, String> TITLE = Member.optional(Names.TITLE, Scalars.TEXT, Amendment::title);
    private static final Member<Amendment, List<String>> PREAMBLE = Member.required(Names.PREAMBLE, Scalars.TEXTS,
            Amendment::preamble);
    private static final Member<Amendment, List<Article>> ARTICLES = Member.required(Names.ARTICLES,
            WorkCodecs.ARTICLES, Amendment::articles);
    private static final Member<Amendment, Term> TERM = Member.required(Names.TERM, TermCodecs.TERM, Amendment::term);
    private static final Member<Amendment, List<Signature>> SIGNATURES = Member.required(Names.SIGNATURES,
            SignatureCodec.SIGNATURES, Amendment::signatures);
    private static final Member<KnownFrom, String> SOURCE = Member.required(Names.SOURCE, Scalars.TEXT,
            KnownFrom::source);
    private static final Member<KnownFrom, PartialDate> SIGNED_ON = Member.required(Names.SIGNED_ON,
            IdentityScalars.PARTIAL_DATE, KnownFrom::signedOn);
    static final ObjectCodec<KnownFrom> KNOWN_FROM_VALUE = ObjectCodec.of("knownFrom", values -> KnownFrom.of(
            values.get(SOURCE), values.get(SIGNED_ON)), SOURCE, SIGNED_ON);
    private static final Member<Amendment, KnownFrom> KNOWN_FROM = Member.optional(Names.KNOWN_FROM,
            KNOWN_FROM_VALUE, Amendment::knownFrom).since(2);
    private static final Member<Amendment, List<Party>> PARTICIPANTS = Member.list(Names.PARTICIPANTS,
            Scalars.list(PartyCodecs.PARTY), Amendment::participants).since(2);
    private static final Member<Amendment, List<Representation>> REPRESENTATIONS = Member.list(
            Names.REPRESENTATIONS, PresenceCodecs.REPRESENTATIONS, Amendment::representations).since(2);
    private static final Member<Amendment, List<Authorisation>> AUTHORISATIONS = Member.list(Names.AUTHORISATIONS,
            PresenceCodecs.AUTHORISATIONS, Amendment::authorisations).since(2);
    private static final Member<Amendment, List<Opinion>> OPINIONS = Member.list(Names.OPINIONS,
            PresenceCodecs.OPINIONS, Amendment::opinions).since(2);
    private static final Member<Amendment, List<Publication>> PUBLICATIONS = Member.list(Names.PUBLICATIONS,
            PublicationCodecs.PUBLICATIONS, Amendment::publications).since(2);
    private static final Member<Amendment, List<ConventionLink>> LINKS = Member.list(Names.LINKS,
            PublicationCodecs.LINKS, Amendment::links).since(2);
    private static final Member<Amendment, List<Change>> CHANGES = Member.required(Names.CHANGES,
            Scalars.list(ChangeKinds.CHANGE), Amendment::changes);

    static final ObjectCodec<Amendment> AMENDMENT = ObjectCodec.of("amendment", values -> Amendment.builder()
            .number(values.get(NUMBER))
            .title(values.optional(TITLE))
            .preamble(values.get(PREAMBLE))
            .articles(values.get(ARTICLES))
            .term(values.get(TERM))
            .participants(values.list(PARTICIPANTS))
            .representations(values.list(REPRESENTATIONS))
            .authorisations(values.list(AUTHORISATIONS))
            .opinions(values.list(OPINIONS))
            .signatures(values.get(SIGNATURES))
            .knownFrom(values.optional(KNOWN_FROM))
            .publications(values.list(PUBLICATIONS))
            .links(values.list(LINKS))
            .changes(values.get(CHANGES))
            .build(), NUMBER, TITLE, PREAMBLE, ARTICLES, TERM, PARTICIPANTS, REPRESENTATIONS, AUTHORISATIONS, OPINIONS,
            SIGNATURES, KNOWN_FROM, PUBLICATIONS, LINKS, CHANGES);

    private static final Member<UnrecordedAmendment, Integer> UNRECORDED_NUMBER = Member.required(Names.NUMBER,
            Scalars.INTEGER, UnrecordedAmendment::number);
    private static final Member<UnrecordedAmendment, String> NOTE = Member.optional(Names.NOTE, Scalars.TEXT,
            UnrecordedAmendment::note);

    static final ObjectCodec<UnrecordedAmendment> UNRECORDED = ObjectCodec.of("unrecorded-amendment", values ->
            values.has(NOTE) ? UnrecordedAmendment.of(values.get(UNRECORDED_NUMBER), values.get(NOTE))
                    : UnrecordedAmendment.of(values.get(UNRECORDED_NUMBER)), UNRECORDED_NUMBER, NOTE);

    /** An amendment record: {@code "type": "amendment"} or {@code "unrecorded-amendment"}. */
    static final UnionCodec<AmendmentRecord> RECORD = UnionCodec.byClass("amendmentRecord", List.of(
            UnionCodec.variant("amendment", Amendment.class, AMENDMENT),
            UnionCodec.variant("unrecorded-amendment", UnrecordedAmendment.class, UNRECORDED)),
            type -> "'" + type + "' is not one of amendment, unrecorded-amendment");

    static final ValueCodec<List<AmendmentRecord>> RECORDS = Scalars.list(RECORD);

    private AmendmentCodecs() {
    }
}
