package dev.conventio.format.codec;

import dev.conventio.date.PartialDate;
import dev.conventio.publication.AmendmentReference;
import dev.conventio.publication.Bulletin;
import dev.conventio.publication.Citation;
import dev.conventio.publication.ConventionLink;
import dev.conventio.publication.ConventionReference;
import dev.conventio.publication.JournalOfficiel;
import dev.conventio.publication.LegalBasisCitation;
import dev.conventio.publication.Nor;
import dev.conventio.publication.OtherPublication;
import dev.conventio.publication.Publication;
import dev.conventio.publication.WebPublication;
import java.util.List;

/**
 * Publications, citations of legal texts and links to other conventions, from version 2 on: each
 * object's members declared once.
 */
final class PublicationCodecs {

    private static final Member<JournalOfficiel, String> ISSUE = Member.optional(Names.ISSUE_NUMBER, Scalars.TEXT,
            JournalOfficiel::issueNumber);
    private static final Member<JournalOfficiel, PartialDate> JO_DATE = Member.optional(Names.DATE,
            IdentityScalars.PARTIAL_DATE, jo -> known(jo.date()));
    private static final Member<JournalOfficiel, Integer> TEXT_NUMBER = Member.optional(Names.TEXT_NUMBER,
            Scalars.INTEGER, JournalOfficiel::textNumber);
    private static final Member<JournalOfficiel, Integer> JO_PAGE = Member.optional(Names.PAGE, Scalars.INTEGER,
            JournalOfficiel::page);
    private static final Member<JournalOfficiel, Nor> JO_NOR = Member.optional(Names.NOR, IdentityScalars.NOR,
            JournalOfficiel::nor);
    private static final Member<JournalOfficiel, String> ELI = Member.optional(Names.ELI, Scalars.TEXT,
            JournalOfficiel::eli);
    private static final Member<JournalOfficiel, String> LEGIFRANCE_ID = Member.optional(Names.LEGIFRANCE_ID,
            Scalars.TEXT, JournalOfficiel::legifranceId);

    private static final ObjectCodec<JournalOfficiel> JOURNAL_OFFICIEL = ObjectCodec.of(
            "publication.journal-officiel", values -> JournalOfficiel.builder().issueNumber(values.optional(ISSUE))
                    .date(values.optional(JO_DATE).orElse(PartialDate.unknown()))
                    .textNumber(values.optional(TEXT_NUMBER)).page(values.optional(JO_PAGE))
                    .nor(values.optional(JO_NOR)).eli(values.optional(ELI))
                    .legifranceId(values.optional(LEGIFRANCE_ID)).build(),
            ISSUE, JO_DATE, TEXT_NUMBER, JO_PAGE, JO_NOR, ELI, LEGIFRANCE_ID);

    private static final Member<Bulletin, Bulletin.Kind> BULLETIN_KIND = Member.required(Names.KIND,
            Constants.BULLETIN_KINDS, Bulletin::kind);
    private static final Member<Bulletin, String> BULLETIN_NAME = Member.required(Names.NAME, Scalars.TEXT,
            Bulletin::name);
    private static final Member<Bulletin, String> BULLETIN_NUMBER = Member.optional(Names.NUMBER, Scalars.TEXT,
            Bulletin::number);
    private static final Member<Bulletin, PartialDate> BULLETIN_DATE = Member.optional(Names.DATE,
            IdentityScalars.PARTIAL_DATE, bulletin -> known(bulletin.date()));
    private static final Member<Bulletin, Integer> BULLETIN_PAGE = Member.optional(Names.PAGE, Scalars.INTEGER,
            Bulletin::page);

    private static final ObjectCodec<Bulletin> BULLETIN = ObjectCodec.of("publication.bulletin", values ->
            Bulletin.builder().kind(values.get(BULLETIN_KIND)).name(values.get(BULLETIN_NAME))
                    .number(values.optional(BULLETIN_NUMBER))
                    .date(values.optional(BULLETIN_DATE).orElse(PartialDate.unknown()))
                    .page(values.optional(BULLETIN_PAGE)).build(),
            BULLETIN_KIND, BULLETIN_NAME, BULLETIN_NUMBER, BULLETIN_DATE, BULLETIN_PAGE);

