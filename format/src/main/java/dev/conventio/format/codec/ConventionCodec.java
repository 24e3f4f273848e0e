package dev.conventio.format.codec;

import dev.conventio.action.Action;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.date.PartialDate;
import dev.conventio.decision.Authorisation;
import dev.conventio.decision.Opinion;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.governance.SteeringCommittee;
import dev.conventio.objective.Target;
import dev.conventio.party.Party;
import dev.conventio.party.PartyGroup;
import dev.conventio.party.Representation;
import dev.conventio.publication.ConventionLink;
import dev.conventio.publication.LegalBasisCitation;
import dev.conventio.publication.OtherPublication;
import dev.conventio.publication.Publication;
import dev.conventio.signature.Signature;
import dev.conventio.term.Term;
import dev.conventio.text.Text;
import dev.conventio.work.Phase;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Conventions: the object's members declared once, in the model's order. */
final class ConventionCodec {

    /** Version 1 requires a reference; version 2 identifies a convention by its NOR or publication too. */
    private static final Member<Convention, String> REFERENCE_V1 = Member.required(Names.REFERENCE, Scalars.TEXT,
            (Convention c) -> c.reference().orElseThrow(() -> new IllegalArgumentException("a convention without a"
                    + " reference (" + c.identification() + ") is not in format version 1; write version 2")))
            .until(1);
    private static final Member<Convention, String> REFERENCE = Member.optional(Names.REFERENCE, Scalars.TEXT,
            Convention::reference).since(2);
    private static final Member<Convention, String> OBJECT = Member.required(Names.OBJECT, Scalars.TEXT,
            Convention::object);
    private static final Member<Convention, List<Party>> PARTIES = Member.required(Names.PARTIES,
            Scalars.list(PartyCodecs.PARTY), Convention::parties);
    private static final Member<Convention, LocalDate> CONCLUDED_ON_V1 = Member.required(Names.CONCLUDED_ON,
            Scalars.DATE, (Convention convention) -> convention.conclusionDate().orElseThrow(() ->
                    new IllegalArgumentException("a convention concluded on " + convention.concludedOn()
                            + " is not in format version 1, which has no date known in part; write version 2")))
            .until(1);
    private static final Member<Convention, PartialDate> CONCLUDED_ON = Member.required(Names.CONCLUDED_ON,
            IdentityScalars.PARTIAL_DATE, Convention::concludedOn).since(2);
    private static final Member<Convention, List<String>> LEGAL_BASES = Member.required(Names.LEGAL_BASES,
            Scalars.TEXTS, Convention::legalBases);
    private static final Member<Convention, List<LegalBasisCitation>> LEGAL_BASIS_CITATIONS = Member.list(
            Names.LEGAL_BASIS_CITATIONS, PublicationCodecs.LEGAL_BASIS_CITATIONS, Convention::legalBasisCitations)
            .since(2);
    private static final Member<Convention, Text> PREAMBLE = Member.optional(Names.PREAMBLE, TextCodecs.TEXT,
            (Convention convention) -> convention.preamble().equals(Text.unrecorded()) ? Optional.empty()
                    : Optional.of(convention.preamble())).since(2);
    /**
     * Version 1's publication, free text, read in both versions as an {@code other} publication. One
     * undated publication in words is written so in both versions, the form version 1 has; any
     * other publications are written as version 2's {@code publications}, which version 1 refuses.
     */
    private static final Member<Convention, String> PUBLICATION = Member.optional(Names.PUBLICATION, Scalars.TEXT,
            ConventionCodec::textPublication);
    private static final Member<Convention, List<Publication>> PUBLICATIONS = Member.list(Names.PUBLICATIONS,
            PublicationCodecs.PUBLICATIONS, ConventionCodec::typedPublications).since(2);
    private static final Member<Convention, List<Party>> PARTICIPANTS = Member.list(Names.PARTICIPANTS,
            Scalars.list(PartyCodecs.PARTY), Convention::participants).since(2);
    private static final Member<Convention, List<PartyGroup>> GROUPS = Member.list(Names.GROUPS,
            Scalars.list(PresenceCodecs.GROUP), Convention::groups).since(2);
    private static final Member<Convention, List<Representation>> REPRESENTATIONS = Member.list(
            Names.REPRESENTATIONS, PresenceCodecs.REPRESENTATIONS, Convention::representations).since(2);
    private static final Member<Convention, List<Authorisation>> AUTHORISATIONS = Member.list(Names.AUTHORISATIONS,
            PresenceCodecs.AUTHORISATIONS, Convention::authorisations).since(2);
    private static final Member<Convention, List<Opinion>> OPINIONS = Member.list(Names.OPINIONS,
            PresenceCodecs.OPINIONS, Convention::opinions).since(2);
    private static final Member<Convention, List<ConventionLink>> LINKS = Member.list(Names.LINKS,
            PublicationCodecs.LINKS, Convention::links).since(2);
    private static final Member<Convention, String> AMENDMENT_CLAUSE = Member.optional(Names.AMENDMENT_CLAUSE,
            Scalars.TEXT, Convention::amendmentClause);
    private static final Member<Convention, List<Article>> ARTICLES = Member.required(Names.ARTICLES,
            WorkCodecs.ARTICLES, Convention::articles);
    private static final Member<Convention, List<Phase>> PHASES = Member.required(Names.PHASES,
            Scalars.list(WorkCodecs.PHASE), Convention::phases);
    private static final Member<Convention, List<FinancialContribution>> CONTRIBUTIONS = Member.required(
            Names.CONTRIBUTIONS, Scalars.list(FinanceCodecs.CONTRIBUTION), Convention::contributions);
    private static final Member<Convention, List<Action>> ACTIONS = MoneyFormsCodecs.list(Names.ACTIONS,
            ProgrammeCodecs.ACTION, Convention::actions);
    private static final Member<Convention, List<Target>> TARGETS = MoneyFormsCodecs.list(Names.TARGETS,
            ProgrammeCodecs.TARGET, Convention::targets);
    private static final Member<Convention, SteeringCommittee> STEERING_COMMITTEE = Member.optional(
            Names.STEERING_COMMITTEE, GovernanceCodecs.COMMITTEE, Convention::steeringCommittee);
    private static final Member<Convention, List<CommitteeDecision>> DECISIONS = Member.required(Names.DECISIONS,
            Scalars.list(GovernanceCodecs.DECISION), Convention::decisions);
    private static final Member<Convention, Term> TERM = Member.optional(Names.TERM, TermCodecs.TERM,
            Convention::term);
    private static final Member<Convention, List<Signature>> SIGNATURES = Member.required(Names.SIGNATURES,
            SignatureCodec.SIGNATURES, Convention::signatures);

