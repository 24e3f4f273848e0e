package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conventio.convention.Convention;
import dev.conventio.date.PartialDate;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.governance.CommitteeDecision;
import dev.conventio.party.Party;
import dev.conventio.term.StartRule;
import dev.conventio.term.Term;
import dev.conventio.term.TermEnd;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link Standing}, the generators' own model of a convention as it stands: its last day, which
 * parties can go, fresh identifiers and article numbers, decisions, and copies that follow changes
 * on their own.
 */
class StandingTest {

    private static Convention convention(long seed) {
        return ConventionGen.conventions().sample(seed, 10);
    }

    @Test
    void theLastDayIsTheFixedEndOrTheDurationFromTheStartOrThreeYearsAfterTheConclusion() {
        Convention convention = convention(1);
        LocalDate concluded = Conclusions.from(convention);
        LocalDate start = concluded.plusDays(10);
        Term fixed = Term.of(StartRule.onDate(start), TermEnd.on(start.plusYears(2)));
        assertThat(Standing.lastDay(Convention.builder().from(convention).term(fixed).build()))
                .isEqualTo(start.plusYears(2));
        Term lasting = Term.of(StartRule.onDate(start), TermEnd.after(Period.ofYears(2)));
        assertThat(Standing.lastDay(Convention.builder().from(convention).term(lasting).build()))
                .isEqualTo(lasting.lastDay(start).orElseThrow()).isAfter(start.plusYears(1));
        Term open = Term.of(StartRule.onDate(start));
        assertThat(Standing.lastDay(Convention.builder().from(convention).term(open).build()))
                .isEqualTo(concluded.plusYears(3));
        assertThat(Standing.lastDay(Convention.builder().from(convention).term(java.util.Optional.empty()).build()))
                .isEqualTo(concluded.plusYears(3));
    }

    @Test
    void onlyPartiesThatNoContributionOrSeatReferencesCanGoAndNeverBelowTwo() {
        for (long seed = 0; seed < 200; seed++) {
            Convention convention = convention(seed);
            Standing standing = Standing.of(convention);
            List<String> removable = standing.removableParties();
            if (convention.parties().size() <= 2) {
                assertThat(removable).isEmpty();
                continue;
            }
            Set<String> referenced = new HashSet<>();
            convention.steeringCommittee().ifPresent(committee -> referenced.addAll(committee.members()));
            for (FinancialContribution contribution : convention.contributions()) {
                referenced.add(contribution.contributor());
                referenced.add(contribution.beneficiary());
                contribution.shares().forEach(share -> referenced.add(share.party()));
            }
            assertThat(removable).containsExactlyElementsOf(convention.parties().stream().map(Party::id)
                    .filter(id -> !referenced.contains(id)).toList());
        }
    }

    @Test
    void neitherOfTwoPartiesCanGoEvenWhenNothingReferencesThem() {
        Convention two = java.util.stream.LongStream.range(0, 500).mapToObj(StandingTest::convention)
                .filter(convention -> convention.parties().size() == 2).findFirst().orElseThrow();
        Convention unreferenced = Convention.builder().from(two).contributions(List.of())
                .steeringCommittee(java.util.Optional.empty()).build();
        assertThat(Standing.of(unreferenced).removableParties()).isEmpty();
    }

    @Test
    void freshIdentifiersAndArticleNumbersAreNoneTakenOrDeleted() {
        Convention convention = convention(2);
        Standing standing = Standing.of(convention);
        Set<String> ids = new HashSet<>(standing.contributions.keySet());
        for (int i = 0; i < 5; i++) {
            String fresh = standing.freshContributionId();
            assertThat(fresh).startsWith("participation-");
            assertThat(ids.add(fresh)).as(fresh + " is new").isTrue();
        }
        standing.articles.clear();
        standing.articles.addAll(List.of("1", "2", "3"));
        standing.deletedArticles.add("5");
        assertThat(standing.freshArticleNumber()).as("4 articles known: 5 is deleted").isEqualTo("6");
        standing.deletedArticles.clear();
        assertThat(standing.freshArticleNumber()).isEqualTo("4");
        standing.articles.add("4");
        assertThat(standing.freshArticleNumber()).isEqualTo("5");
    }

    @Test
    void aDecisionMovesTheLastDecisionOnlyForwardAndRaisesTheHighestPhaseValidated() {
        Convention convention = convention(3);
        Standing standing = Standing.of(convention);
        LocalDate last = standing.lastDecision;
        int highest = standing.highestValidatedPhase;
        standing.record(CommitteeDecision.of(last.plusDays(30), "validation", highest + 2));
        assertThat(standing.lastDecision).isEqualTo(last.plusDays(30));
        assertThat(standing.highestValidatedPhase).isEqualTo(highest + 2);
        standing.record(CommitteeDecision.of(last.plusDays(1), "validation", highest + 1));
        assertThat(standing.lastDecision).as("an earlier decision").isEqualTo(last.plusDays(30));
        assertThat(standing.highestValidatedPhase).isEqualTo(highest + 2);
        standing.record(CommitteeDecision.of(PartialDate.of(java.time.YearMonth.from(last.plusDays(90))), "présentation"));
        assertThat(standing.lastDecision).as("known in part: its latest day")
                .isEqualTo(java.time.YearMonth.from(last.plusDays(90)).atEndOfMonth());
        assertThat(standing.decisions).hasSize(convention.decisions().size() + 3);
    }

    @Test
    void aCopyFollowsChangesWithoutChangingItsOriginal() {
        Convention convention = convention(4);
        Standing standing = Standing.of(convention);
        Standing copy = standing.copy();
        copy.parties.clear();
        copy.contributions.clear();
        copy.articles.add("99");
        copy.phases++;
        copy.terminated = true;
        copy.object = "autre objet";
        assertThat(standing.partyIds()).containsExactlyElementsOf(convention.partyIds());
        assertThat(standing.contributions).hasSize(convention.contributions().size());
        assertThat(standing.articles).doesNotContain("99");
        assertThat(standing.phases).isEqualTo(convention.phases().size());
        assertThat(standing.terminated).isFalse();
        assertThat(standing.object).isEqualTo(convention.object());
        assertThat(copy.concludedOn).isEqualTo(standing.concludedOn);
        assertThat(copy.horizon).isEqualTo(standing.horizon);
        assertThat(copy.versionTwo()).isEqualTo(standing.versionTwo()).isEqualTo(standing.text || standing.money);
        String next = standing.copy().freshContributionId();
        assertThat(standing.copy().freshContributionId()).as("the counter is copied").isEqualTo(next);
    }
}
