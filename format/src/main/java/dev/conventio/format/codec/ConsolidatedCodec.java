package dev.conventio.format.codec;

import dev.conventio.amendment.AmendmentRecord;
import dev.conventio.convention.Convention;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.history.ConsolidatedConvention;
import dev.conventio.history.Provenance;
import dev.conventio.history.Sourced;
import dev.conventio.work.Orientation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Consolidated views, written and never read: the convention in force on a date, in the convention's
 * own form, and beside it the provenance of each element, list for list and position for position.
 * Each object's members are declared once, like those of the objects that are read.
 */
final class ConsolidatedCodec {

    /** The provenance of a phase and of its orientations, which the view gives apart. */
    record PhaseProvenance(Provenance phase, Optional<Provenance> orientations) {
    }

    private static final Member<Provenance, String> INSTRUMENT = Member.required(Names.INSTRUMENT, Scalars.TEXT,
            provenance -> provenance.instrument().isBase() ? "base" : "amendment");
    private static final Member<Provenance, Integer> NUMBER = Member.optional(Names.NUMBER, Scalars.INTEGER,
            provenance -> provenance.instrument().isBase() ? Optional.empty()
                    : Optional.of(provenance.instrument().amendmentNumber().getAsInt()));
    private static final Member<Provenance, String> ARTICLE = Member.optional(Names.ARTICLE, Scalars.TEXT,
            Provenance::article);

    static final ObjectCodec<Provenance> PROVENANCE = ObjectCodec.of("provenance", ConsolidatedCodec::notRead,
            INSTRUMENT, NUMBER, ARTICLE);

    private static final ValueCodec<List<Provenance>> PROVENANCES = Scalars.list(PROVENANCE);

    private static final Member<PhaseProvenance, Provenance> PHASE = Member.required(Names.PHASE, PROVENANCE,
            PhaseProvenance::phase);
    private static final Member<PhaseProvenance, Provenance> ORIENTATIONS = Member.optional(Names.ORIENTATIONS,
            PROVENANCE, PhaseProvenance::orientations);

    static final ObjectCodec<PhaseProvenance> PHASE_PROVENANCE = ObjectCodec.of("provenance.phase",
            ConsolidatedCodec::notRead, PHASE, ORIENTATIONS);

    private static final Member<ConsolidatedConvention, Provenance> OBJECT_SOURCE = Member.required(Names.OBJECT,
            PROVENANCE, view -> view.object().provenance());
    private static final Member<ConsolidatedConvention, List<Provenance>> PARTIES_SOURCE = Member.required(
            Names.PARTIES, PROVENANCES, view -> provenances(view.parties()));
    private static final Member<ConsolidatedConvention, List<Provenance>> ARTICLES_SOURCE = Member.required(
            Names.ARTICLES, PROVENANCES, view -> provenances(view.articles()));
    private static final Member<ConsolidatedConvention, List<PhaseProvenance>> PHASES_SOURCE = Member.required(
            Names.PHASES, Scalars.list(PHASE_PROVENANCE), ConsolidatedCodec::phases);
    private static final Member<ConsolidatedConvention, List<Provenance>> CONTRIBUTIONS_SOURCE = Member.required(
            Names.CONTRIBUTIONS, PROVENANCES, view -> provenances(view.contributions()));
    private static final Member<ConsolidatedConvention, List<Provenance>> ACTIONS_SOURCE = MoneyFormsCodecs.list(
            Names.ACTIONS, PROVENANCE, view -> provenances(view.actions()));
    private static final Member<ConsolidatedConvention, List<Provenance>> TARGETS_SOURCE = MoneyFormsCodecs.list(
            Names.TARGETS, PROVENANCE, view -> provenances(view.targets()));
    private static final Member<ConsolidatedConvention, Provenance> COMMITTEE_SOURCE = Member.optional(
            Names.STEERING_COMMITTEE, PROVENANCE, view -> view.steeringCommittee().map(Sourced::provenance));
    private static final Member<ConsolidatedConvention, List<Provenance>> DECISIONS_SOURCE = Member.required(
            Names.DECISIONS, PROVENANCES, view -> provenances(decisionsOfTheConvention(view)));
    private static final Member<ConsolidatedConvention, Provenance> TERM_SOURCE = Member.optional(Names.TERM,
            PROVENANCE, view -> view.term().map(Sourced::provenance));