    static final ObjectCodec<Convention> CONVENTION = ObjectCodec.of("convention", values -> Convention.builder()
            .reference(Optional.ofNullable(values.has(REFERENCE_V1) ? values.get(REFERENCE_V1) : values.get(REFERENCE)))
            .object(values.get(OBJECT))
            .parties(values.get(PARTIES))
            .concludedOn(values.has(CONCLUDED_ON_V1) ? PartialDate.of(values.get(CONCLUDED_ON_V1))
                    : values.get(CONCLUDED_ON))
            .legalBases(values.get(LEGAL_BASES))
            .legalBasisCitations(values.list(LEGAL_BASIS_CITATIONS))
            .preamble(values.optional(PREAMBLE).orElse(Text.unrecorded()))
            .addAllPublications(values.optional(PUBLICATION).map(OtherPublication::of).stream().toList())
            .addAllPublications(values.list(PUBLICATIONS))
            .participants(values.list(PARTICIPANTS))
            .groups(values.list(GROUPS))
            .representations(values.list(REPRESENTATIONS))
            .authorisations(values.list(AUTHORISATIONS))
            .opinions(values.list(OPINIONS))
            .links(values.list(LINKS))
            .amendmentClause(values.optional(AMENDMENT_CLAUSE))
            .articles(values.get(ARTICLES))
            .phases(values.get(PHASES))
            .contributions(values.get(CONTRIBUTIONS))
            .actions(values.optional(ACTIONS).orElse(List.of()))
            .targets(values.optional(TARGETS).orElse(List.of()))
            .steeringCommittee(values.optional(STEERING_COMMITTEE))
            .decisions(values.get(DECISIONS))
            .term(values.optional(TERM))
            .signatures(values.get(SIGNATURES))
            .build(),
            REFERENCE_V1, REFERENCE, OBJECT, PARTIES, PARTICIPANTS, GROUPS, CONCLUDED_ON_V1, CONCLUDED_ON, LEGAL_BASES,
            LEGAL_BASIS_CITATIONS, PREAMBLE, PUBLICATION, PUBLICATIONS, AMENDMENT_CLAUSE, ARTICLES, PHASES, CONTRIBUTIONS,
            ACTIONS, TARGETS, STEERING_COMMITTEE, DECISIONS, TERM, REPRESENTATIONS, AUTHORISATIONS, OPINIONS, SIGNATURES, LINKS);

    private ConventionCodec() {
    }

    /** The publication in words, when it is the convention's one publication, undated. */
    private static Optional<String> textPublication(Convention convention) {
        return inWords(convention.publications()) ? Optional.of(((OtherPublication) convention.publications().get(0))
                .description()) : Optional.empty();
    }

    private static boolean inWords(List<Publication> publications) {
        return publications.size() == 1 && publications.get(0) instanceof OtherPublication
                && !publications.get(0).date().isKnown();
    }

    private static List<Publication> typedPublications(Convention convention) {
        return inWords(convention.publications()) ? List.of() : convention.publications();
    }
}
