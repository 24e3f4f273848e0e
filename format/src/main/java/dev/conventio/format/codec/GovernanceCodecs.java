package dev.conventio.format.codec;

import dev.conventio.date.PartialDate;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.governance.SteeringCommittee;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Steering committees and their decisions: each object's members declared once. */
final class GovernanceCodecs {

    private static final Member<SteeringCommittee, String> NAME = Member.required(Names.NAME, Scalars.TEXT,
            SteeringCommittee::name);
    private static final Member<SteeringCommittee, String> MISSION = Member.optional(Names.MISSION, Scalars.TEXT,
            SteeringCommittee::mission);
    private static final Member<SteeringCommittee, List<String>> MEMBERS = Member.required(Names.MEMBERS, Scalars.TEXTS,
            SteeringCommittee::members);

    static final ObjectCodec<SteeringCommittee> COMMITTEE = ObjectCodec.of("steeringCommittee", values ->
            SteeringCommittee.builder()
                    .name(values.get(NAME))
                    .mission(values.optional(MISSION))
                    .members(values.get(MEMBERS))
                    .build(), NAME, MISSION, MEMBERS);

    private static final Member<CommitteeDecision, LocalDate> DATE_V1 = Member.required(Names.DATE, Scalars.DATE,
            (CommitteeDecision decision) -> decision.date().orElseThrow(() -> new IllegalArgumentException(
                    "a committee decision dated " + decision.decidedOn() + " is not in format version 1, which has"
                            + " no date known in part; write version 2"))).until(1);
    private static final Member<CommitteeDecision, PartialDate> DATE = Member.required(Names.DATE,
            IdentityScalars.PARTIAL_DATE, CommitteeDecision::decidedOn).since(2);
    private static final Member<CommitteeDecision, String> STATEMENT = Member.required(Names.STATEMENT, Scalars.TEXT,
            CommitteeDecision::statement);
    private static final Member<CommitteeDecision, Collection<Integer>> VALIDATED_PHASES = Member.required(
            Names.VALIDATED_PHASES, Scalars.ASCENDING_INTEGERS, CommitteeDecision::validatedPhases);

    static final ObjectCodec<CommitteeDecision> DECISION = ObjectCodec.of("decision", values ->
            CommitteeDecision.of(values.has(DATE_V1) ? PartialDate.of(values.get(DATE_V1)) : values.get(DATE),
                    values.get(STATEMENT), values.get(VALIDATED_PHASES)),
            DATE_V1, DATE, STATEMENT, VALIDATED_PHASES);

    private GovernanceCodecs() {
    }
}