    /** The provenance of each element of the view. */
    static final ObjectCodec<ConsolidatedConvention> SOURCES = ObjectCodec.of("provenances", ConsolidatedCodec::notRead,
            OBJECT_SOURCE, PARTIES_SOURCE, ARTICLES_SOURCE, PHASES_SOURCE, CONTRIBUTIONS_SOURCE, ACTIONS_SOURCE,
            TARGETS_SOURCE, COMMITTEE_SOURCE,
            DECISIONS_SOURCE, TERM_SOURCE);

    private static final Member<ConsolidatedConvention, LocalDate> DATE = Member.required(Names.DATE, Scalars.DATE,
            ConsolidatedConvention::date);
    private static final Member<ConsolidatedConvention, List<Integer>> AMENDMENTS_IN_FORCE = Member.required(
            Names.AMENDMENTS_IN_FORCE, Scalars.list(Scalars.INTEGER), ConsolidatedConvention::amendmentsInForce);
    private static final Member<ConsolidatedConvention, List<AmendmentRecord>> UNRECORDED_BEFORE = Member.required(
            Names.UNRECORDED_BEFORE, AmendmentCodecs.RECORDS, view -> List.copyOf(view.unrecordedBefore()));
    private static final Member<ConsolidatedConvention, Boolean> POSSIBLY_INCOMPLETE = Member.required(
            Names.POSSIBLY_INCOMPLETE, Scalars.BOOLEAN, ConsolidatedConvention::isPossiblyIncomplete);
    private static final Member<ConsolidatedConvention, Convention> CONVENTION = Member.required(Names.CONVENTION,
            ConventionCodec.CONVENTION, ConsolidatedConvention::convention);
    private static final Member<ConsolidatedConvention, ConsolidatedConvention> PROVENANCE_MEMBER = Member.required(
            Names.PROVENANCE, SOURCES, view -> view);

    private static final Member<Sourced<CommitteeDecision>, CommitteeDecision> DECISION = Member.required(
            Names.DECISION, GovernanceCodecs.DECISION, Sourced::value);
    private static final Member<Sourced<CommitteeDecision>, Provenance> DECISION_SOURCE = Member.required(
            Names.PROVENANCE, PROVENANCE, Sourced::provenance);

    /** A decision of an amendment whose own term has ended, with that amendment. */
    static final ObjectCodec<Sourced<CommitteeDecision>> LAPSED_DECISION = ObjectCodec.of("lapsedDecision",
            ConsolidatedCodec::notRead, DECISION, DECISION_SOURCE);

    private static final Member<ConsolidatedConvention, List<Sourced<CommitteeDecision>>> LAPSED_DECISIONS =
            MoneyFormsCodecs.list(Names.LAPSED_DECISIONS, LAPSED_DECISION, ConsolidatedConvention::lapsedDecisions);

    static final ObjectCodec<ConsolidatedConvention> VIEW = ObjectCodec.of("consolidated", ConsolidatedCodec::notRead,
            DATE, AMENDMENTS_IN_FORCE, UNRECORDED_BEFORE, POSSIBLY_INCOMPLETE, CONVENTION, PROVENANCE_MEMBER,
            LAPSED_DECISIONS);

    private ConsolidatedCodec() {
    }

    private static <T> T notRead(Values values) {
        throw new UnsupportedOperationException("consolidated views are written, not read");
    }

    private static List<Provenance> provenances(List<? extends Sourced<?>> sourced) {
        List<Provenance> provenances = new ArrayList<>(sourced.size());
        for (Sourced<?> element : sourced) {
            provenances.add(element.provenance());
        }
        return provenances;
    }

    /** The decisions of the view that the convention holds, in its order: all but the lapsed ones. */
    private static List<Sourced<CommitteeDecision>> decisionsOfTheConvention(ConsolidatedConvention view) {
        List<Sourced<CommitteeDecision>> lapsed = view.lapsedDecisions();
        if (lapsed.isEmpty()) {
            return view.decisions();
        }
        List<Sourced<CommitteeDecision>> kept = new ArrayList<>(view.decisions());
        kept.removeAll(lapsed);
        return kept;
    }

    private static List<PhaseProvenance> phases(ConsolidatedConvention view) {
        List<PhaseProvenance> phases = new ArrayList<>(view.phases().size());
        for (Sourced<dev.conventio.work.Phase> phase : view.phases()) {
            List<Sourced<Orientation>> orientations = view.orientations(phase.value().number());
            phases.add(new PhaseProvenance(phase.provenance(), orientations.isEmpty() ? Optional.empty()
                    : Optional.of(orientations.get(0).provenance())));
        }
        return phases;
    }
}