    private static final Member<WebPublication, String> ADDRESS = Member.required(Names.ADDRESS, Scalars.TEXT,
            WebPublication::address);
    private static final Member<WebPublication, PartialDate> WEB_DATE = Member.optional(Names.DATE,
            IdentityScalars.PARTIAL_DATE, web -> known(web.date()));

    private static final ObjectCodec<WebPublication> WEB = ObjectCodec.of("publication.web", values ->
            WebPublication.of(values.get(ADDRESS), values.optional(WEB_DATE).orElse(PartialDate.unknown())),
            ADDRESS, WEB_DATE);

    private static final Member<OtherPublication, String> DESCRIPTION = Member.required(Names.DESCRIPTION,
            Scalars.TEXT, OtherPublication::description);
    private static final Member<OtherPublication, PartialDate> OTHER_DATE = Member.optional(Names.DATE,
            IdentityScalars.PARTIAL_DATE, other -> known(other.date()));

    private static final ObjectCodec<OtherPublication> OTHER = ObjectCodec.of("publication.other", values ->
            OtherPublication.of(values.get(DESCRIPTION), values.optional(OTHER_DATE).orElse(PartialDate.unknown())),
            DESCRIPTION, OTHER_DATE);

    /** A publication: {@code "type"} is {@code journal-officiel}, {@code bulletin}, {@code web} or {@code other}. */
    static final UnionCodec<Publication> PUBLICATION = UnionCodec.byClass("publication", List.of(
            UnionCodec.variant("journal-officiel", JournalOfficiel.class, JOURNAL_OFFICIEL),
            UnionCodec.variant("bulletin", Bulletin.class, BULLETIN),
            UnionCodec.variant("web", WebPublication.class, WEB),
            UnionCodec.variant("other", OtherPublication.class, OTHER)),
            type -> "'" + type + "' is not one of journal-officiel, bulletin, web, other");

    static final ValueCodec<List<Publication>> PUBLICATIONS = Scalars.list(PUBLICATION);

    private static final Member<Citation, Citation.Kind> CITATION_KIND = Member.required(Names.KIND,
            Constants.CITATION_KINDS, Citation::kind);
    private static final Member<Citation, String> CODE = Member.optional(Names.CODE, Scalars.TEXT, Citation::code);
    private static final Member<Citation, String> CITATION_NUMBER = Member.optional(Names.NUMBER, Scalars.TEXT,
            Citation::number);
    private static final Member<Citation, PartialDate> CITATION_DATE = Member.optional(Names.DATE,
            IdentityScalars.PARTIAL_DATE, citation -> known(citation.date()));
    private static final Member<Citation, String> ARTICLE = Member.optional(Names.ARTICLE, Scalars.TEXT,
            Citation::article);
    private static final Member<Citation, String> CITATION_TITLE = Member.optional(Names.TITLE, Scalars.TEXT,
            Citation::title);
    private static final Member<Citation, List<Citation>> AMENDED_BY = Member.list(Names.AMENDED_BY,
            new Deferred<>(() -> PublicationCodecs.CITATIONS), Citation::amendedBy);

    /** A typed citation of a legal text, possibly amended by others. */
    static final ObjectCodec<Citation> CITATION = ObjectCodec.of("citation", values -> Citation.builder()
            .kind(values.get(CITATION_KIND)).code(values.optional(CODE)).number(values.optional(CITATION_NUMBER))
            .date(values.optional(CITATION_DATE).orElse(PartialDate.unknown())).article(values.optional(ARTICLE))
            .title(values.optional(CITATION_TITLE)).amendedBy(values.list(AMENDED_BY)).build(),
            CITATION_KIND, CODE, CITATION_NUMBER, CITATION_DATE, ARTICLE, CITATION_TITLE, AMENDED_BY);

    static final ValueCodec<List<Citation>> CITATIONS = Scalars.list(CITATION);

    private static final Member<LegalBasisCitation, Integer> LEGAL_BASIS = Member.required(Names.LEGAL_BASIS,
            Scalars.INTEGER, LegalBasisCitation::legalBasis);
    private static final Member<LegalBasisCitation, Citation> CITED = Member.required(Names.CITATION, CITATION,
            LegalBasisCitation::citation);

    /** The typed citation of one legal basis, named by its position. */
    static final ObjectCodec<LegalBasisCitation> LEGAL_BASIS_CITATION = ObjectCodec.of("legalBasisCitation",
            values -> LegalBasisCitation.of(values.get(LEGAL_BASIS), values.get(CITED)), LEGAL_BASIS, CITED);

