package dev.conventio.format.codec;

import dev.conventio.action.Action;
import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.governance.SteeringCommittee;
import dev.conventio.objective.Target;
import dev.conventio.party.Party;
import dev.conventio.signature.Signature;
import dev.conventio.term.Term;
import dev.conventio.text.Text;
import dev.conventio.work.Phase;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Conventions: the object's members declared once, in the model's order. */
final class ConventionCodec {

    private static final Member<Convention, String> REFERENCE = Member.required(Names.REFERENCE, Scalars.TEXT,
            Convention::reference);
    private static final Member<Convention, String> OBJECT = Member.required(Names.OBJECT, Scalars.TEXT,
            Convention::object);
    private static final Member<Convention, List<Party>> PARTIES = Member.required(Names.PARTIES,
            Scalars.list(PartyCodecs.PARTY), Convention::parties);
    private static final Member<Convention, LocalDate> CONCLUDED_ON = Member.required(Names.CONCLUDED_ON, Scalars.DATE,
            Convention::concludedOn);
    private static final Member<Convention, List<String>> LEGAL_BASES = Member.required(Names.LEGAL_BASES,
            Scalars.TEXTS, Convention::legalBases);
    private static final Member<Convention, Text> PREAMBLE = Member.optional(Names.PREAMBLE, TextCodecs.TEXT,
            (Convention convention) -> convention.preamble().equals(Text.unrecorded()) ? Optional.empty()
                    : Optional.of(convention.preamble())).since(2);
    private static final Member<Convention, String> PUBLICATION = Member.optional(Names.PUBLICATION, Scalars.TEXT,
            Convention::publication);
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
            .reference(values.get(REFERENCE))
            .object(values.get(OBJECT))
            .parties(values.get(PARTIES))
            .concludedOn(values.get(CONCLUDED_ON))
            .legalBases(values.get(LEGAL_BASES))
            .preamble(values.optional(PREAMBLE).orElse(Text.unrecorded()))
            .publication(values.optional(PUBLICATION))
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
            REFERENCE, OBJECT, PARTIES, CONCLUDED_ON, LEGAL_BASES, PREAMBLE, PUBLICATION, AMENDMENT_CLAUSE, ARTICLES, PHASES,
            CONTRIBUTIONS, ACTIONS, TARGETS, STEERING_COMMITTEE, DECISIONS, TERM, SIGNATURES);

    private ConventionCodec() {
    }
}
