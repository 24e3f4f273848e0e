package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.change.AddArticle;
import dev.conventio.change.AddContribution;
import dev.conventio.change.AddParty;
import dev.conventio.change.AddPhase;
import dev.conventio.change.Change;
import dev.conventio.change.ChangeContributionAmount;
import dev.conventio.change.ChangeContributionSchedule;
import dev.conventio.change.ChangeMandate;
import dev.conventio.change.ChangeObject;
import dev.conventio.change.ChangePhaseStatus;
import dev.conventio.change.ChangeRepresentative;
import dev.conventio.change.RecordDecision;
import dev.conventio.change.RemoveContribution;
import dev.conventio.change.RemoveParty;
import dev.conventio.change.RemovePhase;
import dev.conventio.change.ReplaceArticle;
import dev.conventio.change.ReplaceContribution;
import dev.conventio.change.ReplacePhase;
import dev.conventio.change.SetOrientations;
import dev.conventio.convention.Convention;
import dev.conventio.finance.Instalment;
import dev.conventio.party.Party;
import dev.conventio.work.PhaseStatus;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The kinds of change whose recipe {@link ChangeKind} holds itself: when each applies to a standing
 * and what it builds, over seeded draws on the standings of generated conventions.
 */
class ChangeKindTest {

    private static final int DRAWS = 200;

    /** A generated convention's standing with at least three phases, contributions and articles. */
    private static Standing standing() {
        Convention convention = java.util.stream.LongStream.range(0, 500).mapToObj(seed -> ConventionGen.conventions()
                .sample(seed, 10)).filter(c -> c.phases().size() >= 3 && !c.contributions().isEmpty()
                        && !c.articles().isEmpty() && c.parties().size() >= 3).findFirst().orElseThrow();
        return Standing.of(convention);
    }

    private static <T extends Change> T build(ChangeKind kind, SplittableRandom random, Standing standing, Class<T> type) {
        assertThat(kind.appliesTo(standing)).as(kind.name()).isTrue();
        return type.cast(kind.build(random, standing, "2"));
    }

    @Test
    void thePhaseKindsApplyOnlyWherePhasesAreAndNameOneOfThemAll() {
        Standing standing = standing();
        SplittableRandom random = new SplittableRandom(1);
        Set<Integer> oriented = new HashSet<>();
        Set<Integer> replaced = new HashSet<>();
        Set<Integer> statused = new HashSet<>();
        Set<PhaseStatus> statuses = EnumSet.noneOf(PhaseStatus.class);
        for (int i = 0; i < DRAWS; i++) {
            oriented.add(build(ChangeKind.SET_ORIENTATIONS, random, standing, SetOrientations.class).phase());
            replaced.add(build(ChangeKind.REPLACE_PHASE, random, standing, ReplacePhase.class).phase().number());
            ChangePhaseStatus status = build(ChangeKind.CHANGE_PHASE_STATUS, random, standing, ChangePhaseStatus.class);
            statused.add(status.phase());
            statuses.add(status.status());
        }
        Set<Integer> all = new HashSet<>();
        for (int n = 1; n <= standing.phases; n++) {
            all.add(n);
        }
        assertThat(oriented).isEqualTo(all);
        assertThat(replaced).isEqualTo(all);
        assertThat(statused).isEqualTo(all);
        assertThat(statuses).containsExactlyInAnyOrder(PhaseStatus.values());
        assertThat(build(ChangeKind.ADD_PHASE, random, standing, AddPhase.class).phase().number())
                .isEqualTo(standing.phases + 1);
        standing.phases = 0;
        for (ChangeKind kind : new ChangeKind[] {ChangeKind.SET_ORIENTATIONS, ChangeKind.REPLACE_PHASE,
                ChangeKind.CHANGE_PHASE_STATUS, ChangeKind.REMOVE_PHASE}) {
            assertThat(kind.appliesTo(standing)).as(kind.name()).isFalse();
        }
        assertThat(ChangeKind.applicableTo(standing)).as("adding a phase always applies").contains(ChangeKind.ADD_PHASE);
    }

    @Test
    void onlyTheLastPhaseGoesAndOnlyWhenNoDecisionValidatedIt() {
        Standing standing = standing();
        standing.highestValidatedPhase = standing.phases - 1;
        assertThat(build(ChangeKind.REMOVE_PHASE, new SplittableRandom(2), standing, RemovePhase.class).phase())
                .isEqualTo(standing.phases);
        standing.highestValidatedPhase = standing.phases;
        assertThat(ChangeKind.REMOVE_PHASE.appliesTo(standing)).isFalse();
    }

    @Test
    void aDecisionIsRecordedOneToSixtyDaysAfterTheLastOne() {
        Standing standing = standing();
        SplittableRandom random = new SplittableRandom(3);
        Set<Long> days = new HashSet<>();
        for (int i = 0; i < DRAWS * 5; i++) {
            // One decision in eight is known in part only, by its month, year, or not at all.
            build(ChangeKind.RECORD_DECISION, random, standing, RecordDecision.class).decision().decidedOn().date()
                    .ifPresent(decided -> days.add(ChronoUnit.DAYS.between(standing.lastDecision, decided)));
        }
        assertThat(days).hasSize(60).allMatch(day -> day >= 1 && day <= 60);
    }