    static final ValueCodec<List<LegalBasisCitation>> LEGAL_BASIS_CITATIONS = Scalars.list(LEGAL_BASIS_CITATION);

    private static final Member<AmendmentReference, Integer> AMENDMENT_NUMBER = Member.optional(Names.NUMBER,
            Scalars.INTEGER, AmendmentReference::number);
    private static final Member<AmendmentReference, PartialDate> AMENDMENT_DATE = Member.required(Names.DATE,
            IdentityScalars.PARTIAL_DATE, AmendmentReference::date);

    private static final ObjectCodec<AmendmentReference> AMENDMENT_REFERENCE = ObjectCodec.of("amendmentReference",
            values -> values.has(AMENDMENT_NUMBER)
                    ? AmendmentReference.of(values.get(AMENDMENT_NUMBER), values.get(AMENDMENT_DATE))
                    : AmendmentReference.of(values.get(AMENDMENT_DATE)), AMENDMENT_NUMBER, AMENDMENT_DATE);

    private static final Member<ConventionReference, String> REFERENCE = Member.optional(Names.REFERENCE,
            Scalars.TEXT, ConventionReference::reference);
    private static final Member<ConventionReference, Nor> NOR = Member.optional(Names.NOR, IdentityScalars.NOR,
            ConventionReference::nor);
    private static final Member<ConventionReference, Publication> TARGET_PUBLICATION = Member.optional(
            Names.PUBLICATION, PUBLICATION, ConventionReference::publication);
    private static final Member<ConventionReference, PartialDate> TARGET_DATE = Member.optional(Names.DATE,
            IdentityScalars.PARTIAL_DATE, target -> known(target.date()));
    private static final Member<ConventionReference, String> TARGET_TITLE = Member.optional(Names.TITLE,
            Scalars.TEXT, ConventionReference::title);
    private static final Member<ConventionReference, List<AmendmentReference>> AS_AMENDED_BY = Member.list(
            Names.AS_AMENDED_BY, Scalars.list(AMENDMENT_REFERENCE), ConventionReference::asAmendedBy);

    /** Another convention as an instrument names it: a link's target, a transfer's other end. */
    static final ObjectCodec<ConventionReference> CONVENTION_REFERENCE = ObjectCodec.of(
            "conventionReference", values -> ConventionReference.builder().reference(values.optional(REFERENCE))
                    .nor(values.optional(NOR)).publication(values.optional(TARGET_PUBLICATION))
                    .date(values.optional(TARGET_DATE).orElse(PartialDate.unknown()))
                    .title(values.optional(TARGET_TITLE)).asAmendedBy(values.list(AS_AMENDED_BY)).build(),
            REFERENCE, NOR, TARGET_PUBLICATION, TARGET_DATE, TARGET_TITLE, AS_AMENDED_BY);

    private static final Member<ConventionLink, ConventionLink.Relation> RELATION = Member.required(Names.RELATION,
            Constants.LINK_RELATIONS, ConventionLink::relation);
    private static final Member<ConventionLink, ConventionReference> TARGET = Member.required(Names.TARGET,
            CONVENTION_REFERENCE, ConventionLink::target);

    /** A typed link to another convention. */
    static final ObjectCodec<ConventionLink> LINK = ObjectCodec.of("link", values -> ConventionLink.of(
            values.get(RELATION), values.get(TARGET)), RELATION, TARGET);

    static final ValueCodec<List<ConventionLink>> LINKS = Scalars.list(LINK);

    private PublicationCodecs() {
    }

    /** A date written only when something of it is known; absent, it reads as unknown. */
    private static java.util.Optional<PartialDate> known(PartialDate date) {
        return date.isKnown() ? java.util.Optional.of(date) : java.util.Optional.empty();
    }

    /** A codec declared after the member that uses it: citations nest citations. */
    private static final class Deferred<V> implements ValueCodec<V> {
        private final java.util.function.Supplier<ValueCodec<V>> codec;

        Deferred(java.util.function.Supplier<ValueCodec<V>> codec) {
            this.codec = codec;
        }

        @Override
        public V read(Reader in) throws java.io.IOException {
            return codec.get().read(in);
        }

        @Override
        public void write(Writer out, V value) throws java.io.IOException {
            codec.get().write(out, value);
        }
    }
}
