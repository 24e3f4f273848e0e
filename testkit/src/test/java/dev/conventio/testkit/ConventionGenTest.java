package dev.conventio.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conventio.convention.Article;
import dev.conventio.convention.Convention;
import dev.conventio.work.Phase;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * How often the convention generator gives each optional fact, on a seeded sample large enough
 * that a proportion off by a sixth lies beyond five standard deviations: a generator that gave an
 * optional fact twice as often, or half as often, would leave some rules less tried than its
 * documentation says.
 */
class ConventionGenTest {

    private static final int SAMPLE = 3_000;

    /** The share of a seeded sample of {@code generator} of which {@code holds} is true. */
    private static <T> double share(Gen<T> generator, int size, Predicate<T> holds) {
        SplittableRandom random = new SplittableRandom(20_261_203L);
        int count = 0;
        for (int i = 0; i < SAMPLE; i++) {
            if (holds.test(generator.generate(random, size))) {
                count++;
            }
        }
        return (double) count / SAMPLE;
    }

    @Test
    void aboutAThirdOfArticlesHaveATextAndAThirdOfPhasesADescription() {
        Gen<Article> article = ConventionGen.articles(1, 1).map(articles -> articles.get(0));
        assertThat(share(article, 1, each -> each.content().isRecorded())).isBetween(0.29, 0.38);

        assertThat(share(ConventionGen.phase(2), 4, phase -> phase.description().isPresent())).isBetween(0.29, 0.38);
    }

    @Test
    void mostConventionsHaveATermAndACommitteeAndHalfAPublicationAndAnAmendmentClause() {
        Gen<Convention> conventions = ConventionGen.conventions();
        assertThat(share(conventions, 10, convention -> convention.term().isPresent()))
                .as("seven in eight").isBetween(0.84, 0.91);
        assertThat(share(conventions, 10, convention -> convention.steeringCommittee().isPresent()))
                .as("three in four").isBetween(0.71, 0.79);
        assertThat(share(conventions, 10, convention -> !convention.publications().isEmpty()))
                .as("one in two").isBetween(0.45, 0.55);
        assertThat(share(conventions, 10, convention -> convention.amendmentClause().isPresent()))
                .as("one in two").isBetween(0.45, 0.55);
    }

    @Test
    void aPhaseIsNumberedFromOne() {
        List<Phase> first = List.of(ConventionGen.phase(1).generate(new SplittableRandom(1), 4));
        assertThat(first).extracting(Phase::number).containsExactly(1);
        assertThatThrownBy(() -> ConventionGen.phase(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a phase number counts from 1, was 0");
    }
}