    @Test
    void theContributionKindsNameAnExistingContributionOrAFreshOne() {
        Standing standing = standing();
        SplittableRandom random = new SplittableRandom(4);
        int withoutSchedule = 0;
        int amountsWithoutSchedule = 0;
        for (int i = 0; i < DRAWS; i++) {
            assertThat(build(ChangeKind.ADD_CONTRIBUTION, random, standing.copy(), AddContribution.class).contribution().id())
                    .isNotIn(standing.contributions.keySet());
            assertThat(build(ChangeKind.REPLACE_CONTRIBUTION, random, standing, ReplaceContribution.class).contribution()
                    .id()).isIn(standing.contributions.keySet());
            assertThat(build(ChangeKind.REMOVE_CONTRIBUTION, random, standing, RemoveContribution.class).contribution())
                    .isIn(standing.contributions.keySet());
            if (standing.plainContributions().isEmpty()) {
                continue;
            }
            ChangeContributionAmount amount = build(ChangeKind.CHANGE_CONTRIBUTION_AMOUNT, random, standing,
                    ChangeContributionAmount.class);
            assertThat(standing.plainContributions()).anyMatch(c -> c.id().equals(amount.contribution()));
            if (amount.schedule().isEmpty()) {
                amountsWithoutSchedule++;
            } else {
                assertThat(amount.schedule().stream().map(Instalment::amount).reduce(Money::plus).orElseThrow())
                        .isEqualTo(amount.amount());
            }
            ChangeContributionSchedule schedule = build(ChangeKind.CHANGE_CONTRIBUTION_SCHEDULE, random, standing,
                    ChangeContributionSchedule.class);
            Money whole = standing.contributions.get(schedule.contribution()).amount().orElseThrow();
            if (schedule.schedule().isEmpty()) {
                withoutSchedule++;
            } else {
                assertThat(schedule.schedule().stream().map(Instalment::amount).reduce(Money::plus).orElseThrow())
                        .isEqualTo(whole);
            }
        }
        assertThat(amountsWithoutSchedule).as("one time in two").isBetween(70, 130);
        assertThat(withoutSchedule).as("one time in four").isBetween(25, 75);
        standing.contributions.clear();
        for (ChangeKind kind : new ChangeKind[] {ChangeKind.REPLACE_CONTRIBUTION, ChangeKind.REMOVE_CONTRIBUTION,
                ChangeKind.CHANGE_CONTRIBUTION_AMOUNT, ChangeKind.CHANGE_CONTRIBUTION_SCHEDULE}) {
            assertThat(kind.appliesTo(standing)).as(kind.name()).isFalse();
        }
    }

    @Test
    void thePartyKindsAddANewPartyWithoutATakenSirenAndChangeOrRemoveAnExistingOne() {
        Standing standing = standing();
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < DRAWS; i++) {
            Party added = build(ChangeKind.ADD_PARTY, random, standing, AddParty.class).party();
            assertThat(added.id()).isNotIn(standing.parties.keySet());
            assertThat(standing.parties.values()).noneMatch(party -> added.siren().isPresent()
                    && party.siren().equals(added.siren()));
            assertThat(build(ChangeKind.CHANGE_REPRESENTATIVE, random, standing, ChangeRepresentative.class).party())
                    .isIn(standing.parties.keySet());
            assertThat(build(ChangeKind.CHANGE_MANDATE, random, standing, ChangeMandate.class).party())
                    .isIn(standing.parties.keySet());
            if (!standing.removableParties().isEmpty()) {
                assertThat(build(ChangeKind.REMOVE_PARTY, random, standing, RemoveParty.class).party())
                        .isIn(standing.removableParties());
            }
        }
        // La Poste's SIREN, which the generated parties draw one time in eighty: a party added with
        // it while another party has it leaves its SIREN and SIRET out.
        Party first = standing.parties.values().iterator().next();
        Standing sharing = standing.copy();
        Party laPoste = Party.builder().from(first).siren(dev.conventio.party.Siren.parse(PartyGen.LA_POSTE))
                .siret(java.util.Optional.empty()).build();
        sharing.parties.put(first.id(), laPoste);
        for (int i = 0; i < DRAWS * 10; i++) {
            Party added = build(ChangeKind.ADD_PARTY, random, sharing, AddParty.class).party();
            assertThat(added.siren()).isNotEqualTo(laPoste.siren());
        }
    }

    @Test
    void theArticleAndObjectKindsReplaceAnExistingArticleOrAddOneOfAFreshNumber() {
        Standing standing = standing();
        SplittableRandom random = new SplittableRandom(6);
        for (int i = 0; i < DRAWS; i++) {
            assertThat(build(ChangeKind.REPLACE_ARTICLE, random, standing, ReplaceArticle.class).replacement().number())
                    .isIn(standing.articles);
            assertThat(build(ChangeKind.ADD_ARTICLE, random, standing, AddArticle.class).added().number())
                    .isEqualTo(standing.freshArticleNumber());
            assertThat(build(ChangeKind.CHANGE_OBJECT, random, standing, ChangeObject.class).object())
                    .isIn(FrenchData.OBJECTS);
        }
        assertThat(ChangeKind.MODIFY_TEXT.appliesTo(standing)).isEqualTo(standing.text);
        standing.articles.clear();
        assertThat(ChangeKind.REPLACE_ARTICLE.appliesTo(standing)).isFalse();
    }

    @Test
    void eachClassOfChangeHasItsKindAndNoOtherClassHasOne() {
        for (ChangeKind kind : ChangeKind.values()) {
            assertThat(ChangeKind.of(kind.type())).isSameAs(kind);
        }
        assertThatThrownBy(() -> ChangeKind.of(Change.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a kind of change: " + Change.class);
    }
}
