package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.date.PartialDate;
import dev.conventio.finance.FinancialContribution;
import dev.conventio.finance.Instalment;
import dev.conventio.governance.SteeringCommittee;
import dev.conventio.work.Orientation;
import dev.conventio.work.Phase;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The generators of a convention's parts that {@link ConventionGen} offers (numbered lists of
 * articles, phases and orientations, contributions, committees) and its conventions concluded in
 * part or minimal: what each documents, over seeded samples.
 */
class ConventionPartsGenTest {

    @Test
    void numberedListsCountFromOneWithinTheirBoundsGrowingWithTheSize() {
        SplittableRandom random = new SplittableRandom(1);
        Set<Integer> lengths = new HashSet<>();
        for (int size = 0; size <= 6; size++) {
            for (int i = 0; i < 60; i++) {
                List<Phase> phases = ConventionGen.phases(1, 4).generate(random, size);
                assertThat(phases.size()).isBetween(1, Math.min(4, 1 + size));
                lengths.add(phases.size());
                for (int n = 0; n < phases.size(); n++) {
                    assertThat(phases.get(n).number()).isEqualTo(n + 1);
                    List<Orientation> orientations = phases.get(n).orientations();
                    for (int o = 0; o < orientations.size(); o++) {
                        assertThat(orientations.get(o).order()).isEqualTo(o + 1);
                    }
                }
                List<Article> articles = ConventionGen.articles(0, 3).generate(random, size);
                assertThat(articles.size()).isBetween(0, Math.min(3, size));
                for (int n = 0; n < articles.size(); n++) {
                    assertThat(articles.get(n).number()).isEqualTo(Integer.toString(n + 1));
                }
            }
        }
        assertThat(lengths).containsExactlyInAnyOrder(1, 2, 3, 4);
        assertThat(ConventionGen.orientations(2, 2).sample(1, 10)).extracting(Orientation::order).containsExactly(1, 2);
        for (int[] bounds : new int[][] {{-1, 2}, {3, 2}}) {
            assertThatThrownBy(() -> ConventionGen.phases(bounds[0], bounds[1])).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("lengths must satisfy 0 <= min <= max, were " + bounds[0] + ", " + bounds[1]);
        }
        assertThat(ConventionGen.phase(3).sample(2, 10).number()).isEqualTo(3);
        assertThatThrownBy(() -> ConventionGen.phase(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a phase number counts from 1, was 0");
    }

    @Test
    void aThirdOfArticlesHaveATextAndAThirdOfOrientationsAJustification() {
        List<List<Article>> articles = Samples.of(ConventionGen.articles(5, 5), 0xa7L, 400);
        long withText = articles.stream().flatMap(List::stream).filter(article -> !article.content().blocks().isEmpty())
                .count();
        assertThat(withText).as("of 2 000 articles").isBetween(560L, 780L);
        assertThat(articles.stream().flatMap(List::stream).map(Article::title)).allMatch(title -> title.isPresent()
                && FrenchData.ARTICLE_TITLES.contains(title.orElseThrow()));
        List<List<Orientation>> orientations = Samples.of(ConventionGen.orientations(5, 5), 0x0aL, 400);
        long justified = orientations.stream().flatMap(List::stream).filter(o -> o.justification().isPresent()).count();
        assertThat(justified).as("of 2 000 orientations").isBetween(560L, 780L);
    }

    @Test
    void contributionsAreBetweenTwoDistinctPartiesChargedFromTheYearOnWithAScheduleOneTimeInTwo() {
        List<String> parties = List.of("a", "b", "c");
        LocalDate from = LocalDate.of(2020, 6, 1);
        List<FinancialContribution> contributions = Samples.of(ConventionGen.contributions("c1", parties, from), 0xc0L, 2_000);
        int scheduled = 0;
        int purposed = 0;
        int multiYear = 0;
        Set<String> contributors = new HashSet<>();
        for (FinancialContribution c : contributions) {
            assertThat(c.id()).isEqualTo("c1");
            assertThat(c.contributor()).isNotEqualTo(c.beneficiary()).isIn(parties);
            assertThat(c.beneficiary()).isIn(parties);
            contributors.add(c.contributor());
            assertThat(c.amount().orElseThrow().getCurrencyUnit().getCode()).isEqualTo("EUR");
            int first = c.budget().orElseThrow().first().getValue();
            if (first != 0 && first != 9999) {
                assertThat(first).isBetween(2020, 2022);
            }
            multiYear += c.budget().orElseThrow().isSingleYear() ? 0 : 1;
            if (!c.schedule().isEmpty()) {
                scheduled++;
                assertThat(c.schedule().stream().map(Instalment::amount).reduce(Money::plus).orElseThrow())
                        .isEqualTo(c.amount().orElseThrow());
                assertThat(c.schedule().get(0).dueOn().orElseThrow()).isAfter(from);
            }
            purposed += c.purpose().isPresent() ? 1 : 0;
        }
        assertThat(contributors).containsExactlyInAnyOrderElementsOf(parties);
        assertThat(scheduled).isBetween(900, 1_100);
        assertThat(purposed).isBetween(900, 1_100);
        assertThat(multiYear).as("a quarter over several years, and the edge periods").isBetween(400, 650);
        assertThatThrownBy(() -> ConventionGen.contributions("c1", List.of("a"), from))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a contribution needs two parties, were [a]");
        assertThatThrownBy(() -> ConventionGen.contributions(null, parties, from)).isInstanceOf(NullPointerException.class)
                .hasMessage("id");
        assertThatThrownBy(() -> ConventionGen.contributions("c1", parties, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("from");
    }

    @Test
    void committeesSeatSomeOfThePartiesAndHalfStateAMission() {
        List<String> parties = List.of("a", "b", "c", "d");
        List<SteeringCommittee> committees = Samples.of(ConventionGen.committees(parties), 0xc1L, 1_000);
        Set<Integer> sizes = new HashSet<>();
        int missions = 0;
        for (SteeringCommittee committee : committees) {
            assertThat(parties).containsAll(committee.members());
            assertThat(committee.members()).doesNotHaveDuplicates();
            assertThat(FrenchData.COMMITTEE_NAMES).contains(committee.name());
            sizes.add(committee.members().size());
            missions += committee.mission().isPresent() ? 1 : 0;
        }
        assertThat(sizes).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
        assertThat(missions).isBetween(430, 570);
    }

    @Test
    void aConclusionKnownInPartForgetsTheDayInTurnNeverMovingIt() {
        Set<PartialDate.Precision> precisions = EnumSet.noneOf(PartialDate.Precision.class);
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < 300; i++) {
            long seed = random.nextLong();
            Convention inPart = ConventionGen.conventionsConcludedInPart().sample(seed, 10);
            Convention whole = ConventionGen.conventions().sample(seed, 10);
            LocalDate day = whole.conclusionDate().orElseThrow();
            PartialDate known = inPart.concludedOn();
            precisions.add(known.precision());
            assertThat(known.precision()).isNotEqualTo(PartialDate.Precision.DAY);
            known.earliest().ifPresent(earliest -> assertThat(earliest).isBeforeOrEqualTo(day));
            known.latest().ifPresent(latest -> assertThat(latest).isAfterOrEqualTo(day));
            if (known.precision() == PartialDate.Precision.MONTH) {
                assertThat(known).isEqualTo(PartialDate.of(YearMonth.from(day)));
            }
            assertThat(inPart.signatures()).isEqualTo(whole.signatures());
        }
        assertThat(precisions).hasSize(3);
    }

    @Test
    void aMinimalConventionHasTwoPartiesAndNothingThatRefersToThem() {
        for (Convention convention : Samples.of(ConventionGen.minimalConventions(), 0x31L, 100)) {
            assertThat(convention.parties()).hasSize(2);
            assertThat(convention.contributions()).isEmpty();
            assertThat(convention.signatures()).isEmpty();
            assertThat(convention.steeringCommittee()).isEmpty();
            assertThat(convention.conclusionDate()).get().satisfies(day -> assertThat(day)
                    .isBetween(ConventionGen.EARLIEST, ConventionGen.LATEST));
            assertThat(FrenchData.OBJECTS).contains(convention.object());
        }
    }
}
